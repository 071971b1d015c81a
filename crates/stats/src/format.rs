//! Numbers and dates in the language of the page (`bhyt_core::current_language`): `12.345`,
//! `93,4%`, `31/10/2026` in Vietnamese; `12,345`, `93.4%`, `31 October 2026` in English.

use crate::date::{Date, YearMonth};
use crate::model::Percent;
use bhyt_core::{current_language, Language};

/// A count with its thousands grouped: `12345` → `12.345` (`12,345` in English).
pub fn format_count(count: u64) -> String {
    current_language().figure(count)
}

/// A percentage with one decimal: `93,4%`, `100,0%` (`93.4%` in English).
/// The value was already rounded down when it was computed (see [`Percent::of`]).
pub fn format_percent(percent: Percent) -> String {
    let tenths = percent.tenths();
    let separator = if current_language() == Language::English { '.' } else { ',' };
    format!("{}{separator}{}%", format_count(u64::from(tenths / 10)), tenths % 10)
}

/// `31/10/2026` (`31 October 2026` in English)
pub fn format_date(date: Date) -> String {
    date.in_page_language()
}

/// `10/2026`, which reads the same in every language of the site.
pub fn format_month(month: YearMonth) -> String {
    format!("{}/{}", month.month(), month.year())
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts_with_dots() {
        assert_eq!(format_count(0), "0");
        assert_eq!(format_count(999), "999");
        assert_eq!(format_count(1_000), "1.000");
        assert_eq!(format_count(12_345), "12.345");
        assert_eq!(format_count(123_456), "123.456");
        assert_eq!(format_count(1_234_567), "1.234.567");
        assert_eq!(format_count(u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn formats_percent_with_decimal_comma() {
        assert_eq!(format_percent(Percent::from_tenths(934)), "93,4%");
        assert_eq!(format_percent(Percent::from_tenths(950)), "95,0%");
        assert_eq!(format_percent(Percent::from_tenths(5)), "0,5%");
        assert_eq!(format_percent(Percent::HUNDRED), "100,0%");
        assert_eq!(format_percent(Percent::of(9_496, 10_000)), "94,9%");
    }

    #[test]
    fn formats_dates() {
        assert_eq!(
            format_date(Date::parse("2026-01-05").unwrap()),
            "5/1/2026",
            "one date form on every page, as bhyt_core::Date::to_vietnamese prints it"
        );
        assert_eq!(format_month(YearMonth::parse("2026-03").unwrap()), "3/2026");
    }
}
