//! The result of an estimate, as data: the group, who pays, the amounts, the benefit, when the
//! card starts and why. The engine ([`crate::engine`]) fills it in with figures and decisions;
//! [`crate::wording`] makes the sentences; pages lay them out.

use crate::groups::{Group, Match, Payer};
use crate::local::LocalNotice;
use crate::money::{Dong, Percent};
use crate::policy::{Confidence, DayMonth, KnownChange, Policy, PovertyLine};
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
    pub confidence: crate::policy::Confidence,
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
    pub basis: String,
    /// Example date if paid in full on the assessment date (payment-based rules and grade 1).
    pub valid_from_if_paid_today: Option<Date>,
    /// Whether to show the waiting-period warning.
    pub waiting_period_warning: bool,
    /// [`CardStartRule::FromApprovedList`] because the support covers the whole premium of a
    /// group that normally pays (rather than a group the commune lists anyway).
    pub fully_supported: bool,
    /// The last day of the year of the under-6 card (e.g. 30/9).
    pub under_six_until: DayMonth,
    /// The under-6 card lasts until the child is this many months old.
    pub under_six_months: u32,
    /// A gap of this many days or more between cards means waiting.
    pub gap_days: u32,
    /// The wait, in days, after a first payment or a gap.
    pub waiting_days: u32,
    /// The assessment date, as the example payment date.
    pub paid_on: Date,
    /// A card paid on `paid_on` after a gap is valid from this day.
    pub valid_after_waiting: Date,
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
    /// The threshold as a share of the base salary (15%).
    pub low_cost_visit_share: Percent,
    /// After `copay_cap_years` continuous years, co-payments above this in a year are paid
    /// back in full.
    pub yearly_copay_cap: Dong,
    /// The cap as a multiple of the base salary (6).
    pub copay_cap_multiple: u32,
    pub copay_cap_years: u32,
    /// What the fund pays at primary-level facilities, for every card.
    pub primary_care_level: Percent,
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
}

/// How the person pays their part (worded by [`crate::wording::payment_text`]).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub enum Payment {
    /// Employees with a known salary: their share, deducted from the salary (capped).
    FromSalary { employee_rate: Percent, monthly: Dong, cap: Option<SalaryCap> },
    /// Employees whose salary is not known: their share of it.
    FromUnknownSalary { employee_rate: Percent },
    /// Commune part-timers: their share of the base salary; the commune pays the rest.
    WithCommune { employee_rate: Percent, monthly: Dong },
    /// The fund or the state pays for the group.
    PaidForYou,
    /// The person's group pays, but the support covers the whole premium.
    FullySupported,
    /// The person pays `share` of the premium (the rest is support).
    Supported { share: Percent, amount: Amount },
    /// No support: the whole premium.
    Full { premium_rate: Percent, amount: Amount },
}

/// The salary counted is capped, at this multiple of the base salary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct SalaryCap {
    pub salary: Dong,
    pub multiple: u32,
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
    /// "Tôi không biết" answers to check, without repeats. Non-empty means "cần thêm thông tin";
    /// the estimate then assumes "không" for those answers ([`crate::wording::assumptions`]).
    pub needs_more_info: Vec<QuestionId>,
    pub group: GroupInfo,
    /// Every other group matched, in Article 12 order.
    pub also_in: Vec<GroupInfo>,
    pub payer: Payer,
    pub state_share: StateShare,
    /// Full premium for one person on the base salary (4,5%).
    pub full_premium: Amount,
    /// What the person pays. `None` when it depends on an unknown salary.
    pub you_pay: Option<Amount>,
    /// Employer's part for employees (3%), or the commune's part for 1g.
    pub employer_pays: Option<Amount>,
    pub payment: Payment,
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
    pub local_notices: Vec<LocalNotice>,
    /// The locality has no top-up data: the estimate uses the national floors only.
    pub no_local_data: bool,
    /// Local support the wizard does not ask about, or not confirmed: "hỏi thêm".
    pub other_local_support: Vec<LocalInfo>,
}

/// A route this person could reach that costs less than what they pay now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheaperRoute {
    /// Apply for the social pension: the state then pays the card.
    SocialPension,
    /// The family gets onto the commune's near-poor list (reviewed each year).
    NearPoorList,
    /// Join by household instead of the subsidised route, all members together.
    Household { members: u32 },
}

impl CheaperRoute {
    /// ASCII key used in scenario files.
    pub fn key(self) -> &'static str {
        match self {
            CheaperRoute::SocialPension => "huu-tri-xa-hoi",
            CheaperRoute::NearPoorList => "ho-can-ngheo",
            CheaperRoute::Household { .. } => "theo-ho-gia-dinh",
        }
    }
}

/// A [`CheaperRoute`] with what the person would pay on it, per year and month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheaperWay {
    pub route: CheaperRoute,
    pub you_pay: Amount,
}

/// The one thing the person should do first: the result leads with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NextStep {
    /// Apply for the social pension: a monthly allowance, and the state pays the card.
    ApplyForSocialPension,
    /// Find out an answer given as "Tôi không biết" first: it can change the group.
    FindOut(QuestionId),
    /// Join by household: cheaper here than the subsidised route.
    JoinByHousehold,
    /// A child under 6: the free card comes with the birth registration.
    ChildCard,
    /// Join where the group joins: the school, the employer, the office paying the pension, the unit.
    JoinThroughGroup,
    /// A group on a list the commune keeps: check the card, or ask to be put on the list.
    CheckTheList,
    /// Pay for the card (by household or alone), early: a new card may have a waiting period.
    Pay,
}

impl NextStep {
    /// ASCII key used in scenario files (the question of [`NextStep::FindOut`] is in `hoi_them`).
    pub fn key(self) -> &'static str {
        match self {
            NextStep::ApplyForSocialPension => "lam-don-huu-tri-xa-hoi",
            NextStep::FindOut(_) => "hoi-them",
            NextStep::JoinByHousehold => "mua-theo-ho",
            NextStep::ChildCard => "the-tre-em",
            NextStep::JoinThroughGroup => "qua-noi-quan-ly",
            NextStep::CheckTheList => "kiem-tra-danh-sach",
            NextStep::Pay => "dong-tien",
        }
    }
}

impl Assessment {
    /// The most valuable step first: a route that pays the person, then an answer that could
    /// change the result, then a cheaper way, then where this group joins.
    pub fn next_step(&self) -> NextStep {
        use Group::*;
        if self.social_pension_hint.is_some() {
            return NextStep::ApplyForSocialPension;
        }
        if let Some(question) = self.needs_more_info.first() {
            return NextStep::FindOut(*question);
        }
        if self.route_comparison.as_ref().is_some_and(|comparison| comparison.cheaper == Route::Household) {
            return NextStep::JoinByHousehold;
        }
        match self.group.group {
            ChildUnder6 => NextStep::ChildCard,
            Employee | CommunePartTimer | Pensioner | Unemployed | ArmedForces | StandingMilitia
            | ArmedForcesRelative | PupilOrStudent => NextStep::JoinThroughGroup,
            HouseholdMember | Individual => NextStep::Pay,
            _ => NextStep::CheckTheList,
        }
    }

    pub fn is_complete(&self) -> bool {
        self.needs_more_info.is_empty()
    }
}

/// "Apply for the social pension": who may apply, the monthly amount (the province's, where
/// higher) and the national and local figures with their bases.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SocialPensionHint {
    pub monthly: Dong,
    pub who: SocialPensionAge,
    /// The social pension's age without a pension, and for poor and near-poor households.
    pub age: u32,
    pub age_poor: u32,
    pub national: Dong,
    pub national_confidence: Confidence,
    pub national_basis: String,
    /// The province's amount, when it is higher than the national one.
    pub local: Option<LocalSocialPension>,
    /// The law on the social pension.
    pub citation: String,
}

/// Who may apply for the social pension.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum SocialPensionAge {
    /// 75 or older, without a pension.
    From75,
    /// 70 to 74 in a poor or near-poor household, without a pension.
    From70To74PoorOrNearPoor,
}

/// A province's social pension.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LocalSocialPension {
    pub province: String,
    pub amount: Dong,
    pub confidence: Confidence,
    pub basis: String,
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
