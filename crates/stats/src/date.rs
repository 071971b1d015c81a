//! The statistics file's dates: the house's [`Date`] read with the checker's own reasons, and a
//! calendar month for the monthly history. Hand-written so the WebAssembly carries no date library.

use bhyt_core::days_in_month;
pub use bhyt_core::Date;
use serde::{Serialize, Serializer};
use std::fmt;

/// A calendar month, as used by the monthly history (`YYYY-MM`). Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: u16,
    month: u8,
}

/// Why a date or month string was rejected; turned into a Vietnamese message by the parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Not of the form `YYYY-MM-DD` (or `YYYY-MM` for a month).
    Shape,
    MonthOutOfRange(u8),
    /// The day does not exist in that month, e.g. 2026-02-30.
    NoSuchDay {
        year: u16,
        month: u8,
        day: u8,
    },
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Shape => write!(f, "không đúng dạng"),
            DateError::MonthOutOfRange(month) => write!(f, "không có tháng {month}"),
            DateError::NoSuchDay { year, month, day } => {
                write!(f, "tháng {month} năm {year} không có ngày {day}")
            }
        }
    }
}

impl std::error::Error for DateError {}

/// Parses exactly `YYYY-MM-DD` into the house's [`Date`], with the reason for a rejection that
/// the statistics checker words for officials (years 1000–9999: the file's own limits).
pub fn parse_date(text: &str) -> Result<Date, DateError> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(DateError::Shape);
    }
    let year = digits(&bytes[0..4]).ok_or(DateError::Shape)?;
    let month = digits(&bytes[5..7]).ok_or(DateError::Shape)?;
    let day = digits(&bytes[8..10]).ok_or(DateError::Shape)?;
    let (year, month, day) = (year as u16, month as u8, day as u8);
    if year < 1000 {
        return Err(DateError::Shape);
    }
    if !(1..=12).contains(&month) {
        return Err(DateError::MonthOutOfRange(month));
    }
    if day == 0 || day > days_in_month(i32::from(year), month) {
        return Err(DateError::NoSuchDay { year, month, day });
    }
    Ok(Date { year: i32::from(year), month, day })
}

/// The month of a date.
pub fn year_month(date: Date) -> YearMonth {
    YearMonth { year: date.year as u16, month: date.month }
}

impl YearMonth {
    pub fn new(year: u16, month: u8) -> Option<YearMonth> {
        ((1000..=9999).contains(&year) && (1..=12).contains(&month)).then_some(YearMonth { year, month })
    }

    /// Parses exactly `YYYY-MM`.
    pub fn parse(text: &str) -> Result<YearMonth, DateError> {
        let bytes = text.as_bytes();
        if bytes.len() != 7 || bytes[4] != b'-' {
            return Err(DateError::Shape);
        }
        let year = digits(&bytes[0..4]).ok_or(DateError::Shape)? as u16;
        let month = digits(&bytes[5..7]).ok_or(DateError::Shape)? as u8;
        if year < 1000 {
            return Err(DateError::Shape);
        }
        YearMonth::new(year, month).ok_or(DateError::MonthOutOfRange(month))
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    /// Months since year 0, so that consecutive months differ by one (used to place chart points).
    pub fn months_since_year_zero(self) -> u32 {
        u32::from(self.year) * 12 + u32::from(self.month) - 1
    }

    /// The following month (December 2026 → January 2027).
    pub fn next(self) -> YearMonth {
        if self.month == 12 {
            YearMonth { year: self.year + 1, month: 1 }
        } else {
            YearMonth { year: self.year, month: self.month + 1 }
        }
    }
}

/// `YYYY-MM`, the form used in the file.
impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// ASCII digits only: `str::parse` would also accept a leading `+`.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |value, &byte| byte.is_ascii_digit().then(|| value * 10 + u32::from(byte - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_dates() {
        let date = parse_date("2026-10-31").unwrap();
        assert_eq!((date.year, date.month, date.day), (2026, 10, 31));
        assert_eq!(date.to_string(), "2026-10-31");
        assert_eq!(parse_date("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn rejects_malformed_dates() {
        for text in ["2026-1-31", "31/10/2026", "2026-10-31T00:00", "+026-10-31", "2026-10-3a", "", "0999-01-01"] {
            assert_eq!(parse_date(text), Err(DateError::Shape), "{text}");
        }
        assert_eq!(parse_date("2026-13-01"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(parse_date("2026-00-01"), Err(DateError::MonthOutOfRange(0)));
        assert_eq!(parse_date("2026-02-29"), Err(DateError::NoSuchDay { year: 2026, month: 2, day: 29 }));
        assert!(parse_date("2100-02-29").is_err());
        assert!(parse_date("2000-02-29").is_ok());
        assert!(parse_date("2026-04-31").is_err());
    }

    #[test]
    fn parses_months() {
        assert_eq!(YearMonth::parse("2026-01").unwrap().to_string(), "2026-01");
        assert_eq!(YearMonth::parse("2026-13"), Err(DateError::MonthOutOfRange(13)));
        assert_eq!(YearMonth::parse("2026-1"), Err(DateError::Shape));
        assert_eq!(YearMonth::parse("2026-01-01"), Err(DateError::Shape));
        assert_eq!(YearMonth::new(2026, 12).unwrap().next(), YearMonth::new(2027, 1).unwrap());
    }

    #[test]
    fn orders_chronologically() {
        assert!(parse_date("2025-12-31").unwrap() < parse_date("2026-01-01").unwrap());
        assert!(YearMonth::parse("2025-12").unwrap() < YearMonth::parse("2026-01").unwrap());
    }

    #[test]
    fn converts_unix_time_in_vietnam() {
        // 2026-11-22 17:00:00 UTC is already 2026-11-23 00:00 in Vietnam.
        let seconds = 1_795_366_800;
        assert_eq!(Date::in_vietnam_at_unix_seconds(seconds).to_string(), "2026-11-23");
        assert_eq!(Date::in_vietnam_at_unix_seconds(seconds - 1).to_string(), "2026-11-22");
        assert_eq!(Date::in_vietnam_at_unix_seconds(0).to_string(), "1970-01-01");
    }

    #[test]
    fn counts_days_between_dates() {
        let start = parse_date("2026-10-31").unwrap();
        assert_eq!(start.days_until(parse_date("2026-11-23").unwrap()), 23);
        assert_eq!(start.days_until(parse_date("2025-10-31").unwrap()), -365);
    }
}
