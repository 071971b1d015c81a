//! The statistics file, format version 1, as Rust types.
//!
//! Values of these types only come from [`crate::parse`], so every `Statistics` the page holds
//! has passed all the checks in `FORMAT.md`. Serializing one gives back a valid file with the
//! same keys (tests compare the keys with `content/thong-ke.schema.json`).

use crate::date::{Date, YearMonth};
use bhyt_core::tr;
use serde::{Serialize, Serializer};

/// The only format version this crate reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// The year by which every resident should have a card (Chỉ thị 52-CT/TW, the local plans).
pub const UNIVERSAL_COVERAGE_YEAR: u16 = 2030;

/// Largest count accepted in the file: above any province, and keeps sums far from overflow.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// The whole file `thong-ke.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Statistics {
    /// Optional link to the JSON Schema, so editors such as VS Code check the file while typing.
    #[serde(rename = "$schema", skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Always [`FORMAT_VERSION`].
    #[serde(rename = "phien_ban")]
    pub format_version: u32,
    #[serde(rename = "dia_phuong")]
    pub locality: Locality,
    /// The figures are as of the end of this day.
    #[serde(rename = "tinh_den_ngay")]
    pub as_of: Date,
    /// Who compiled the figures, e.g. "Bảo hiểm xã hội cơ sở Kiến An".
    #[serde(rename = "nguon")]
    pub source: String,
    /// True for illustrative figures: the page then shows a "số liệu mẫu" banner.
    #[serde(rename = "du_lieu_mau")]
    pub is_sample: bool,
    /// Coverage target, e.g. 95 % (one decimal allowed, e.g. 95,5 %).
    #[serde(rename = "muc_tieu")]
    pub target: Percent,
    /// Residents of the whole commune or ward.
    #[serde(rename = "dan_so")]
    pub population: u64,
    /// Residents with a valid card on the as-of date.
    #[serde(rename = "da_tham_gia")]
    pub insured: u64,
    /// Hamlets (ấp, thôn) or residential groups (tổ dân phố), in the order the file lists them.
    #[serde(rename = "don_vi")]
    pub units: Vec<Unit>,
    /// Insured people by participation group; each person counts in one group only.
    #[serde(rename = "theo_nhom")]
    pub groups: Vec<GroupCount>,
    /// Month-end figures, oldest first.
    #[serde(rename = "lich_su")]
    pub history: Vec<MonthPoint>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Locality {
    /// Same id as `ma` in the locality configuration, e.g. `kien-an`.
    #[serde(rename = "ma")]
    pub id: String,
    /// Full name with the level, e.g. "Phường Kiến An".
    #[serde(rename = "ten")]
    pub name: String,
}

/// One hamlet or residential group, with the counts the plans ask officials to review.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Unit {
    /// Same id as the unit in the locality configuration, e.g. `tdp-3`, `ap-5`.
    #[serde(rename = "ma")]
    pub id: String,
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "dan_so")]
    pub population: u64,
    #[serde(rename = "da_tham_gia")]
    pub insured: u64,
    /// Never enrolled (chưa tham gia bảo hiểm y tế).
    #[serde(rename = "chua_tham_gia")]
    pub never_enrolled: u64,
    /// Enrolled before, but the card has expired and was not renewed.
    #[serde(rename = "the_het_han")]
    pub card_expired: u64,
    /// Policy beneficiaries (người thuộc diện chính sách) not yet fully supported.
    #[serde(rename = "chinh_sach_chua_ho_tro_du")]
    pub policy_not_fully_supported: u64,
    /// The unit's month-end figures, oldest first; optional. The year-end report compares the
    /// start of a year with its end from them.
    #[serde(rename = "lich_su", skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<MonthPoint>,
}

/// Insured people in one participation group.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct GroupCount {
    #[serde(rename = "ma")]
    pub group: InsuredGroup,
    #[serde(rename = "da_tham_gia")]
    pub insured: u64,
}

/// One month of the history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MonthPoint {
    #[serde(rename = "thang")]
    pub month: YearMonth,
    #[serde(rename = "dan_so")]
    pub population: u64,
    #[serde(rename = "da_tham_gia")]
    pub insured: u64,
}

/// Participation groups, after the groups of the Law on Health Insurance and the card object
/// codes. The ids are stable: files and links use them; the labels may be reworded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InsuredGroup {
    Employees,
    Pensioners,
    MeritoriousPeople,
    ChildrenUnder6,
    PupilsAndStudents,
    Elderly,
    Poor,
    NearPoor,
    SocialAssistance,
    EthnicMinorities,
    FarmHouseholds,
    Households,
    Other,
}

impl InsuredGroup {
    /// Every group, in the order the page lists them when it has no other order.
    pub const ALL: [InsuredGroup; 13] = [
        InsuredGroup::Employees,
        InsuredGroup::Pensioners,
        InsuredGroup::MeritoriousPeople,
        InsuredGroup::ChildrenUnder6,
        InsuredGroup::PupilsAndStudents,
        InsuredGroup::Elderly,
        InsuredGroup::Poor,
        InsuredGroup::NearPoor,
        InsuredGroup::SocialAssistance,
        InsuredGroup::EthnicMinorities,
        InsuredGroup::FarmHouseholds,
        InsuredGroup::Households,
        InsuredGroup::Other,
    ];

    /// The id written in the file (`ma`).
    pub fn id(self) -> &'static str {
        match self {
            InsuredGroup::Employees => "nguoi-lao-dong",
            InsuredGroup::Pensioners => "huu-tri-tro-cap",
            InsuredGroup::MeritoriousPeople => "nguoi-co-cong",
            InsuredGroup::ChildrenUnder6 => "tre-em-duoi-6-tuoi",
            InsuredGroup::PupilsAndStudents => "hoc-sinh-sinh-vien",
            InsuredGroup::Elderly => "nguoi-cao-tuoi",
            InsuredGroup::Poor => "ho-ngheo",
            InsuredGroup::NearPoor => "ho-can-ngheo",
            InsuredGroup::SocialAssistance => "bao-tro-xa-hoi",
            InsuredGroup::EthnicMinorities => "dan-toc-thieu-so",
            InsuredGroup::FarmHouseholds => "nong-lam-ngu-diem-nghiep",
            InsuredGroup::Households => "ho-gia-dinh",
            InsuredGroup::Other => "khac",
        }
    }

    /// The label shown on the page, in its language.
    pub fn label(self) -> &'static str {
        match self {
            InsuredGroup::Employees => tr("Người lao động (doanh nghiệp, cơ quan, đơn vị)"),
            InsuredGroup::Pensioners => tr("Người hưởng lương hưu, trợ cấp bảo hiểm xã hội"),
            InsuredGroup::MeritoriousPeople => tr("Người có công với cách mạng, cựu chiến binh, thân nhân"),
            InsuredGroup::ChildrenUnder6 => tr("Trẻ em dưới 6 tuổi"),
            InsuredGroup::PupilsAndStudents => tr("Học sinh, sinh viên"),
            InsuredGroup::Elderly => tr("Người cao tuổi"),
            InsuredGroup::Poor => tr("Người thuộc hộ nghèo"),
            InsuredGroup::NearPoor => tr("Người thuộc hộ cận nghèo"),
            InsuredGroup::SocialAssistance => tr("Người hưởng trợ cấp xã hội hằng tháng"),
            InsuredGroup::EthnicMinorities => tr("Người dân tộc thiểu số, người sống ở vùng khó khăn"),
            InsuredGroup::FarmHouseholds => tr("Người thuộc hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình"),
            InsuredGroup::Households => tr("Người tham gia theo hộ gia đình"),
            InsuredGroup::Other => tr("Nhóm khác"),
        }
    }

    pub fn from_id(id: &str) -> Option<InsuredGroup> {
        InsuredGroup::ALL.into_iter().find(|group| group.id() == id)
    }
}

impl Serialize for InsuredGroup {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

/// A percentage with one decimal, stored as tenths of a percent (`934` is 93,4 %) so that
/// comparisons with the target are exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent {
    tenths: u32,
}

impl Percent {
    pub const HUNDRED: Percent = Percent { tenths: 1000 };

    pub fn from_tenths(tenths: u32) -> Percent {
        Percent { tenths }
    }

    /// `part / whole` as a percentage, **rounded down** to one decimal: 94,96 % becomes 94,9 %,
    /// so a unit is never shown as 95,0 % while it is still below a 95 % target, and 100 % is
    /// shown only when everybody has a card. A zero `whole` gives 0 %.
    pub fn of(part: u64, whole: u64) -> Percent {
        if whole == 0 {
            return Percent { tenths: 0 };
        }
        let tenths = u128::from(part) * 1000 / u128::from(whole);
        Percent { tenths: u32::try_from(tenths).unwrap_or(u32::MAX) }
    }

    pub fn tenths(self) -> u32 {
        self.tenths
    }

    /// For drawing only; compare `Percent` values, not floats.
    pub fn as_f64(self) -> f64 {
        f64::from(self.tenths) / 10.0
    }
}

/// Written to JSON as a plain number: `95` or `95.5`.
impl Serialize for Percent {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.tenths.is_multiple_of(10) {
            serializer.serialize_u32(self.tenths / 10)
        } else {
            serializer.serialize_f64(self.as_f64())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_rounds_down() {
        assert_eq!(Percent::of(9_496, 10_000).tenths(), 949);
        assert_eq!(Percent::of(9_500, 10_000).tenths(), 950);
        assert_eq!(Percent::of(2_999, 3_000).tenths(), 999);
        assert_eq!(Percent::of(3_000, 3_000), Percent::HUNDRED);
        assert_eq!(Percent::of(5, 0).tenths(), 0);
    }

    #[test]
    fn group_ids_round_trip_and_are_unique() {
        for group in InsuredGroup::ALL {
            assert_eq!(InsuredGroup::from_id(group.id()), Some(group));
        }
        let mut ids: Vec<_> = InsuredGroup::ALL.iter().map(|group| group.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), InsuredGroup::ALL.len());
        assert_eq!(InsuredGroup::from_id("hoc-sinh"), None);
    }

    #[test]
    fn percent_serializes_as_number() {
        assert_eq!(serde_json::to_string(&Percent::from_tenths(950)).unwrap(), "95");
        assert_eq!(serde_json::to_string(&Percent::from_tenths(955)).unwrap(), "95.5");
    }
}
