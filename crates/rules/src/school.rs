//! Pupils and students (Art 12 cl 4b): the school year of a date, what a pupil pays in it
//! (national floor, local top-ups, per month, per year and per payment period) and when school
//! cards start and end. Every figure comes from the policy data; nothing here is a rate or a date
//! of the law.

use crate::assessment::{Amount, AppliedTopUp, EngineError};
use crate::engine::apply_top_ups;
use crate::local::{Learner, LocalTopUps, TopUpTarget};
use crate::money::{Dong, Percent};
use crate::policy::{DayMonth, Parameter, Policy};
use bhyt_core::Date;
use serde::Serialize;

/// Schools start collecting for a new school year in August (enrolment and the first meetings
/// with parents), so from 1 August a date belongs to the new school year. A presentation choice,
/// not a rule of the law: the amounts always follow the dated policy values.
pub const SCHOOL_YEAR_FIRST_MONTH: u8 = 8;

/// `năm học 2026–2027` is `SchoolYear { first: 2026 }`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct SchoolYear {
    pub first: i32,
}

impl SchoolYear {
    pub fn containing(date: Date) -> SchoolYear {
        SchoolYear { first: if date.month >= SCHOOL_YEAR_FIRST_MONTH { date.year } else { date.year - 1 } }
    }

    pub fn starts(self) -> Date {
        Date { year: self.first, month: SCHOOL_YEAR_FIRST_MONTH, day: 1 }
    }

    /// The last day, the day before the next school year starts.
    pub fn ends(self) -> Date {
        Date::from_days(self.next().starts().to_days() - 1)
    }

    pub fn next(self) -> SchoolYear {
        SchoolYear { first: self.first + 1 }
    }

    /// `2026–2027`
    pub fn label(self) -> String {
        format!("{}–{}", self.first, self.first + 1)
    }
}

/// What one pupil pays from `from` (until the next period, if any).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PupilCost {
    pub from: Date,
    /// Last day of this period inside the range asked about.
    pub until: Date,
    pub base_salary: Dong,
    pub base_salary_basis: String,
    pub premium_rate: Percent,
    /// The full premium, before any support.
    pub full: Amount,
    /// National floor for pupils and students ("at least").
    pub national: Percent,
    pub national_basis: String,
    /// Local top-ups applied (confirmed or likely, in force).
    pub local: Vec<AppliedTopUp>,
    /// National + local, at most 100%.
    pub total_support: Percent,
    /// What the family pays.
    pub pays: Amount,
    /// What the family pays per payment period: (months, amount).
    pub by_period: Vec<(u32, Dong)>,
}

fn targets(ethnic_minority: bool) -> Vec<TopUpTarget> {
    let mut targets = vec![TopUpTarget::PupilOrStudent];
    if ethnic_minority {
        targets.push(TopUpTarget::EthnicMinorityPupil);
    }
    targets
}

/// What a pupil or student pays on `date`: 4,5% of the base salary, less the national floor and
/// any local top-up for pupils (and for ethnic-minority pupils when `ethnic_minority`). Rounded
/// as everywhere else: the monthly amount to the đồng, n months = monthly × n.
pub fn pupil_cost(
    policy: &Policy,
    local: &LocalTopUps,
    date: Date,
    ethnic_minority: bool,
) -> Result<PupilCost, EngineError> {
    let (base_salary, base_salary_basis) = policy.base_salary.on(date)?.value_and_basis();
    let premium_rate = policy.premium_rate.on(date)?.value;
    let (national, national_basis) = policy.support_floors.pupils_and_students.on(date)?.value_and_basis();
    let periods = &policy.school.payment_periods.on(date)?.value;
    let (total, applied) = apply_top_ups(local, targets(ethnic_minority), date, national, Learner::Pupil);
    let full_monthly = premium_rate.of(base_salary);
    let pays = Amount::from_monthly(total.complement().of(full_monthly));
    Ok(PupilCost {
        from: date,
        until: date,
        base_salary,
        base_salary_basis,
        premium_rate,
        full: Amount::from_monthly(full_monthly),
        national,
        national_basis,
        local: applied,
        total_support: total,
        by_period: periods.iter().map(|months| (*months, pays.monthly * u64::from(*months))).collect(),
        pays,
    })
}

/// Days in `from..=until` on which a figure of [`pupil_cost`] may change: a new base salary,
/// premium rate, national floor, or a local top-up for pupils starting or ending.
pub fn change_dates(policy: &Policy, local: &LocalTopUps, from: Date, until: Date, ethnic_minority: bool) -> Vec<Date> {
    let mut dates: Vec<Date> = Vec::new();
    dates.extend(policy.base_salary.values.iter().map(|v| v.from));
    dates.extend(policy.premium_rate.values.iter().map(|v| v.from));
    dates.extend(policy.support_floors.pupils_and_students.values.iter().map(|v| v.from));
    dates.extend(policy.school.payment_periods.values.iter().map(|v| v.from));
    let targets = targets(ethnic_minority);
    for item in local.items.iter().filter(|item| targets.contains(&item.target)) {
        dates.push(item.from);
        if let Some(last) = item.until {
            dates.push(Date::from_days(last.to_days() + 1));
        }
    }
    dates.retain(|date| from < *date && *date <= until);
    bhyt_core::sort_short_by_key(&mut dates, |date| *date);
    dates.dedup();
    dates
}

/// The amounts over `from..=until`, one entry per period with different figures, oldest first.
pub fn pupil_costs_between(
    policy: &Policy,
    local: &LocalTopUps,
    from: Date,
    until: Date,
    ethnic_minority: bool,
) -> Result<Vec<PupilCost>, EngineError> {
    let mut starts = vec![from];
    starts.extend(change_dates(policy, local, from, until, ethnic_minority));
    let mut costs: Vec<PupilCost> = Vec::new();
    for (index, start) in starts.iter().enumerate() {
        let mut cost = pupil_cost(policy, local, *start, ethnic_minority)?;
        cost.until = starts.get(index + 1).map_or(until, |next| Date::from_days(next.to_days() - 1));
        match costs.last_mut() {
            // Same figures (e.g. a change to an unrelated value): one longer period.
            Some(last) if same_figures(last, &cost) => last.until = cost.until,
            _ => costs.push(cost),
        }
    }
    Ok(costs)
}

fn same_figures(a: &PupilCost, b: &PupilCost) -> bool {
    a.pays == b.pays && a.full == b.full && a.total_support == b.total_support && a.by_period == b.by_period
}

/// The amounts of a whole school year.
pub fn school_year_costs(
    policy: &Policy,
    local: &LocalTopUps,
    year: SchoolYear,
    ethnic_minority: bool,
) -> Result<Vec<PupilCost>, EngineError> {
    pupil_costs_between(policy, local, year.starts(), year.ends(), ethnic_minority)
}

/// The period of `costs` that contains `date`.
pub fn cost_on(costs: &[PupilCost], date: Date) -> Option<&PupilCost> {
    costs.iter().find(|cost| cost.from <= date && date <= cost.until)
}

/// When the school cards of one school year start and end.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardDates {
    pub year: SchoolYear,
    /// The under-6 card of a child born 1/1–30/9 who starts grade 1 this school year ends on this day.
    pub under_six_until: Date,
    /// The grade-1 card starts on this day.
    pub grade_one_from: Date,
    /// Extra rule for children born late in the year (from the policy file's note).
    pub grade_one_note: Option<String>,
    /// The grade-12 card of pupils finishing school this school year ends on this day.
    pub grade_twelve_until: Date,
    /// A first-year student coming from grade 12 this year: cover from this day at the latest
    /// (the day after the grade-12 card ends; from enrolment if that is earlier).
    pub first_year_from: Date,
    /// The grade-12 card of last school year (for first-year students entering this year) ends on this day.
    pub last_grade_twelve_until: Date,
    pub basis: String,
}

fn day_in(parameter: &Parameter<DayMonth>, on: Date, year: i32) -> Result<(Date, String, Option<String>), EngineError> {
    let value = parameter.on(on)?;
    let date = value.value.in_year(year).map_err(|_| parameter.not_covered(on))?;
    Ok((date, value.basis.clone(), value.note.clone()))
}

/// Card dates of `year`, with the rules in force on `on`.
pub fn card_dates(policy: &Policy, year: SchoolYear, on: Date) -> Result<CardDates, EngineError> {
    let rules = &policy.school;
    let (under_six_until, _, _) = day_in(&rules.under_six_card_until, on, year.first)?;
    let (grade_one_from, basis, grade_one_note) = day_in(&rules.grade_one_card_from, on, year.first)?;
    let (grade_twelve_until, _, _) = day_in(&rules.grade_twelve_card_until, on, year.first + 1)?;
    let (last_grade_twelve_until, _, _) = day_in(&rules.grade_twelve_card_until, on, year.first)?;
    Ok(CardDates {
        year,
        under_six_until,
        grade_one_from,
        grade_one_note,
        grade_twelve_until,
        first_year_from: Date::from_days(last_grade_twelve_until.to_days() + 1),
        last_grade_twelve_until,
        basis,
    })
}

/// Days between the end of the under-6 card and the start of the grade-1 card (0 = no gap).
pub fn grade_one_gap_days(dates: &CardDates) -> i64 {
    dates.grade_one_from.to_days() - dates.under_six_until.to_days() - 1
}

/// Benefit a pupil's card gives: the general level, and the share at primary-level facilities.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PupilBenefit {
    pub level: Percent,
    pub level_basis: String,
    pub primary_level: Percent,
    pub primary_level_basis: String,
    /// One visit cheaper than this is paid in full.
    pub low_cost_visit_threshold: Dong,
    pub low_cost_basis: String,
}

pub fn pupil_benefit(policy: &Policy, date: Date) -> Result<PupilBenefit, EngineError> {
    let (level, level_basis) = policy.benefit_levels.everyone_else.on(date)?.value_and_basis();
    let (primary_level, primary_level_basis) = policy.school.primary_care_benefit.on(date)?.value_and_basis();
    let base_salary = policy.base_salary.on(date)?.value;
    let (low_cost_share, low_cost_basis) = policy.low_cost_visit_share.on(date)?.value_and_basis();
    Ok(PupilBenefit {
        level,
        level_basis,
        primary_level,
        primary_level_basis,
        low_cost_visit_threshold: low_cost_share.of(base_salary),
        low_cost_basis,
    })
}

/// Support for a pupil of a near-poor household (Law Art 13 cl 5: the higher support applies).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NearPoorSupport {
    pub national: Percent,
    pub national_basis: String,
    /// Near-poor households living in a poor commune.
    pub in_poor_commune: Percent,
    pub in_poor_commune_basis: String,
    /// The locality's top-ups for near-poor households applied to the national floor.
    pub local: Vec<AppliedTopUp>,
    /// National floor plus local top-ups, at most 100%.
    pub with_local: Percent,
}

pub fn near_poor_support(policy: &Policy, local: &LocalTopUps, date: Date) -> Result<NearPoorSupport, EngineError> {
    let floors = &policy.support_floors;
    let (national, national_basis) = floors.near_poor.on(date)?.value_and_basis();
    let (in_poor_commune, in_poor_commune_basis) = floors.near_poor_in_poor_commune.on(date)?.value_and_basis();
    let (total, applied) = apply_top_ups(local, [TopUpTarget::NearPoorHousehold], date, national, Learner::Pupil);
    Ok(NearPoorSupport {
        national,
        national_basis,
        in_poor_commune,
        in_poor_commune_basis,
        local: applied,
        with_local: total,
    })
}

/// Local items for pupils that are not applied to amounts (unconfirmed), in force on `date`:
/// shown as "hỏi thêm" with their confidence.
pub fn pupil_items_to_ask_about(local: &LocalTopUps, date: Date) -> Vec<&crate::local::TopUp> {
    local
        .for_information(date)
        .filter(|item| matches!(item.target, TopUpTarget::PupilOrStudent | TopUpTarget::EthnicMinorityPupil))
        .collect()
}

#[cfg(all(test, feature = "load"))]
mod tests {
    use super::*;

    fn policy() -> Policy {
        Policy::from_toml("chinh-sach.toml", include_str!("../../../content/chinh-sach.toml")).unwrap()
    }

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn school_years_start_in_august() {
        assert_eq!(SchoolYear::containing(date("2026-07-31")).label(), "2025–2026");
        assert_eq!(SchoolYear::containing(date("2026-08-01")).label(), "2026–2027");
        assert_eq!(SchoolYear { first: 2027 }.ends(), date("2028-07-31"));
    }

    #[test]
    fn cost_follows_the_policy_on_each_side_of_a_base_salary_change() {
        let policy = policy();
        let change = policy.base_salary.values.last().unwrap().from;
        let before = Date::from_days(change.to_days() - 1);
        for day in [before, change] {
            let cost = pupil_cost(&policy, &LocalTopUps::none(), day, false).unwrap();
            let base = policy.base_salary.value_on(day).unwrap().value;
            let full = policy.premium_rate.value_on(day).unwrap().value.of(base);
            let floor = policy.support_floors.pupils_and_students.value_on(day).unwrap().value;
            assert_eq!(cost.full.monthly, full);
            assert_eq!(cost.national, floor);
            assert_eq!(cost.pays.monthly, floor.complement().of(full));
            assert_eq!(cost.pays.yearly, cost.pays.monthly * 12);
        }
        let a = pupil_cost(&policy, &LocalTopUps::none(), before, false).unwrap();
        let b = pupil_cost(&policy, &LocalTopUps::none(), change, false).unwrap();
        assert!(a.pays.yearly < b.pays.yearly, "a higher base salary costs more");
    }

    #[test]
    fn a_school_year_splits_at_the_policy_dates_inside_it() {
        let policy = policy();
        let change = policy.base_salary.values.last().unwrap().from;
        let year = SchoolYear::containing(Date::from_days(change.to_days() - 1));
        let costs = school_year_costs(&policy, &LocalTopUps::none(), year, false).unwrap();
        assert_eq!(costs.len(), 2, "{costs:#?}");
        assert_eq!(costs[0].from, year.starts());
        assert_eq!(costs[0].until, Date::from_days(change.to_days() - 1));
        assert_eq!(costs[1].from, change);
        assert_eq!(costs[1].until, year.ends());
        assert_eq!(cost_on(&costs, change).unwrap().from, change);
        // The next school year has one price while no later change is known.
        let next = school_year_costs(&policy, &LocalTopUps::none(), year.next(), false).unwrap();
        assert_eq!(next.len(), 1);
        assert_eq!(next[0].pays, costs[1].pays);
    }

    #[test]
    fn local_top_ups_raise_the_support_only_where_they_apply() {
        let policy = policy();
        let local = LocalTopUps::from_json(
            r#"{"tinh":"tỉnh Mẫu","ho_tro":[{"ma":"hs-dtts","ten":"Học sinh dân tộc thiểu số","doi_tuong":"hoc-sinh-dan-toc-thieu-so","tong_ho_tro":100,"tu_ngay":"2026-09-01","can_cu":"Nghị quyết mẫu","kiem_tra_lan_cuoi":"2026-10-05","do_tin_cay":"kha-nang-cao","ghi_chu":"Không phải đóng."},
            {"ma":"hs","ten":"Học sinh","doi_tuong":"hoc-sinh-sinh-vien","ho_tro_them":20,"tu_ngay":"2027-01-01","den_ngay":"2027-06-30","can_cu":"Nghị quyết mẫu","kiem_tra_lan_cuoi":"2026-10-05","do_tin_cay":"chac-chan","ghi_chu":"Thêm 20%."}]}"#,
        )
        .unwrap();
        let day = date("2026-10-01");
        assert_eq!(pupil_cost(&policy, &local, day, true).unwrap().pays.yearly, 0);
        let general = pupil_cost(&policy, &local, day, false).unwrap();
        assert!(general.local.is_empty() && general.pays.yearly > 0);
        let costs = school_year_costs(&policy, &local, SchoolYear::containing(day), false).unwrap();
        let froms: Vec<Date> = costs.iter().map(|c| c.from).collect();
        assert_eq!(froms, vec![date("2026-08-01"), date("2027-01-01"), date("2027-07-01")]);
        let floor = policy.support_floors.pupils_and_students.value_on(day).unwrap().value;
        assert_eq!(costs[1].total_support, floor.add_capped(Percent::from_whole(20)));
        assert_eq!(costs[1].local[0].confidence.label(), "chắc chắn");
        assert_eq!(costs[2].pays, costs[0].pays);
    }

    #[test]
    fn near_poor_pupils_get_the_higher_support_with_local_top_ups() {
        let policy = policy();
        let day = date("2026-11-23");
        let source = include_str!("../../../content/kien-an/ho-tro-dia-phuong.toml");
        let local = LocalTopUps::from_toml("ho-tro-dia-phuong.toml", source).unwrap();
        let support = near_poor_support(&policy, &local, day).unwrap();
        assert_eq!(support.national, policy.support_floors.near_poor.value_on(day).unwrap().value);
        let added = local.applicable(TopUpTarget::NearPoorHousehold, day).next().unwrap().extra.unwrap();
        assert_eq!(support.with_local, support.national.add_capped(added));
        assert!(support.with_local > pupil_cost(&policy, &local, day, false).unwrap().total_support);
        let none = near_poor_support(&policy, &LocalTopUps::none(), day).unwrap();
        assert_eq!(none.with_local, none.national);
    }

    #[test]
    fn grade_one_follows_the_under_six_card_without_a_gap() {
        let policy = policy();
        for first in [2025, 2026, 2027] {
            let dates = card_dates(&policy, SchoolYear { first }, date("2026-11-23")).unwrap();
            assert_eq!(grade_one_gap_days(&dates), 0, "{dates:?}");
            assert_eq!(dates.grade_one_from.year, first);
            assert_eq!(dates.grade_twelve_until.year, first + 1);
            assert_eq!(dates.first_year_from.to_days(), dates.last_grade_twelve_until.to_days() + 1);
        }
    }

    #[test]
    fn pupils_get_the_general_benefit_and_full_cover_at_primary_level() {
        let policy = policy();
        let day = date("2026-11-23");
        let benefit = pupil_benefit(&policy, day).unwrap();
        assert_eq!(benefit.level, policy.benefit_levels.everyone_else.value_on(day).unwrap().value);
        assert_eq!(benefit.primary_level, policy.school.primary_care_benefit.value_on(day).unwrap().value);
    }

    #[test]
    fn an_impossible_card_day_is_refused_with_its_field() {
        let source = include_str!("../../../content/chinh-sach.toml").replacen(
            "gia_tri = { ngay = 1, thang = 10 }",
            "gia_tri = { ngay = 31, thang = 9 }",
            1,
        );
        let err = Policy::from_toml("chinh-sach.toml", &source).unwrap_err();
        assert_eq!(err.field, "hoc_sinh.the_lop_1_tu.moc[0].gia_tri");
        assert!(err.line.is_some());
    }
}
