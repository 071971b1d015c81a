//! Vietnamese number and date formatting: `12.345`, `93,4%`, `31/10/2026`, `10/2026`.

use crate::date::{Date, YearMonth};
use crate::model::Percent;

/// A count with `.` between thousands: `12345` → `12.345`.
pub fn format_count_vi(count: u64) -> String {
    bhyt_core::group_thousands(count)
}

/// A percentage with one decimal and a decimal comma: `93,4%`, `100,0%`.
/// The value was already rounded down when it was computed (see [`Percent::of`]).
pub fn format_percent_vi(percent: Percent) -> String {
    let tenths = percent.tenths();
    format!("{},{}%", format_count_vi(u64::from(tenths / 10)), tenths % 10)
}

/// `31/10/2026`
pub fn format_date_vi(date: Date) -> String {
    date.to_vietnamese()
}

/// `10/2026`
pub fn format_month_vi(month: YearMonth) -> String {
    format!("{}/{}", month.month(), month.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_counts_with_dots() {
        assert_eq!(format_count_vi(0), "0");
        assert_eq!(format_count_vi(999), "999");
        assert_eq!(format_count_vi(1_000), "1.000");
        assert_eq!(format_count_vi(12_345), "12.345");
        assert_eq!(format_count_vi(123_456), "123.456");
        assert_eq!(format_count_vi(1_234_567), "1.234.567");
        assert_eq!(format_count_vi(u64::MAX), "18.446.744.073.709.551.615");
    }

    #[test]
    fn formats_percent_with_decimal_comma() {
        assert_eq!(format_percent_vi(Percent::from_tenths(934)), "93,4%");
        assert_eq!(format_percent_vi(Percent::from_tenths(950)), "95,0%");
        assert_eq!(format_percent_vi(Percent::from_tenths(5)), "0,5%");
        assert_eq!(format_percent_vi(Percent::HUNDRED), "100,0%");
        assert_eq!(format_percent_vi(Percent::of(9_496, 10_000)), "94,9%");
    }

    #[test]
    fn formats_dates() {
        assert_eq!(
            format_date_vi(Date::parse("2026-01-05").unwrap()),
            "5/1/2026",
            "one date form on every page, as bhyt_core::Date::to_vietnamese prints it"
        );
        assert_eq!(format_month_vi(YearMonth::parse("2026-03").unwrap()), "3/2026");
    }
}
