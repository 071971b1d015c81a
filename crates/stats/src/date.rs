//! A calendar date and a calendar month, just enough for the statistics file.
//! Hand-written so the WebAssembly carries no date library.

use serde::{Serialize, Serializer};
use std::fmt;

/// A day of the proleptic Gregorian calendar. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

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

/// Vietnam has used UTC+7 all year since 1975, with no daylight saving.
const VIETNAM_UTC_OFFSET_MILLIS: f64 = 7.0 * 3600.0 * 1000.0;
const MILLIS_PER_DAY: f64 = 86_400_000.0;

impl Date {
    /// `None` if the day does not exist (e.g. 30 February) or the year is outside 1000–9999.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Result<Date, DateError> {
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
        Date::new(year, month, day).ok_or(DateError::NoSuchDay { year, month, day })
    }

    /// The date in Vietnam (UTC+7) at a moment given as milliseconds since 1970-01-01 UTC,
    /// e.g. `js_sys::Date::now()` in the browser or `SystemTime` in the checker.
    pub fn in_vietnam_at_unix_millis(unix_millis: f64) -> Date {
        let days = ((unix_millis + VIETNAM_UTC_OFFSET_MILLIS) / MILLIS_PER_DAY).floor() as i64;
        Date::from_days_since_unix_epoch(days)
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    pub fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.year,
            month: self.month,
        }
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier), e.g. to say
    /// "số liệu cách đây 23 ngày".
    pub fn days_until(self, later: Date) -> i64 {
        later.days_since_unix_epoch() - self.days_since_unix_epoch()
    }

    /// Howard Hinnant's `days_from_civil`.
    fn days_since_unix_epoch(self) -> i64 {
        let (year, month, day) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Howard Hinnant's `civil_from_days`; clamps to the supported years.
    fn from_days_since_unix_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_index = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * month_index + 2) / 5 + 1) as u8;
        let month = if month_index < 10 {
            month_index + 3
        } else {
            month_index - 9
        } as u8;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        match year {
            ..1000 => Date {
                year: 1000,
                month: 1,
                day: 1,
            },
            10_000.. => Date {
                year: 9999,
                month: 12,
                day: 31,
            },
            _ => Date {
                year: year as u16,
                month,
                day,
            },
        }
    }
}

impl YearMonth {
    pub fn new(year: u16, month: u8) -> Option<YearMonth> {
        ((1000..=9999).contains(&year) && (1..=12).contains(&month))
            .then_some(YearMonth { year, month })
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
            YearMonth {
                year: self.year + 1,
                month: 1,
            }
        } else {
            YearMonth {
                year: self.year,
                month: self.month + 1,
            }
        }
    }
}

/// `YYYY-MM-DD`, the form used in the file.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// `YYYY-MM`, the form used in the file.
impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// ASCII digits only: `str::parse` would also accept a leading `+`.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |value, &byte| {
        byte.is_ascii_digit()
            .then(|| value * 10 + u32::from(byte - b'0'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_dates() {
        let date = Date::parse("2026-10-31").unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 10, 31));
        assert_eq!(date.to_string(), "2026-10-31");
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
    }

    #[test]
    fn rejects_malformed_dates() {
        for text in [
            "2026-1-31",
            "31/10/2026",
            "2026-10-31T00:00",
            "+026-10-31",
            "2026-10-3a",
            "",
            "0999-01-01",
        ] {
            assert_eq!(Date::parse(text), Err(DateError::Shape), "{text}");
        }
        assert_eq!(
            Date::parse("2026-13-01"),
            Err(DateError::MonthOutOfRange(13))
        );
        assert_eq!(
            Date::parse("2026-00-01"),
            Err(DateError::MonthOutOfRange(0))
        );
        assert_eq!(
            Date::parse("2026-02-29"),
            Err(DateError::NoSuchDay {
                year: 2026,
                month: 2,
                day: 29
            })
        );
        assert!(Date::parse("2100-02-29").is_err());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("2026-04-31").is_err());
    }

    #[test]
    fn parses_months() {
        assert_eq!(YearMonth::parse("2026-01").unwrap().to_string(), "2026-01");
        assert_eq!(
            YearMonth::parse("2026-13"),
            Err(DateError::MonthOutOfRange(13))
        );
        assert_eq!(YearMonth::parse("2026-1"), Err(DateError::Shape));
        assert_eq!(YearMonth::parse("2026-01-01"), Err(DateError::Shape));
        assert_eq!(
            YearMonth::new(2026, 12).unwrap().next(),
            YearMonth::new(2027, 1).unwrap()
        );
    }

    #[test]
    fn orders_chronologically() {
        assert!(Date::parse("2025-12-31").unwrap() < Date::parse("2026-01-01").unwrap());
        assert!(YearMonth::parse("2025-12").unwrap() < YearMonth::parse("2026-01").unwrap());
    }

    #[test]
    fn converts_unix_time_in_vietnam() {
        // 2026-11-22 17:00:00 UTC is already 2026-11-23 00:00 in Vietnam.
        let millis = 1_795_366_800_000.0;
        assert_eq!(
            Date::in_vietnam_at_unix_millis(millis).to_string(),
            "2026-11-23"
        );
        assert_eq!(
            Date::in_vietnam_at_unix_millis(millis - 1.0).to_string(),
            "2026-11-22"
        );
        assert_eq!(
            Date::in_vietnam_at_unix_millis(0.0).to_string(),
            "1970-01-01"
        );
    }

    #[test]
    fn counts_days_between_dates() {
        let start = Date::parse("2026-10-31").unwrap();
        assert_eq!(start.days_until(Date::parse("2026-11-23").unwrap()), 23);
        assert_eq!(start.days_until(Date::parse("2025-10-31").unwrap()), -365);
        // Round trip over four centuries of days.
        let mut date = Date::parse("1999-12-25").unwrap();
        for _ in 0..150_000 {
            let days = date.days_since_unix_epoch();
            let next = Date::from_days_since_unix_epoch(days + 1);
            assert_eq!(next.days_since_unix_epoch(), days + 1);
            assert!(next > date);
            date = next;
        }
    }
}
