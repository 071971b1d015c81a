//! Percentages and amounts in đồng, with the one rounding rule the engine uses.
//!
//! **Rounding rule.** A monthly amount is rounded to the whole đồng, half up (0,5 đồng → 1 đồng);
//! a yearly amount is that monthly amount × 12, and n months are monthly × n. BHXH collects by
//! month (3, 6 or 12 months at a time) and its published figures (105.300 đồng/tháng,
//! 1.263.600 đồng/năm; 631.800 đồng/năm for pupils) are exactly monthly × 12. Every amount on the
//! base salary comes out in whole đồng anyway; rounding matters only for salary-based amounts.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Whole Vietnamese đồng.
pub type Dong = u64;

/// A percentage with two decimals, stored as hundredths of a percent (4,5% = 450) so the
/// arithmetic is exact. Always within 0–100%.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Percent(u32);

const HUNDREDTHS_PER_WHOLE: u32 = 10_000;

impl Percent {
    pub const ZERO: Percent = Percent(0);
    pub const FULL: Percent = Percent(HUNDREDTHS_PER_WHOLE);

    pub fn from_whole(percent: u32) -> Percent {
        Percent((percent * 100).min(HUNDREDTHS_PER_WHOLE))
    }

    /// Accepts 0–100 with at most two decimals, e.g. `4.5`, `70`, `1.5`.
    /// The messages name no number: printing a float would add float formatting to the
    /// WebAssembly, and the content loader names the file, line and field.
    pub fn from_number(value: f64) -> Result<Percent, String> {
        if !value.is_finite() || !(0.0..=100.0).contains(&value) {
            return Err("tỷ lệ phần trăm phải từ 0 đến 100".to_owned());
        }
        let hundredths = (value * 100.0).round();
        if (hundredths - value * 100.0).abs() > 1e-6 {
            return Err("tỷ lệ phần trăm có quá 2 chữ số thập phân".to_owned());
        }
        Ok(Percent(hundredths as u32))
    }

    /// From hundredths of a percent (450 = 4,5%), capped at 100%.
    pub const fn from_hundredths(hundredths: u32) -> Percent {
        Percent(if hundredths > HUNDREDTHS_PER_WHOLE { HUNDREDTHS_PER_WHOLE } else { hundredths })
    }

    pub fn hundredths(self) -> u32 {
        self.0
    }

    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 100.0
    }

    /// The remaining share: 100% − self.
    pub fn complement(self) -> Percent {
        Percent(HUNDREDTHS_PER_WHOLE - self.0)
    }

    /// Adds two shares, capped at 100% (a top-up can never make the state pay more than all).
    pub fn add_capped(self, other: Percent) -> Percent {
        Percent((self.0 + other.0).min(HUNDREDTHS_PER_WHOLE))
    }

    /// `self − other`, never below 0%.
    pub fn minus(self, other: Percent) -> Percent {
        Percent(self.0.saturating_sub(other.0))
    }

    /// `amount × self`, rounded to the whole đồng, half up.
    pub fn of(self, amount: Dong) -> Dong {
        let scaled = u128::from(amount) * u128::from(self.0);
        ((scaled + u128::from(HUNDREDTHS_PER_WHOLE / 2)) / u128::from(HUNDREDTHS_PER_WHOLE)) as Dong
    }
}

impl fmt::Display for Percent {
    /// In the page's language: `4,5%`, `70%`, `4.5%`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_language(bhyt_core::current_language()))
    }
}

impl Percent {
    /// `4,5%` in Vietnamese, `4.5%` in English.
    pub fn in_language(self, language: bhyt_core::Language) -> String {
        language.percent(self.0)
    }
}

impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_multiple_of(100) {
            serializer.serialize_u32(self.0 / 100)
        } else {
            serializer.serialize_f64(self.as_f64())
        }
    }
}

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Percent, D::Error> {
        let value = f64::deserialize(deserializer)?;
        Percent::from_number(value).map_err(serde::de::Error::custom)
    }
}

/// `1366200` → `1.366.200 đồng` (`1,366,200 VND` on an English page): an amount in the page's language.
pub fn format_dong(amount: Dong) -> String {
    bhyt_core::current_language().money(amount)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_of_rounds_half_up_to_the_dong() {
        let rate = Percent::from_number(4.5).unwrap();
        assert_eq!(rate.of(2_530_000), 113_850);
        assert_eq!(rate.of(2_340_000), 105_300);
        let employee = Percent::from_number(1.5).unwrap();
        assert_eq!(employee.of(10_000_000), 150_000);
        assert_eq!(employee.of(7_333_333), 110_000); // 109.999,995 → 110.000
        assert_eq!(employee.of(7_333_300), 110_000); // 109.999,5 → 110.000 (half up)
        assert_eq!(employee.of(7_333_299), 109_999); // 109.999,485
        assert_eq!(Percent::from_whole(70).of(113_850), 79_695);
    }

    #[test]
    fn percent_parsing_rejects_out_of_range_and_excess_decimals() {
        assert!(Percent::from_number(-1.0).is_err());
        assert!(Percent::from_number(100.5).is_err());
        assert!(Percent::from_number(f64::NAN).is_err());
        assert!(Percent::from_number(4.555).is_err());
        assert_eq!(Percent::from_number(100.0).unwrap(), Percent::FULL);
    }

    #[test]
    fn displays_vietnamese_style() {
        assert_eq!(Percent::from_number(4.5).unwrap().to_string(), "4,5%");
        assert_eq!(Percent::from_number(1.25).unwrap().to_string(), "1,25%");
        assert_eq!(Percent::from_whole(70).to_string(), "70%");
        assert_eq!(format_dong(1_366_200), "1.366.200 đồng");
    }

    #[test]
    fn complement_and_capped_sum() {
        let floor = Percent::from_whole(70);
        assert_eq!(floor.add_capped(Percent::from_whole(30)), Percent::FULL);
        assert_eq!(floor.add_capped(Percent::from_whole(50)), Percent::FULL);
        assert_eq!(floor.complement(), Percent::from_whole(30));
    }
}
