//! A calendar date without time zone. Small on purpose: the WebAssembly build carries no date crate.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day in the proleptic Gregorian calendar. Ordering is chronological (field order matters).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Checks the day exists (no 31/4, no 29/2 outside leap years). Years 1900–2200 only:
    /// anything else in a policy file or a URL is a typo.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, DateError> {
        if !(1900..=2200).contains(&year) {
            return Err(DateError(format!("năm {year} nằm ngoài khoảng 1900–2200")));
        }
        if !(1..=12).contains(&month) {
            return Err(DateError(format!("tháng {month} không hợp lệ")));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError(format!("ngày {day}/{month}/{year} không có trong lịch")));
        }
        Ok(Date { year, month, day })
    }

    /// Parses exactly `YYYY-MM-DD` (ISO 8601, as in the `?ngay=` preview parameter).
    pub fn parse(text: &str) -> Result<Date, DateError> {
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes.iter().enumerate().all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !well_formed {
            return Err(DateError(format!("“{}” không đúng dạng NNNN-TT-NN (ví dụ 2026-07-01)", shorten(text))));
        }
        let number = |range: std::ops::Range<usize>| text[range].parse::<i32>().unwrap_or(0);
        Date::new(number(0..4), number(5..7) as u8, number(8..10) as u8)
    }

    /// Days since 1970-01-01 (negative before), by the civil-from-days algorithm of H. Hinnant.
    pub fn to_days(self) -> i64 {
        let year = i64::from(self.year) - i64::from(self.month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let month = i64::from(self.month);
        let day_of_year = (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let mp = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (year_of_era + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(self, days: i64) -> Date {
        Date::from_days(self.to_days() + days)
    }

    pub fn days_until(self, later: Date) -> i64 {
        later.to_days() - self.to_days()
    }

    /// The one Vietnamese form every page prints, e.g. `1/7/2026`.
    pub fn to_vietnamese(self) -> String {
        format!("{}/{}/{}", self.day, self.month, self.year)
    }

    /// RFC 3339 timestamp at midnight, Vietnam time (for Atom `updated`).
    pub fn rfc3339(self) -> String {
        format!("{self}T00:00:00+07:00")
    }

    /// Today in Vietnam (UTC+7) at a Unix time in seconds: the one "today" of the house.
    pub fn in_vietnam_at_unix_seconds(seconds: i64) -> Date {
        Date::from_days((seconds + 7 * 3600).div_euclid(86_400))
    }
}

fn shorten(text: &str) -> String {
    text.chars().take(20).collect()
}

impl fmt::Display for Date {
    /// ISO form `2026-07-01`, the form used in files and URLs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Date, DateError> {
        Date::parse(text)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        use serde::de;
        struct DateVisitor;
        impl<'de> de::Visitor<'de> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("một ngày dạng 2026-09-15")
            }
            fn visit_str<E: de::Error>(self, text: &str) -> Result<Date, E> {
                Date::parse(text).map_err(E::custom)
            }
            // A bare TOML date arrives as a one-entry map holding its text.
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Date, A::Error> {
                let (_, text): (String, String) = map.next_entry()?.ok_or_else(|| de::Error::custom("thiếu ngày"))?;
                Date::parse(&text).map_err(de::Error::custom)
            }
        }
        deserializer.deserialize_any(DateVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn parses_and_prints_iso() {
        assert_eq!(d("2026-07-01"), Date { year: 2026, month: 7, day: 1 });
        assert_eq!(d("2026-07-01").to_string(), "2026-07-01");
        assert_eq!(d("2026-07-01").to_vietnamese(), "1/7/2026");
    }

    #[test]
    fn rejects_malformed_and_impossible_dates() {
        for bad in [
            "",
            "2026-7-1",
            "2026/07/01",
            "26-07-01",
            "2026-07-01x",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2025-02-29",
            "1800-01-01",
            "２０２６-07-01",
            "2026-07-0١",
            "ngày 1/7",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2000-02-29").is_ok());
        assert!(Date::parse("2100-02-29").is_err());
    }

    #[test]
    fn compares_chronologically() {
        assert!(d("2026-06-30") < d("2026-07-01"));
        assert!(d("2025-12-31") < d("2026-01-01"));
        assert!(d("2026-02-01") > d("2026-01-31"));
    }

    #[test]
    fn adds_days_across_months_years_and_leap_days() {
        assert_eq!(d("2026-11-10").add_days(30), d("2026-12-10"));
        assert_eq!(d("2026-11-23").add_days(30), d("2026-12-23"));
        assert_eq!(d("2026-12-15").add_days(30), d("2027-01-14"));
        assert_eq!(d("2028-02-28").add_days(1), d("2028-02-29"));
        assert_eq!(d("2027-02-28").add_days(1), d("2027-03-01"));
        assert_eq!(d("2026-03-01").add_days(-1), d("2026-02-28"));
        assert_eq!(d("1970-01-01").to_days(), 0);
        assert_eq!(d("2026-01-01").days_until(d("2026-12-31")), 364);
        for days in -40_000..40_000 {
            assert_eq!(Date::from_days(days).to_days(), days);
        }
    }

    #[test]
    fn days_in_month_knows_february() {
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2028, 2), 29);
        assert_eq!(days_in_month(2026, 9), 30);
        assert_eq!(days_in_month(2026, 12), 31);
        assert_eq!(days_in_month(2026, 13), 0);
    }

    #[test]
    fn serde_uses_the_iso_string() {
        let json = serde_json::to_string(&d("2026-07-01")).unwrap();
        assert_eq!(json, "\"2026-07-01\"");
        assert_eq!(serde_json::from_str::<Date>(&json).unwrap(), d("2026-07-01"));
        assert!(serde_json::from_str::<Date>("\"2026-02-30\"").is_err());
    }
}
