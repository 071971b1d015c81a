//! Provincial top-ups: `content/<locality>/ho-tro-dia-phuong.toml`. No file, or a file with no
//! entries, means only the national floor applies (and the page says the province may add more).

use crate::money::{Dong, Percent};
use crate::policy::Confidence;
use bhyt_core::Date;
use bhyt_core::{checked, Checked, Problem};
use serde::{Deserialize, Serialize};

/// Who a top-up is for. The engine knows how to recognise each of these from the answers;
/// `khac` entries are shown for information and never applied (the wizard does not ask).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TopUpTarget {
    /// Aged 60–74, no pension, no monthly social allowance, not covered by another group.
    #[serde(rename = "tuoi-60-74-khong-luong-huu")]
    Aged60To74WithoutPension,
    #[serde(rename = "ho-can-ngheo")]
    NearPoorHousehold,
    #[serde(rename = "ho-nong-lam-ngu-diem-nghiep")]
    FarmHousehold,
    #[serde(rename = "hoc-sinh-dan-toc-thieu-so")]
    EthnicMinorityPupil,
    #[serde(rename = "hoc-sinh-sinh-vien")]
    PupilOrStudent,
    /// Groups the wizard does not ask about (e.g. sensitive health status): information only.
    #[serde(rename = "khac")]
    Other,
}

/// One local support item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TopUp {
    /// Short ASCII id, unique in the file.
    #[serde(rename = "ma")]
    pub id: String,
    /// Who, in plain Vietnamese.
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "doi_tuong")]
    pub target: TopUpTarget,
    /// Extra share paid by the local budget, added to the national floor.
    #[serde(rename = "ho_tro_them", default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<Percent>,
    /// The total state share becomes this (usually 100).
    #[serde(rename = "tong_ho_tro", default, skip_serializing_if = "Option::is_none")]
    pub total: Option<Percent>,
    #[serde(rename = "tu_ngay")]
    pub from: Date,
    /// Last day in force, if known.
    #[serde(rename = "den_ngay", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    #[serde(rename = "can_cu")]
    pub basis: String,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "do_tin_cay")]
    pub confidence: Confidence,
    /// Plain-Vietnamese note for residents.
    #[serde(rename = "ghi_chu")]
    pub note: String,
    /// An item for pupils also covers university and vocational students only when the file says so.
    #[serde(rename = "ap_dung_cho_sinh_vien", default, skip_serializing_if = "std::ops::Not::not")]
    pub includes_students: bool,
}

fn in_force(from: Date, until: Option<Date>, date: Date) -> bool {
    from <= date && until.is_none_or(|until| date <= until)
}

impl TopUp {
    pub fn in_force_on(&self, date: Date) -> bool {
        in_force(self.from, self.until, date)
    }

    /// Applied to amounts only when confirmed or likely, in force, and for a group the wizard asks about.
    pub fn applies_on(&self, date: Date) -> bool {
        self.confidence.may_be_applied() && self.target != TopUpTarget::Other && self.in_force_on(date)
    }

    /// Items aimed at pupils reach university students only when the file says so.
    pub fn reaches(&self, learner: Learner) -> bool {
        let for_pupils = matches!(self.target, TopUpTarget::PupilOrStudent | TopUpTarget::EthnicMinorityPupil);
        !for_pupils || learner != Learner::UniversityStudent || self.includes_students
    }

    /// The state share after this top-up, from the national floor.
    pub fn raise(&self, floor: Percent) -> Percent {
        let raised = match self.extra {
            Some(extra) => floor.add_capped(extra),
            None => floor,
        };
        match self.total {
            Some(total) => raised.max(total),
            None => raised,
        }
    }
}

/// Whether a person in the pupils' and students' group is a pupil or a university (or vocational) student.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Learner {
    Pupil,
    UniversityStudent,
}

/// The province's own monthly social pension, where it pays more than the national amount.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalAmount {
    #[serde(rename = "ten")]
    pub name: String,
    #[serde(rename = "gia_tri")]
    pub amount: Dong,
    #[serde(rename = "tu_ngay")]
    pub from: Date,
    #[serde(rename = "den_ngay", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    #[serde(rename = "can_cu")]
    pub basis: String,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "do_tin_cay")]
    pub confidence: Confidence,
    #[serde(rename = "ghi_chu", default)]
    pub note: String,
}

/// A sentence for residents while a date range lasts, for everyone or for one target: for
/// example that a province's support before a date may differ, or that an item has run out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocalNotice {
    #[serde(rename = "tu_ngay", default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    #[serde(rename = "den_ngay", default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    #[serde(rename = "doi_tuong", default, skip_serializing_if = "Option::is_none")]
    pub target: Option<TopUpTarget>,
    #[serde(rename = "noi_dung")]
    pub text: String,
    #[serde(rename = "can_cu")]
    pub basis: String,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "do_tin_cay")]
    pub confidence: Confidence,
}

impl LocalNotice {
    pub fn shown_on(&self, date: Date, targets: &[TopUpTarget]) -> bool {
        self.from.is_none_or(|from| from <= date)
            && self.until.is_none_or(|until| date <= until)
            && self.target.is_none_or(|target| targets.contains(&target))
    }
}

/// All local support items of one locality.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LocalTopUps {
    /// Province or city as written, e.g. `thành phố Hải Phòng`.
    #[serde(rename = "tinh")]
    pub province: String,
    #[serde(rename = "ho_tro")]
    pub items: Vec<TopUp>,
    #[serde(rename = "tro_cap_huu_tri_xa_hoi", skip_serializing_if = "Vec::is_empty")]
    pub social_pensions: Vec<LocalAmount>,
    #[serde(rename = "luu_y", skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<LocalNotice>,
}

impl LocalTopUps {
    /// No local data: national floor only.
    pub fn none() -> LocalTopUps {
        LocalTopUps::default()
    }

    /// No support items: the page says the province may add more.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Items that change amounts on `date` for `target`.
    pub fn applicable(&self, target: TopUpTarget, date: Date) -> impl Iterator<Item = &TopUp> {
        self.items.iter().filter(move |item| item.target == target && item.applies_on(date))
    }

    /// The province's social pension on `date`, when confirmed or likely.
    pub fn social_pension_on(&self, date: Date) -> Option<&LocalAmount> {
        self.social_pensions
            .iter()
            .find(|amount| amount.confidence.may_be_applied() && in_force(amount.from, amount.until, date))
    }

    /// Notices for residents on `date`, for a person the `targets` describe.
    pub fn notices_on<'a>(&'a self, date: Date, targets: &'a [TopUpTarget]) -> impl Iterator<Item = &'a LocalNotice> {
        self.notices.iter().filter(move |notice| notice.shown_on(date, targets))
    }

    /// The oldest last-checked date of the file's entries.
    pub fn oldest_check(&self) -> Option<Date> {
        let items = self.items.iter().map(|item| item.last_checked);
        let amounts = self.social_pensions.iter().map(|amount| amount.last_checked);
        items.chain(amounts).chain(self.notices.iter().map(|notice| notice.last_checked)).min()
    }

    /// Items in force on `date` that the engine does not apply (unconfirmed, or not asked about),
    /// so the page can list them as "hỏi thêm".
    pub fn for_information(&self, date: Date) -> impl Iterator<Item = &TopUp> {
        self.items.iter().filter(move |item| item.in_force_on(date) && !item.applies_on(date))
    }

    fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (index, item) in self.items.iter().enumerate() {
            let field = |name: &str| format!("ho_tro[{index}].{name}");
            if item.id.is_empty() || !item.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                problems.push(Problem {
                    field: field("ma"),
                    message: "mã chỉ gồm chữ thường không dấu, số và dấu gạch ngang".into(),
                });
            }
            if self.items[..index].iter().any(|earlier| earlier.id == item.id) {
                problems.push(Problem { field: field("ma"), message: format!("mã “{}” bị trùng", item.id) });
            }
            if let Some(until) = item.until {
                if until < item.from {
                    problems.push(Problem {
                        field: field("den_ngay"),
                        message: format!("đến ngày {until} trước từ ngày {}", item.from),
                    });
                }
            }
            let has_share = item.extra.is_some() || item.total.is_some();
            if item.extra.is_some() && item.total.is_some() {
                problems.push(Problem {
                    field: field("tong_ho_tro"),
                    message: "chỉ ghi một trong hai: ho_tro_them hoặc tong_ho_tro".into(),
                });
            }
            let may_omit_share = item.target == TopUpTarget::Other || !item.confidence.may_be_applied();
            if !has_share && !may_omit_share {
                problems
                    .push(Problem {
                        field: field("ho_tro_them"), message: "cần ho_tro_them hoặc tong_ho_tro".into()
                    });
            }
            if item.basis.trim().is_empty() {
                problems.push(Problem { field: field("can_cu"), message: "thiếu căn cứ".into() });
            }
            if item.note.trim().is_empty() {
                problems
                    .push(Problem {
                        field: field("ghi_chu"), message: "cần một câu giải thích cho người dân".into()
                    });
            }
        }
        for (index, amount) in self.social_pensions.iter().enumerate() {
            let field = |name: &str| format!("tro_cap_huu_tri_xa_hoi[{index}].{name}");
            if amount.until.is_some_and(|until| until < amount.from) {
                problems.push(Problem { field: field("den_ngay"), message: "đến ngày trước từ ngày".into() });
            }
            if amount.amount == 0 {
                problems.push(Problem { field: field("gia_tri"), message: "số tiền phải lớn hơn 0".into() });
            }
            if amount.basis.trim().is_empty() {
                problems.push(Problem { field: field("can_cu"), message: "thiếu căn cứ".into() });
            }
        }
        for (index, notice) in self.notices.iter().enumerate() {
            let field = |name: &str| format!("luu_y[{index}].{name}");
            if let (Some(from), Some(until)) = (notice.from, notice.until) {
                if until < from {
                    problems.push(Problem {
                        field: field("den_ngay"),
                        message: format!("đến ngày {until} trước từ ngày {from}"),
                    });
                }
            }
            if notice.text.trim().is_empty() {
                problems
                    .push(Problem { field: field("noi_dung"), message: "cần một câu cho người dân".into() });
            }
            if notice.basis.trim().is_empty() {
                problems.push(Problem { field: field("can_cu"), message: "thiếu căn cứ".into() });
            }
        }
        problems
    }

    pub fn from_json(json: &str) -> Result<LocalTopUps, String> {
        checked(serde_json::from_str::<LocalTopUps>(json).map_err(|err| err.to_string())?)
    }
}

impl Checked for LocalTopUps {
    fn problems(&self) -> Vec<Problem> {
        self.check()
    }
}

/// File name of a locality's top-ups inside `content/<locality>/`.
pub const TOP_UPS_FILE: &str = "ho-tro-dia-phuong.toml";

#[cfg(feature = "load")]
impl LocalTopUps {
    pub fn from_toml(file: &str, source: &str) -> Result<LocalTopUps, bhyt_core::ContentError> {
        bhyt_core::parse_checked_toml(file, source)
    }

    /// Reads `content_dir/<locality>/ho-tro-dia-phuong.toml`; a missing file means no top-ups.
    pub fn load(content_dir: &std::path::Path, locality: &str) -> Result<LocalTopUps, bhyt_core::ContentError> {
        use bhyt_core::ContentError;
        let safe =
            !locality.is_empty() && locality.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        let path = content_dir.join(locality).join(TOP_UPS_FILE);
        let file = path.display().to_string();
        if !safe {
            return Err(ContentError {
                file,
                line: None,
                field: "(địa phương)".into(),
                message: format!("mã địa phương “{locality}” không hợp lệ"),
            });
        }
        match std::fs::read_to_string(&path) {
            Ok(source) => LocalTopUps::from_toml(&file, &source),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(LocalTopUps::none()),
            Err(err) => Err(ContentError { file, line: None, field: "(tệp)".into(), message: err.to_string() }),
        }
    }
}
