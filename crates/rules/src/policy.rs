//! The national policy data, `content/chinh-sach.toml`: every figure once, each with the date it
//! takes effect, its legal basis, when someone last checked it and how sure we are
//! (OpenFisca-style parameters). Changing a rate or adding a future value is a data edit.

use crate::assessment::EngineError;
use crate::money::{format_dong, Dong, Percent};
use bhyt_core::tr;
use bhyt_core::Date;
use bhyt_core::{checked, Checked, Problem};
use serde::{Deserialize, Serialize};

/// How sure the team is of a value. Only the first two may be used to compute amounts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    #[serde(rename = "chac-chan")]
    Confirmed,
    #[serde(rename = "kha-nang-cao")]
    Likely,
    #[serde(rename = "chua-xac-nhan")]
    Unconfirmed,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Confirmed => tr("chắc chắn"),
            Confidence::Likely => tr("khả năng cao"),
            Confidence::Unconfirmed => tr("chưa xác nhận"),
        }
    }

    /// Unconfirmed figures are shown as notes, never used in a calculation.
    pub fn may_be_applied(self) -> bool {
        self != Confidence::Unconfirmed
    }
}

/// One value of a parameter, in force from `from` until the next value's date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedValue<T> {
    #[serde(rename = "tu_ngay")]
    pub from: Date,
    #[serde(rename = "gia_tri")]
    pub value: T,
    /// Legal citation, e.g. `Nghị định 161/2026/NĐ-CP`.
    #[serde(rename = "can_cu")]
    pub basis: String,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "do_tin_cay")]
    pub confidence: Confidence,
    #[serde(rename = "ghi_chu", default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl<T: Clone> DatedValue<T> {
    /// The value and its legal basis, e.g. for a figure shown with its citation.
    pub fn value_and_basis(&self) -> (T, String) {
        (self.value.clone(), self.basis.clone())
    }
}

/// A named figure with its dated values, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Parameter<T> {
    /// Key path in the file, e.g. `ho_tro_toi_thieu.can_ngheo`, for messages. Not in the file:
    /// [`Policy`]'s one table of parameters fills it in when the policy is read.
    #[serde(skip)]
    pub key: &'static str,
    /// Plain-Vietnamese label the page can show, e.g. `Mức lương cơ sở`.
    #[serde(rename = "ten")]
    pub label: String,
    #[serde(rename = "moc")]
    pub values: Vec<DatedValue<T>>,
}

impl<T> Parameter<T> {
    /// The value in force on `date`: the latest one whose `from` is on or before it.
    pub fn value_on(&self, date: Date) -> Option<&DatedValue<T>> {
        self.values.iter().rev().find(|value| value.from <= date)
    }

    /// The value in force on `date`, or an error naming this parameter's key: what the engine reads,
    /// e.g. `policy.base_salary.on(date)?.value`.
    pub fn on(&self, date: Date) -> Result<&DatedValue<T>, EngineError> {
        self.value_on(date).ok_or_else(|| self.not_covered(date))
    }

    /// "No value of this parameter for `date`", naming its key.
    pub fn not_covered(&self, date: Date) -> EngineError {
        EngineError::DateNotCovered { date, parameter: self.key.to_owned() }
    }

    /// The first value that takes effect after `date`, if one is already known.
    pub fn next_after(&self, date: Date) -> Option<&DatedValue<T>> {
        self.values.iter().find(|value| value.from > date)
    }

    fn first_date(&self) -> Option<Date> {
        self.values.first().map(|value| value.from)
    }
}

/// State support floors for the groups of Article 12 clause 4 (ND 188/2025; "at least").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SupportFloors {
    /// 4a near-poor, in general.
    #[serde(rename = "can_ngheo")]
    pub near_poor: Parameter<Percent>,
    /// 4a near-poor living in a poor commune.
    #[serde(rename = "can_ngheo_xa_ngheo")]
    pub near_poor_in_poor_commune: Parameter<Percent>,
    /// 4b pupils and students.
    #[serde(rename = "hoc_sinh_sinh_vien")]
    pub pupils_and_students: Parameter<Percent>,
    /// 4c grassroots security and order forces.
    #[serde(rename = "an_ninh_trat_tu_co_so")]
    pub security_forces: Parameter<Percent>,
    /// 4d farm, forestry, fishery and salt households with average living standard.
    #[serde(rename = "ho_nong_lam_ngu_diem_nghiep")]
    pub farm_households: Parameter<Percent>,
    /// 4đ village health workers and midwives.
    #[serde(rename = "nhan_vien_y_te_thon_ban")]
    pub village_health_workers: Parameter<Percent>,
    /// 4e part-timers in villages and residential groups.
    #[serde(rename = "khong_chuyen_trach_thon_to")]
    pub village_part_timers: Parameter<Percent>,
    /// 4g ethnic minorities in communes that left the difficult list (36 months).
    #[serde(rename = "dan_toc_thieu_so_xa_ra_khoi_vung_kho_khan")]
    pub ethnic_minority_left_difficult_list: Parameter<Percent>,
    /// 4h People's and Meritorious Artisans.
    #[serde(rename = "nghe_nhan")]
    pub artisans: Parameter<Percent>,
    /// 4i victims of human trafficking (1 year). Not asked by the wizard; kept so the file is whole.
    #[serde(rename = "nan_nhan_mua_ban_nguoi")]
    pub trafficking_victims: Parameter<Percent>,
}

/// Benefit levels (mức hưởng, Law Art 22 cl 1; NQ 261/2025/QH15).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BenefitLevels {
    /// Art 22 cl 1(a): groups 3a, b, c, d, đ, e, h, i, o, r, s.
    #[serde(rename = "nhom_huong_cao_nhat")]
    pub highest: Parameter<Percent>,
    /// Art 22 cl 1(đ): 2a pensioners, 3k relatives of people with merit, 4g.
    #[serde(rename = "huu_tri_than_nhan_nguoi_co_cong")]
    pub pensioners_and_merit_relatives: Parameter<Percent>,
    /// 4a near-poor: 95%, then 100% from 1/1/2026 (NQ 261).
    #[serde(rename = "can_ngheo")]
    pub near_poor: Parameter<Percent>,
    /// 3t social-pension recipients aged 75+: 80%, then 100% from 1/1/2026 (NQ 261).
    #[serde(rename = "huu_tri_xa_hoi_tu_75_tuoi")]
    pub social_pension_from_75: Parameter<Percent>,
    /// Art 22 cl 1(e): everyone else.
    #[serde(rename = "con_lai")]
    pub everyone_else: Parameter<Percent>,
}

/// A day of the year without the year (`{ ngay = 1, thang = 10 }`): card dates that recur each school year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DayMonth {
    #[serde(rename = "thang")]
    pub month: u8,
    #[serde(rename = "ngay")]
    pub day: u8,
}

impl DayMonth {
    /// This day in `year`.
    pub fn in_year(self, year: i32) -> Result<Date, bhyt_core::DateError> {
        Date::new(year, self.month, self.day)
    }

    /// Exists in every year (29/2 is refused: a card date must exist every year).
    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month) && self.day >= 1 && self.day <= bhyt_core::days_in_month(2001, self.month)
    }
}

/// Pupils' and students' cards (`[hoc_sinh]`, ND 188/2025 Art 13): when they start and end,
/// the payment periods, and the benefit at primary-level facilities.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SchoolRules {
    /// Grade 1: from this day of the year the child enters grade 1.
    #[serde(rename = "the_lop_1_tu")]
    pub grade_one_card_from: Parameter<DayMonth>,
    /// Under-6 card (born 1/1–30/9): until this day of the year the child turns 6.
    #[serde(rename = "the_tre_duoi_6_den")]
    pub under_six_card_until: Parameter<DayMonth>,
    /// The under-6 card lasts until the child is this many months old.
    #[serde(rename = "the_tre_em_den_thang_tuoi")]
    pub under_six_months: Parameter<u32>,
    /// Grade 12: until this day of the year the pupil finishes school.
    #[serde(rename = "the_lop_12_den")]
    pub grade_twelve_card_until: Parameter<DayMonth>,
    /// Payment periods in months, e.g. 3, 6, 12.
    #[serde(rename = "ky_dong_thang")]
    pub payment_periods: Parameter<Vec<u32>>,
    /// Share of the costs the fund pays at primary-level facilities, for every card (Art 22 cl 1(c)).
    #[serde(rename = "huong_cap_ban_dau")]
    pub primary_care_benefit: Parameter<Percent>,
}

/// The national poverty line (chuẩn nghèo): monthly income per person, in rural and urban areas.
/// The commune's list decides who is poor or near-poor; the line only tells residents whether to ask.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PovertyLine {
    #[serde(rename = "nong_thon")]
    pub rural: Dong,
    #[serde(rename = "thanh_thi")]
    pub urban: Dong,
}

/// A legal text the pages cite when they explain a result (`[can_cu.*]`), with its date,
/// when it was last checked and how sure we are.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// What it is cited for, e.g. `Người thuộc nhiều nhóm`.
    #[serde(rename = "ten")]
    pub label: String,
    /// The citation as shown, e.g. `khoản 5 Điều 13 Luật Bảo hiểm y tế`.
    #[serde(rename = "van_ban")]
    pub text: String,
    #[serde(rename = "hieu_luc_tu")]
    pub from: Date,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "do_tin_cay")]
    pub confidence: Confidence,
    /// What the rule says, in plain Vietnamese, for reviewers.
    #[serde(rename = "noi_dung", default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// The legal texts the engine cites besides the basis of each figure (`serde(rename)` gives each file key).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citations {
    /// Article 12: the groups.
    #[serde(rename = "nhom_tham_gia")]
    pub groups: Citation,
    /// Art 13 cl 3: the state budget pays for clause-3 groups.
    #[serde(rename = "ngan_sach_dong")]
    pub state_budget_pays: Citation,
    /// Art 13 cl 5: people in several groups.
    #[serde(rename = "thu_tu_nhom")]
    pub group_order: Citation,
    /// Art 13 cl 5(e): the household route for state-supported groups.
    #[serde(rename = "chon_theo_ho")]
    pub household_route: Citation,
    /// Art 22 cl 2: the highest benefit of every group.
    #[serde(rename = "muc_huong_cao_nhat")]
    pub highest_benefit: Citation,
    /// ND 188 Art 13: when cards become valid.
    #[serde(rename = "gia_tri_the")]
    pub card_validity: Citation,
    /// Art 17: who draws up the lists.
    #[serde(rename = "lap_danh_sach")]
    pub lists: Citation,
    /// Art 12 cl 2(a): pensioners.
    #[serde(rename = "the_huu_tri")]
    pub pension_card: Citation,
    /// Social Insurance Law Art 21: the social pension.
    #[serde(rename = "huu_tri_xa_hoi")]
    pub social_pension: Citation,
}

impl Citations {
    /// Every citation with its key, in file order.
    pub fn all(&self) -> [(&'static str, &Citation); 9] {
        [
            ("can_cu.nhom_tham_gia", &self.groups),
            ("can_cu.ngan_sach_dong", &self.state_budget_pays),
            ("can_cu.thu_tu_nhom", &self.group_order),
            ("can_cu.chon_theo_ho", &self.household_route),
            ("can_cu.muc_huong_cao_nhat", &self.highest_benefit),
            ("can_cu.gia_tri_the", &self.card_validity),
            ("can_cu.lap_danh_sach", &self.lists),
            ("can_cu.the_huu_tri", &self.pension_card),
            ("can_cu.huu_tri_xa_hoi", &self.social_pension),
        ]
    }
}

/// Something read in the sources but not confirmed. Shown to editors; the engine never computes
/// with it. With `remind_from`, results whose 12 months reach that date carry `resident_notice`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UnconfirmedNote {
    #[serde(rename = "ten")]
    pub title: String,
    #[serde(rename = "noi_dung")]
    pub text: String,
    #[serde(rename = "nguon")]
    pub source: String,
    #[serde(rename = "kiem_tra_lan_cuoi")]
    pub last_checked: Date,
    #[serde(rename = "nhac_tu_ngay", default, skip_serializing_if = "Option::is_none")]
    pub remind_from: Option<Date>,
    /// One line for residents, e.g. that a rise is planned but not decided.
    #[serde(rename = "nhac_nguoi_dan", default, skip_serializing_if = "Option::is_none")]
    pub resident_notice: Option<String>,
}

impl UnconfirmedNote {
    /// The resident's line, when a 12-month period starting on `date` reaches `remind_from`.
    pub fn notice_for_year_from(&self, date: Date) -> Option<&str> {
        let remind_from = self.remind_from?;
        let year_later = (date.year + 1, date.month, date.day);
        ((remind_from.year, remind_from.month, remind_from.day) < year_later)
            .then_some(self.resident_notice.as_deref()?)
    }
}

/// The whole national policy file, with English field names; `serde(rename)` gives each file key.
/// (`remote = "Self"`: the derived code is wrapped below, so that reading names the parameters.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(remote = "Self", deny_unknown_fields)]
pub struct Policy {
    /// Base salary (mức lương cơ sở), used as the law's reference level (mức tham chiếu).
    #[serde(rename = "luong_co_so")]
    pub base_salary: Parameter<Dong>,
    /// Premium rate on the base salary or on the salary.
    #[serde(rename = "ty_le_dong")]
    pub premium_rate: Parameter<Percent>,
    /// Employee's share, as a percentage of the monthly salary (1/3 of 4,5%).
    #[serde(rename = "ty_le_nguoi_lao_dong_dong")]
    pub employee_rate: Parameter<Percent>,
    /// Salary cap for contributions, as a multiple of the base salary.
    #[serde(rename = "tran_luong_dong_so_lan_luong_co_so")]
    pub salary_cap_multiple: Parameter<u32>,
    /// Household ladder: 1st, 2nd, 3rd, 4th, 5th-and-later member, as % of the first's premium.
    #[serde(rename = "giam_tru_ho_gia_dinh")]
    pub household_ladder: Parameter<Vec<Percent>>,
    #[serde(rename = "ho_tro_toi_thieu")]
    pub support_floors: SupportFloors,
    #[serde(rename = "muc_huong")]
    pub benefit_levels: BenefitLevels,
    /// One visit cheaper than this share of the base salary is paid 100%.
    #[serde(rename = "nguong_chi_phi_mot_lan_kham")]
    pub low_cost_visit_share: Parameter<Percent>,
    /// After 5 continuous years, co-payments above this multiple of the base salary are waived.
    #[serde(rename = "tran_cung_chi_tra_so_lan_luong_co_so")]
    pub copay_cap_multiple: Parameter<u32>,
    /// The years of continuous cover after which that cap applies.
    #[serde(rename = "tran_cung_chi_tra_so_nam_lien_tuc")]
    pub copay_cap_years: Parameter<u32>,
    /// Waiting period in days before a first or renewed-after-a-gap card is valid.
    #[serde(rename = "thoi_gian_cho_ngay")]
    pub waiting_days: Parameter<u32>,
    /// A gap of this many days or more counts as not continuous.
    #[serde(rename = "gian_doan_tu_ngay")]
    pub gap_days: Parameter<u32>,
    /// Monthly social pension (trợ cấp hưu trí xã hội), for the hint to apply.
    #[serde(rename = "tro_cap_huu_tri_xa_hoi")]
    pub social_pension: Parameter<Dong>,
    /// The social pension's age without a pension; and for poor and near-poor households.
    #[serde(rename = "tuoi_huu_tri_xa_hoi")]
    pub social_pension_age: Parameter<u32>,
    #[serde(rename = "tuoi_huu_tri_xa_hoi_ho_ngheo_can_ngheo")]
    pub social_pension_age_poor: Parameter<u32>,
    /// The poverty line, for the hint on the poverty question (never decides a group).
    #[serde(rename = "chuan_ngheo")]
    pub poverty_line: Parameter<PovertyLine>,
    /// Pupils' and students' cards.
    #[serde(rename = "hoc_sinh")]
    pub school: SchoolRules,
    /// Legal texts cited in explanations.
    #[serde(rename = "can_cu")]
    pub citations: Citations,
    #[serde(default)]
    #[serde(rename = "chua_xac_nhan")]
    pub unconfirmed: Vec<UnconfirmedNote>,
}

/// One parameter's values as text, for listing and for "the next known change".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParameterSummary {
    /// Key path in the file, e.g. `ho_tro_toi_thieu.can_ngheo`.
    pub key: String,
    pub label: String,
    pub values: Vec<ValueSummary>,
    /// Whether the estimate computes with it (the social pension and the poverty line only
    /// inform), so that its changes are announced on results.
    pub in_estimate: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ValueSummary {
    pub from: Date,
    /// Vietnamese display, e.g. `2.530.000 đồng`, `4,5%`, `100% / 70% / 60% / 50% / 40%`.
    pub text: String,
    pub basis: String,
    pub last_checked: Date,
    pub confidence: Confidence,
}

/// A value that will take effect after the date asked about.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KnownChange {
    pub key: String,
    pub label: String,
    pub from: Date,
    pub text: String,
    pub basis: String,
    pub confidence: Confidence,
}

/// What a parameter's value type gives the table: its display, and any problem of one value
/// that parsing cannot catch (each message is for the one kind of parameter with that type).
trait ParameterValue {
    fn display(&self) -> String;

    fn problem(&self) -> Option<String> {
        None
    }
}

impl ParameterValue for Dong {
    fn display(&self) -> String {
        format_dong(*self)
    }
}

impl ParameterValue for u32 {
    fn display(&self) -> String {
        self.to_string()
    }
}

impl ParameterValue for Percent {
    fn display(&self) -> String {
        self.to_string()
    }
}

impl ParameterValue for Vec<Percent> {
    fn display(&self) -> String {
        self.iter().map(Percent::to_string).collect::<Vec<_>>().join(" / ")
    }

    /// The household ladder.
    fn problem(&self) -> Option<String> {
        self.is_empty().then(|| "bậc giảm trừ cần ít nhất một tỷ lệ (người thứ nhất)".into())
    }
}

impl ParameterValue for Vec<u32> {
    fn display(&self) -> String {
        self.iter().map(|months| format!("{months} tháng")).collect::<Vec<_>>().join(" / ")
    }

    /// The payment periods, in months.
    fn problem(&self) -> Option<String> {
        (self.is_empty() || self.iter().any(|months| !(1..=12).contains(months)))
            .then(|| "cần ít nhất một kỳ, mỗi kỳ từ 1 đến 12 tháng".into())
    }
}

impl ParameterValue for DayMonth {
    fn display(&self) -> String {
        format!("{}/{}", self.day, self.month)
    }

    fn problem(&self) -> Option<String> {
        (!self.is_valid()).then(|| format!("ngày {}/{} không có trong mọi năm", self.day, self.month))
    }
}

impl ParameterValue for PovertyLine {
    fn display(&self) -> String {
        format!("nông thôn {}, thành thị {}", format_dong(self.rural), format_dong(self.urban))
    }
}

fn summarize<T: ParameterValue>(key: &str, parameter: &Parameter<T>) -> ParameterSummary {
    ParameterSummary {
        key: key.to_owned(),
        in_estimate: true,
        label: parameter.label.clone(),
        values: parameter
            .values
            .iter()
            .map(|value| ValueSummary {
                from: value.from,
                text: value.value.display(),
                basis: value.basis.clone(),
                last_checked: value.last_checked,
                confidence: value.confidence,
            })
            .collect(),
    }
}

/// Dates ascending without duplicates, no unconfirmed value, at least one value, each value possible.
fn check_parameter<T: ParameterValue>(key: &str, parameter: &Parameter<T>, problems: &mut Vec<Problem>) {
    if parameter.values.is_empty() {
        problems
            .push(Problem { field: format!("{key}.moc"), message: "cần ít nhất một mốc giá trị".into() });
    }
    for (index, value) in parameter.values.iter().enumerate() {
        let field = |name: &str| format!("{key}.moc[{index}].{name}");
        if let Some(previous) = index.checked_sub(1).map(|i| &parameter.values[i]) {
            if value.from == previous.from {
                problems.push(Problem {
                    field: field("tu_ngay"),
                    message: format!("trùng ngày {} với mốc trước; mỗi ngày chỉ một giá trị", value.from),
                });
            } else if value.from < previous.from {
                problems.push(Problem {
                    field: field("tu_ngay"),
                    message: format!(
                        "ngày {} phải sau mốc trước ({}); xếp các mốc từ cũ đến mới",
                        value.from, previous.from
                    ),
                });
            }
        }
        if !value.confidence.may_be_applied() {
            problems.push(Problem {
                field: field("do_tin_cay"),
                message: "giá trị “chua-xac-nhan” không được dùng để tính; ghi vào [[chua_xac_nhan]]".into(),
            });
        }
        if value.basis.trim().is_empty() {
            problems.push(Problem { field: field("can_cu"), message: "thiếu căn cứ pháp lý".into() });
        }
        if let Some(message) = value.value.problem() {
            problems.push(Problem { field: field("gia_tri"), message });
        }
    }
}

/// A parameter whatever its value type, so that one table can list them all.
trait AnyParameter {
    fn summary(&self, key: &'static str) -> ParameterSummary;
    fn first_date(&self) -> Option<Date>;
    fn check(&self, key: &str, problems: &mut Vec<Problem>);
}

impl<T: ParameterValue> AnyParameter for Parameter<T> {
    fn summary(&self, key: &'static str) -> ParameterSummary {
        summarize(key, self)
    }
    fn first_date(&self) -> Option<Date> {
        Parameter::first_date(self)
    }
    fn check(&self, key: &str, problems: &mut Vec<Problem>) {
        check_parameter(key, self, problems)
    }
}

/// What a parameter is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The estimate computes with it: every estimate needs a value, and changes are announced.
    Estimate,
    /// Shown to residents (the social pension, the poverty line), never computed with.
    Inform,
    /// Pupils' cards and payment periods (the estimate uses some, from their first date on).
    School,
}

/// Every parameter once: its key path in the file, the field, and what it is for. Generates
/// [`Policy::parameters`] (summaries, checks, the earliest supported date) and the naming of each
/// [`Parameter::key`] when a policy is read, so that errors name the key without a key string at the use.
macro_rules! parameter_table {
    ($($key:literal => $($field:ident).+ : $role:ident,)*) => {
        impl Policy {
            fn parameters(&self) -> Vec<(&'static str, &dyn AnyParameter, Role)> {
                vec![$(($key, &self.$($field).+ as &dyn AnyParameter, Role::$role)),*]
            }

            fn name_parameters(&mut self) {
                $(self.$($field).+.key = $key;)*
            }
        }
    };
}

parameter_table! {
    "luong_co_so" => base_salary: Estimate,
    "ty_le_dong" => premium_rate: Estimate,
    "ty_le_nguoi_lao_dong_dong" => employee_rate: Estimate,
    "tran_luong_dong_so_lan_luong_co_so" => salary_cap_multiple: Estimate,
    "giam_tru_ho_gia_dinh" => household_ladder: Estimate,
    "ho_tro_toi_thieu.can_ngheo" => support_floors.near_poor: Estimate,
    "ho_tro_toi_thieu.can_ngheo_xa_ngheo" => support_floors.near_poor_in_poor_commune: Estimate,
    "ho_tro_toi_thieu.hoc_sinh_sinh_vien" => support_floors.pupils_and_students: Estimate,
    "ho_tro_toi_thieu.an_ninh_trat_tu_co_so" => support_floors.security_forces: Estimate,
    "ho_tro_toi_thieu.ho_nong_lam_ngu_diem_nghiep" => support_floors.farm_households: Estimate,
    "ho_tro_toi_thieu.nhan_vien_y_te_thon_ban" => support_floors.village_health_workers: Estimate,
    "ho_tro_toi_thieu.khong_chuyen_trach_thon_to" => support_floors.village_part_timers: Estimate,
    "ho_tro_toi_thieu.dan_toc_thieu_so_xa_ra_khoi_vung_kho_khan" => support_floors.ethnic_minority_left_difficult_list: Estimate,
    "ho_tro_toi_thieu.nghe_nhan" => support_floors.artisans: Estimate,
    "ho_tro_toi_thieu.nan_nhan_mua_ban_nguoi" => support_floors.trafficking_victims: Estimate,
    "muc_huong.nhom_huong_cao_nhat" => benefit_levels.highest: Estimate,
    "muc_huong.huu_tri_than_nhan_nguoi_co_cong" => benefit_levels.pensioners_and_merit_relatives: Estimate,
    "muc_huong.can_ngheo" => benefit_levels.near_poor: Estimate,
    "muc_huong.huu_tri_xa_hoi_tu_75_tuoi" => benefit_levels.social_pension_from_75: Estimate,
    "muc_huong.con_lai" => benefit_levels.everyone_else: Estimate,
    "nguong_chi_phi_mot_lan_kham" => low_cost_visit_share: Estimate,
    "tran_cung_chi_tra_so_lan_luong_co_so" => copay_cap_multiple: Estimate,
    "tran_cung_chi_tra_so_nam_lien_tuc" => copay_cap_years: Estimate,
    "thoi_gian_cho_ngay" => waiting_days: Estimate,
    "gian_doan_tu_ngay" => gap_days: Estimate,
    "tro_cap_huu_tri_xa_hoi" => social_pension: Inform,
    "tuoi_huu_tri_xa_hoi" => social_pension_age: Inform,
    "tuoi_huu_tri_xa_hoi_ho_ngheo_can_ngheo" => social_pension_age_poor: Inform,
    "chuan_ngheo" => poverty_line: Inform,
    "hoc_sinh.the_lop_1_tu" => school.grade_one_card_from: School,
    "hoc_sinh.the_tre_duoi_6_den" => school.under_six_card_until: School,
    "hoc_sinh.the_tre_em_den_thang_tuoi" => school.under_six_months: School,
    "hoc_sinh.the_lop_12_den" => school.grade_twelve_card_until: School,
    "hoc_sinh.ky_dong_thang" => school.payment_periods: School,
    "hoc_sinh.huong_cap_ban_dau" => school.primary_care_benefit: School,
}

impl Policy {
    /// Every parameter with its key path, for listings and for the change notices.
    pub fn summaries(&self) -> Vec<ParameterSummary> {
        self.parameters()
            .into_iter()
            .map(|(key, parameter, role)| ParameterSummary {
                in_estimate: role != Role::Inform,
                ..parameter.summary(key)
            })
            .collect()
    }

    /// Question texts name some figures as `{key}` (e.g. `{thoi_gian_cho_ngay}`), so that the
    /// figures stay in this file: fills them with the values in force on `date`.
    pub fn fill_figures(&self, text: &str, date: Date) -> String {
        let mut filled = text.to_owned();
        for parameter in [&self.waiting_days, &self.gap_days] {
            let placeholder = format!("{{{}}}", parameter.key);
            if filled.contains(&placeholder) {
                let value = parameter.value_on(date).or(parameter.values.first()).map_or(0, |value| value.value);
                filled = filled.replace(&placeholder, &value.to_string());
            }
        }
        filled
    }

    /// The oldest last-checked date of every value, citation and note: how fresh the data is.
    pub fn oldest_check(&self) -> Option<Date> {
        let values = self.summaries().into_iter().flat_map(|summary| summary.values).map(|value| value.last_checked);
        let citations = self.citations.all().into_iter().map(|(_, citation)| citation.last_checked);
        let notes = self.unconfirmed.iter().map(|note| note.last_checked);
        values.chain(citations).chain(notes).min()
    }

    /// For each parameter, the first value taking effect after `date`, soonest first
    /// (e.g. on 2026-05-10: base salary 2.530.000 đồng from 2026-07-01).
    pub fn known_changes_after(&self, date: Date) -> Vec<KnownChange> {
        let mut changes: Vec<KnownChange> = self
            .summaries()
            .into_iter()
            .filter(|summary| summary.in_estimate)
            .filter_map(|summary| {
                let next = summary.values.into_iter().find(|value| value.from > date)?;
                Some(KnownChange {
                    key: summary.key,
                    label: summary.label,
                    from: next.from,
                    text: next.text,
                    basis: next.basis,
                    confidence: next.confidence,
                })
            })
            .collect();
        bhyt_core::sort_short_by_key(&mut changes, |change| change.from);
        changes
    }

    /// The first date on which every parameter of the estimate has a value; the engine refuses earlier dates.
    pub fn earliest_supported_date(&self) -> Option<Date> {
        self.parameters()
            .into_iter()
            .filter(|(_, _, role)| *role == Role::Estimate)
            .map(|(_, parameter, _)| parameter.first_date())
            .try_fold(None::<Date>, |latest, first| {
                let first = first?;
                Some(Some(latest.map_or(first, |latest| latest.max(first))))
            })
            .flatten()
    }

    /// Checks that parsing cannot: date order, duplicates, unconfirmed values, the ladder shape.
    /// Percentages are already 0–100 (checked while parsing).
    fn check(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (key, parameter, _) in self.parameters() {
            parameter.check(key, &mut problems);
        }
        for (key, citation) in self.citations.all() {
            if citation.text.trim().is_empty() {
                problems.push(Problem {
                    field: format!("{key}.van_ban"), message: "thiếu trích dẫn văn bản".into()
                });
            }
            if !citation.confidence.may_be_applied() {
                problems.push(Problem {
                    field: format!("{key}.do_tin_cay"),
                    message: "văn bản “chua-xac-nhan” không được dùng làm căn cứ; ghi vào [[chua_xac_nhan]]".into(),
                });
            }
        }
        for (index, note) in self.unconfirmed.iter().enumerate() {
            if note.remind_from.is_some() != note.resident_notice.is_some() {
                problems.push(Problem {
                    field: format!("chua_xac_nhan[{index}].nhac_nguoi_dan"),
                    message: "ghi cả hai hoặc không ghi: nhac_tu_ngay và nhac_nguoi_dan".into(),
                });
            }
        }
        problems
    }

    /// Reads the JSON the site embeds (the WebAssembly path; the data was validated at build time,
    /// but is checked again because a file on a server is still input).
    pub fn from_json(json: &str) -> Result<Policy, String> {
        checked(serde_json::from_str::<Policy>(json).map_err(|err| err.to_string())?)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("policy serializes")
    }
}

/// Reading a policy, whatever the format, fills in each [`Parameter::key`] from the one table.
impl<'de> Deserialize<'de> for Policy {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Policy, D::Error> {
        let mut policy = Policy::deserialize(deserializer)?;
        policy.name_parameters();
        Ok(policy)
    }
}

impl Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Policy::serialize(self, serializer)
    }
}

impl Checked for Policy {
    fn problems(&self) -> Vec<Problem> {
        self.check()
    }
}

#[cfg(feature = "load")]
impl Policy {
    /// Parses and checks `content/chinh-sach.toml`. `file` is the name used in messages.
    pub fn from_toml(file: &str, source: &str) -> Result<Policy, bhyt_core::ContentError> {
        bhyt_core::parse_checked_toml(file, source)
    }
}
