//! The languages a locality may publish (`ngon_ngu` in `site.toml`): Vietnamese, the source,
//! and its translations. Each writes figures and money its own way, from the same amounts.
//!
//! Khmer keeps Latin digits grouped with dots, as in Vietnamese. Cambodian government pages
//! mostly write Khmer digits, but the Khmer readers of this site live in Vietnam: the amount
//! they compare is the one on a Vietnamese receipt, card or VssID screen, in Latin digits.
//! Khmer digits would add a conversion step between the page and the paper.

use serde::{Deserialize, Serialize};

/// The months as English dates name them.
pub const ENGLISH_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Language {
    #[serde(rename = "vi")]
    Vietnamese,
    #[serde(rename = "en")]
    English,
    #[serde(rename = "km")]
    Khmer,
}

impl Language {
    /// The language the site is written in; the others translate it.
    pub const SOURCE: Language = Language::Vietnamese;
    pub const ALL: [Language; 3] = [Language::Vietnamese, Language::English, Language::Khmer];

    /// BCP 47 code, as `lang`, `hreflang` and `site.toml` write it.
    pub fn code(self) -> &'static str {
        match self {
            Language::Vietnamese => "vi",
            Language::English => "en",
            Language::Khmer => "km",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|language| language.code() == code)
    }

    /// The language's name in itself, as a language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::Vietnamese => "Tiếng Việt",
            Language::English => "English",
            Language::Khmer => "ភាសាខ្មែរ",
        }
    }

    /// The folder its pages sit under: none for Vietnamese, `/en` and `/km` for the others.
    pub fn path_prefix(self) -> &'static str {
        match self {
            Language::Vietnamese => "",
            Language::English => "/en",
            Language::Khmer => "/km",
        }
    }

    /// Open Graph's `og:locale`.
    pub fn og_locale(self) -> &'static str {
        match self {
            Language::Vietnamese => "vi_VN",
            Language::English => "en_GB",
            Language::Khmer => "km_KH",
        }
    }

    /// `1366200` → `1.366.200` (Vietnamese, Khmer) or `1,366,200` (English).
    pub fn figure(self, number: u64) -> String {
        let grouped = crate::group_thousands(number);
        match self {
            Language::English => grouped.replace('.', ","),
            Language::Vietnamese | Language::Khmer => grouped,
        }
    }

    /// An amount in Vietnamese đồng: `1.366.200 đồng`, `1,366,200 VND`, `1.366.200 ដុង`.
    pub fn money(self, dong: u64) -> String {
        let unit = match self {
            Language::Vietnamese => "đồng",
            Language::English => "VND",
            Language::Khmer => "ដុង",
        };
        format!("{} {unit}", self.figure(dong))
    }

    /// A share given in hundredths of a percent: `4,5%` (Vietnamese, Khmer) or `4.5%` (English).
    pub fn percent(self, hundredths: u32) -> String {
        let (whole, fraction) = (hundredths / 100, hundredths % 100);
        let fraction = match fraction {
            0 => return format!("{whole}%"),
            f if f % 10 == 0 => (f / 10).to_string(),
            f => format!("{f:02}"),
        };
        let separator = if self == Language::English { '.' } else { ',' };
        format!("{whole}{separator}{fraction}%")
    }

    /// A day: `1/9/2026` (Vietnamese; Khmer, which writes day/month/year too) or
    /// `1 September 2026` (English, where `1/9` could be read as January the 9th).
    pub fn date(self, date: crate::Date) -> String {
        match self {
            Language::English => format!("{} {} {}", date.day, ENGLISH_MONTHS[usize::from(date.month) - 1], date.year),
            Language::Vietnamese | Language::Khmer => date.to_vietnamese(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_writes_the_same_amount_its_own_way() {
        assert_eq!(Language::Vietnamese.money(1_366_200), "1.366.200 đồng");
        assert_eq!(Language::English.money(1_366_200), "1,366,200 VND");
        assert_eq!(Language::Khmer.money(1_366_200), "1.366.200 ដុង");
        assert_eq!(Language::English.figure(956), "956");
        assert_eq!(Language::English.figure(50_600_000), "50,600,000");
    }

    #[test]
    fn every_language_writes_shares_and_days_its_own_way() {
        assert_eq!(Language::Vietnamese.percent(450), "4,5%");
        assert_eq!(Language::English.percent(450), "4.5%");
        assert_eq!(Language::Khmer.percent(7_000), "70%");
        assert_eq!(Language::English.percent(1_234), "12.34%");
        let day = crate::Date::new(2026, 9, 1).unwrap();
        assert_eq!(Language::Vietnamese.date(day), "1/9/2026");
        assert_eq!(Language::English.date(day), "1 September 2026");
        assert_eq!(Language::Khmer.date(day), "1/9/2026");
    }

    #[test]
    fn codes_round_trip_and_only_vietnamese_sits_at_the_root() {
        for language in Language::ALL {
            assert_eq!(Language::from_code(language.code()), Some(language));
            assert_eq!(language.path_prefix().is_empty(), language == Language::SOURCE);
        }
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(serde_json::to_string(&Language::Khmer).unwrap(), "\"km\"");
    }
}
