//! The result of an estimate, as data: the group, who pays, the amounts, the benefit, when the
//! card starts and why. The engine ([`crate::engine`]) fills it in; pages lay it out.

use crate::groups::{Group, Match, Payer};
use crate::money::{Dong, Percent};
use crate::policy::{Confidence, KnownChange, Policy, PovertyLine};
use crate::questions::QuestionId;
use bhyt_core::Date;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum EngineError {
    /// Not all relevant questions are answered; ask this one next.
    Incomplete { next: QuestionId },
    /// The policy file has no value for this date (before the earliest supported date).
    DateNotCovered { date: Date, parameter: String },
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EngineError::Incomplete { next } => write!(f, "chưa trả lời câu hỏi `{next}`"),
            EngineError::DateNotCovered { date, parameter } => {
                write!(f, "chưa có số liệu `{parameter}` cho ngày {}", date.to_vietnamese())
            }
        }
    }
}

impl std::error::Error for EngineError {}

/// An amount per month and per year. `None` when it cannot be worked out (e.g. salary unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub monthly: Dong,
    pub yearly: Dong,
}

impl Amount {
    pub fn from_monthly(monthly: Dong) -> Amount {
        Amount { monthly, yearly: monthly * 12 }
    }

    pub const ZERO: Amount = Amount { monthly: 0, yearly: 0 };
}

/// A group with its name and legal basis.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct GroupInfo {
    pub group: Group,
    /// Article 12 clause and point, e.g. `3h`.
    pub code: &'static str,
    pub name: &'static str,
    pub basis: String,
}

impl GroupInfo {
    pub fn new(group: Group, policy: &Policy) -> GroupInfo {
        GroupInfo { group, code: group.code(), name: group.name(), basis: group.basis(&policy.citations.groups.text) }
    }
}

/// A local top-up that was applied.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AppliedTopUp {
    pub id: String,
    pub name: String,
    /// Share added to the national floor by this item.
    pub added: Percent,
    pub basis: String,
    pub confidence_label: &'static str,
    pub note: String,
}

/// The state's share of the premium.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StateShare {
    /// National floor (100% for state-paid groups; 0 for employees, BHXH-paid and self-paying).
    pub national: Percent,
    pub national_basis: String,
    pub local: Vec<AppliedTopUp>,
    /// National + local, at most 100%.
    pub total: Percent,
}

/// When the card becomes valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum CardStartRule {
    /// Under 6: from birth to 30/9 of the year the child turns 6 (born after 30/9: end of the 72nd month).
    UnderSixUntilSeptemberThirty,
    /// Grade 1: from 1/10 of the school year.
    GradeOneFromOctoberFirst,
    /// Other pupils and students: the period the school collects for.
    ThroughSchool,
    /// Employees: from when the employer declares and pays.
    ThroughEmployer,
    /// Unemployment benefit: from the first day of the benefit.
    FromUnemploymentBenefit,
    /// Pensioners: cards issued by BHXH with the pension.
    WithPension,
    /// From the date in the approved list or decision (poor households, social assistance,
    /// social pension, near-poor fully supported…).
    FromApprovedList,
    /// Lists made by the managing agency (armed forces, people with merit and relatives…).
    ByManagingAgency,
    /// Continuous renewal: from the day after the old card ends / the payment date.
    FromPayment,
    /// First time or a gap of 90 days or more: 30 days after full payment.
    AfterWaitingPeriod,
    /// Card history unknown: one of the two above.
    WaitingPeriodUnknown,
}

impl Route {
    /// ASCII key used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            Route::Subsidised => "nhom-ho-tro",
            Route::Household => "ho-gia-dinh",
            Route::Equal => "bang-nhau",
        }
    }
}

impl CardStartRule {
    /// ASCII key used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            CardStartRule::UnderSixUntilSeptemberThirty => "tre-duoi-6-den-30-9",
            CardStartRule::GradeOneFromOctoberFirst => "lop-1-tu-1-10",
            CardStartRule::ThroughSchool => "theo-nha-truong",
            CardStartRule::ThroughEmployer => "theo-don-vi-su-dung-lao-dong",
            CardStartRule::FromUnemploymentBenefit => "tu-ngay-huong-tro-cap-that-nghiep",
            CardStartRule::WithPension => "theo-luong-huu",
            CardStartRule::FromApprovedList => "tu-ngay-trong-danh-sach",
            CardStartRule::ByManagingAgency => "theo-co-quan-quan-ly",
            CardStartRule::FromPayment => "tu-ngay-dong-tien",
            CardStartRule::AfterWaitingPeriod => "sau-30-ngay",
            CardStartRule::WaitingPeriodUnknown => "chua-ro-thoi-gian-cho",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardStart {
    pub rule: CardStartRule,
    pub text: String,
    pub basis: String,
    /// Example date if paid in full on the assessment date (payment-based rules only).
    pub valid_from_if_paid_today: Option<Date>,
    /// Whether to show the waiting-period warning.
    pub waiting_period_warning: bool,
}

/// The benefit level and the 100% cases that apply to everyone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Benefit {
    pub level: Percent,
    /// The group giving the highest level (Art 22 cl 2: several groups → the highest).
    pub from_group: &'static str,
    pub basis: String,
    /// One visit cheaper than this is paid 100% (15% of the base salary).
    pub low_cost_visit_threshold: Dong,
    /// After 5 continuous years, co-payments above this in a year are paid back in full.
    pub yearly_copay_cap: Dong,
    /// Plain-Vietnamese list of the 100% cases, with amounts.
    pub full_cover_cases: Vec<String>,
}

/// One row of the household ladder.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LadderRow {
    /// 1-based position in the household.
    pub position: u32,
    pub share: Percent,
    pub amount: Amount,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HouseholdLadder {
    pub members: u32,
    pub rows: Vec<LadderRow>,
    pub total: Amount,
    pub basis: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Route {
    /// Each person in the state-supported group.
    Subsidised,
    /// Together on the household ladder.
    Household,
    /// Both cost the same.
    Equal,
}

/// Subsidised route vs household route for `members` people all in the same supported group.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RouteComparison {
    pub members: u32,
    pub support: Percent,
    pub subsidised_per_person: Amount,
    pub subsidised_total: Amount,
    pub household_total: Amount,
    pub cheaper: Route,
    /// The smallest household size (up to 30) from which the household route is cheaper.
    pub household_cheaper_from: Option<u32>,
    pub text: String,
}

/// A check the resident should make because they answered "Tôi không biết".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct InfoToCheck {
    pub question: QuestionId,
    pub what: String,
    pub where_to_ask: String,
}

/// One line of the "why" list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reason {
    pub code: &'static str,
    pub group_name: &'static str,
    pub status: Match,
    pub explanation: String,
    pub basis: String,
}

/// What changes for this person at the next known policy change.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NextChange {
    pub from: Date,
    pub changes: Vec<KnownChange>,
    pub you_pay: Option<Amount>,
    pub household_total: Option<Amount>,
    pub benefit_level: Percent,
    /// e.g. "Từ 1/7/2026 lương cơ sở là 2.530.000 đồng; bạn đóng 1.366.200 đồng/năm."
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocalInfo {
    pub name: String,
    pub note: String,
    pub confidence_label: &'static str,
}

/// The full result for the result page.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Assessment {
    pub date: Date,
    /// "Tôi không biết" answers to check. Non-empty means "cần thêm thông tin"; the estimate
    /// below then assumes "không" for those answers (listed in `assumptions`).
    pub needs_more_info: Vec<InfoToCheck>,
    pub assumptions: Vec<String>,
    pub group: GroupInfo,
    /// Every other group matched, in Article 12 order.
    pub also_in: Vec<GroupInfo>,
    pub payer: Payer,
    pub payer_text: &'static str,
    pub state_share: StateShare,
    /// Full premium for one person on the base salary (4,5%).
    pub full_premium: Amount,
    /// What the person pays. `None` when it depends on an unknown salary.
    pub you_pay: Option<Amount>,
    /// Employer's part for employees (3%), or the commune's part for 1g.
    pub employer_pays: Option<Amount>,
    pub payment_text: String,
    /// When the law lets the person choose the household route instead (Art 13 cl 5(e)).
    pub household_route_option: Option<HouseholdLadder>,
    /// For farm households with average living standard: both routes compared.
    pub route_comparison: Option<RouteComparison>,
    /// The household ladder when joining by household.
    pub household: Option<HouseholdLadder>,
    pub benefit: Benefit,
    pub card_start: CardStart,
    pub reasons: Vec<Reason>,
    pub criteria_met: usize,
    pub criteria_checked: usize,
    pub next_change: Option<NextChange>,
    pub social_pension_hint: Option<SocialPensionHint>,
    /// The poverty line now and next, when the resident does not know whether the family is on
    /// the poor or near-poor list (the list decides, never the line).
    pub poverty_lines: Option<PovertyLines>,
    /// Planned but undecided changes that reach into the 12 months this result covers.
    pub planned_changes: Vec<String>,
    /// The locality's notices for this date and person (e.g. support before a date may differ).
    pub local_notices: Vec<String>,
    /// Set when the locality has no top-up data.
    pub local_note: Option<String>,
    /// Local support the wizard does not ask about, or not confirmed: "hỏi thêm".
    pub other_local_support: Vec<LocalInfo>,
    pub rounding_rule: &'static str,
    pub disclaimer: &'static str,
}

impl Assessment {
    pub fn is_complete(&self) -> bool {
        self.needs_more_info.is_empty()
    }
}

/// "Apply for the social pension": the monthly amount (the province's, where higher) and the sentence.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SocialPensionHint {
    pub monthly: Dong,
    pub text: String,
}

/// The poverty line on one date.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PovertyLineOn {
    pub from: Date,
    pub line: PovertyLine,
    pub basis: String,
    pub confidence: Confidence,
}

/// The poverty line in force and the next known one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PovertyLines {
    pub current: Option<PovertyLineOn>,
    pub next: Option<PovertyLineOn>,
}
