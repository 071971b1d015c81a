//! The estimate: from the answers, the policy, the local top-ups and a date, to the group, who
//! pays, how much, the benefit level, when the card starts and why. Plain functions, no I/O.
//! Figures and decisions only: [`crate::wording`] makes the sentences.

use crate::answers::*;
use crate::assessment::*;
use crate::groups::{evaluate, Criterion, Group, Match, Payer};
use crate::local::{Learner, LocalTopUps, TopUpTarget};
use crate::money::Percent;
use crate::policy::{DatedValue, KnownChange, Policy, PovertyLine};
use crate::questions::*;
use crate::rates::Rates;
use bhyt_core::Date;

/// The poverty line on `date` and the next one, or `None` when the data has neither
/// (e.g. on 31/12/2026: 1.500.000 / 2.000.000 đồng, then 2.200.000 / 2.800.000 đồng from 1/1/2027).
pub fn poverty_lines(policy: &Policy, date: Date) -> Option<PovertyLines> {
    let on = |value: &crate::policy::DatedValue<PovertyLine>| PovertyLineOn {
        from: value.from,
        line: value.value,
        basis: value.basis.clone(),
        confidence: value.confidence,
    };
    let lines = PovertyLines {
        current: policy.poverty_line.value_on(date).map(on),
        next: policy.poverty_line.next_after(date).map(on),
    };
    (lines.current.is_some() || lines.next.is_some()).then_some(lines)
}

fn compare(rates: &Rates, members: u32, support: Percent) -> RouteComparison {
    let members = members.max(1);
    let per_person = Amount::from_monthly(support.complement().of(rates.premium()));
    let subsidised_total = Amount::from_monthly(per_person.monthly * u64::from(members));
    let household_total = rates.ladder(members).total;
    let cheaper = match household_total.yearly.cmp(&subsidised_total.yearly) {
        std::cmp::Ordering::Less => Route::Household,
        std::cmp::Ordering::Greater => Route::Subsidised,
        std::cmp::Ordering::Equal => Route::Equal,
    };
    let household_cheaper_from = (1..=30).find(|n| rates.ladder(*n).total.yearly < per_person.yearly * u64::from(*n));
    RouteComparison {
        members,
        support,
        subsidised_per_person: per_person,
        subsidised_total,
        household_total,
        cheaper,
        household_cheaper_from,
    }
}

/// For a farm, forestry, fishery or salt household with average living standard: the
/// subsidised route (each member pays the unsupported share) vs the household ladder.
pub fn compare_farm_routes(
    policy: &Policy,
    local: &LocalTopUps,
    date: Date,
    members: u32,
) -> Result<RouteComparison, EngineError> {
    let rates = Rates::on(policy, date)?;
    let floor = policy.support_floors.farm_households.on(date)?.value;
    let (support, _) = apply_top_ups(local, [TopUpTarget::FarmHousehold], date, floor, Learner::Pupil);
    Ok(compare(&rates, members, support))
}

/// Assesses the answers on `date`. Answers off the question path are ignored.
pub fn assess(answers: &Answers, policy: &Policy, local: &LocalTopUps, date: Date) -> Result<Assessment, EngineError> {
    if let Some(next) = crate::flow::next_question(answers) {
        return Err(EngineError::Incomplete { next });
    }
    let answers = crate::flow::relevant_answers(answers);
    let mut assessment = estimate(&answers, policy, local, date)?;
    assessment.next_change = next_change(&answers, policy, local, date)?;
    Ok(assessment)
}

/// Routes this person could reach that cost less than `now`, each worked out by assessing the
/// answers as they would be on it: the social pension received, the family on the near-poor
/// list, or the household route where it is cheaper. Cheapest first.
pub fn cheaper_ways(
    answers: &Answers,
    now: &Assessment,
    policy: &Policy,
    local: &LocalTopUps,
    date: Date,
) -> Vec<CheaperWay> {
    let Some(paid_now) = now.you_pay.filter(|amount| amount.yearly > 0) else { return Vec::new() };
    let with = |id: QuestionId, value: &str| {
        let mut changed = answers.clone();
        changed.set(id, value).ok()?;
        assess(&changed, policy, local, date).ok()?.you_pay
    };
    let mut ways = Vec::new();
    if now.social_pension_hint.is_some() {
        if let Some(you_pay) = with(QuestionId::SocialPension, SocialPension::Receiving.value()) {
            ways.push(CheaperWay { route: CheaperRoute::SocialPension, you_pay });
        }
    }
    if answers.poverty() == Some(Reply::Given(Poverty::Neither)) {
        if let Some(you_pay) = with(QuestionId::Poverty, Poverty::NearPoor.value()) {
            ways.push(CheaperWay { route: CheaperRoute::NearPoorList, you_pay });
        }
    }
    if let Some(comparison) = now.route_comparison.as_ref().filter(|c| c.cheaper == Route::Household) {
        let members = comparison.members.max(1);
        // The household's average per person; the year is twelve months, as BHXH collects.
        let monthly = comparison.household_total.monthly / u64::from(members);
        ways.push(CheaperWay {
            route: CheaperRoute::Household { members },
            you_pay: Amount { monthly, yearly: monthly * 12 },
        });
    }
    ways.retain(|way| way.you_pay.yearly < paid_now.yearly);
    bhyt_core::sort_short_by_key(&mut ways, |way| way.you_pay.yearly);
    ways
}

fn next_change(
    answers: &Answers,
    policy: &Policy,
    local: &LocalTopUps,
    date: Date,
) -> Result<Option<NextChange>, EngineError> {
    let changes = policy.known_changes_after(date);
    let Some(first) = changes.first().map(|change| change.from) else { return Ok(None) };
    let changes: Vec<KnownChange> = changes.into_iter().filter(|change| change.from == first).collect();
    let then = estimate(answers, policy, local, first)?;
    Ok(Some(NextChange {
        from: first,
        changes,
        you_pay: then.you_pay,
        household_total: then.household.as_ref().map(|ladder| ladder.total),
        benefit_level: then.benefit.level,
    }))
}

/// National support floor for a clause-4 group on `date`.
fn national_floor(
    policy: &Policy,
    group: Group,
    answers: &Answers,
    date: Date,
) -> Result<(Percent, String), EngineError> {
    let floors = &policy.support_floors;
    let parameter = match group {
        Group::NearPoor if answers.lives_in(Area::PoorCommune) => &floors.near_poor_in_poor_commune,
        Group::NearPoor => &floors.near_poor,
        Group::PupilOrStudent => &floors.pupils_and_students,
        Group::SecurityForce => &floors.security_forces,
        Group::FarmHousehold => &floors.farm_households,
        Group::VillageHealthWorker => &floors.village_health_workers,
        Group::VillagePartTimer => &floors.village_part_timers,
        Group::EthnicMinorityLeftDifficultList => &floors.ethnic_minority_left_difficult_list,
        Group::Artisan => &floors.artisans,
        _ => return Ok((Percent::ZERO, String::new())),
    };
    parameter.on(date).map(DatedValue::value_and_basis)
}

/// Local targets that fit this person in this group.
/// Raises `national` by every local top-up for `targets` in force on `date`, in order, and lists
/// those that added something.
/// Items aimed at pupils reach a university student only when the file says so.
pub fn apply_top_ups(
    local: &LocalTopUps,
    targets: impl IntoIterator<Item = TopUpTarget>,
    date: Date,
    national: Percent,
    learner: Learner,
) -> (Percent, Vec<AppliedTopUp>) {
    let mut total = national;
    let mut applied = Vec::new();
    for target in targets {
        for item in local.applicable(target, date).filter(|item| item.reaches(learner)) {
            let raised = item.raise(total);
            if raised > total {
                applied.push(AppliedTopUp {
                    id: item.id.clone(),
                    name: item.name.clone(),
                    added: raised.minus(total),
                    basis: item.basis.clone(),
                    confidence: item.confidence,
                    note: item.note.clone(),
                });
                total = raised;
            }
        }
    }
    (total, applied)
}

fn local_targets(group: Group, answers: &Answers) -> Vec<TopUpTarget> {
    let mut targets = Vec::new();
    match group {
        Group::NearPoor => targets.push(TopUpTarget::NearPoorHousehold),
        Group::FarmHousehold => targets.push(TopUpTarget::FarmHousehold),
        Group::PupilOrStudent => {
            targets.push(TopUpTarget::PupilOrStudent);
            if answers.ethnic_minority() == Some(YesNo::Yes) {
                targets.push(TopUpTarget::EthnicMinorityPupil);
            }
        }
        _ => {}
    }
    let aged_60_to_74 = matches!(answers.age(), Some(AgeBand::From60To69 | AgeBand::From70To74));
    if aged_60_to_74 && group.clause() >= 4 {
        targets.push(TopUpTarget::Aged60To74WithoutPension);
    }
    targets
}

fn learner(answers: &Answers) -> Learner {
    if answers.work() == Some(Work::Student) {
        Learner::UniversityStudent
    } else {
        Learner::Pupil
    }
}

fn state_share(
    policy: &Policy,
    local: &LocalTopUps,
    group: Group,
    answers: &Answers,
    date: Date,
) -> Result<StateShare, EngineError> {
    let (national, national_basis) = match group.clause() {
        3 => (
            Percent::FULL,
            format!("{}; {}", group.basis(&policy.citations.groups.text), policy.citations.state_budget_pays.text),
        ),
        4 => national_floor(policy, group, answers, date)?,
        _ => (Percent::ZERO, String::new()),
    };
    let targets = if group.clause() >= 4 { local_targets(group, answers) } else { Vec::new() };
    let (total, applied) = apply_top_ups(local, targets, date, national, learner(answers));
    Ok(StateShare { national, national_basis, local: applied, total })
}

/// Art 13 cl 5: the group the person joins under.
fn choose_group(matched: &[Group], supports: &dyn Fn(Group) -> Percent) -> Group {
    let first = matched[0];
    // (đ) 3s, 3t stay state-paid.
    if first.clause() <= 2 && matched.iter().any(|g| matches!(g, Group::SurvivorAllowance | Group::SocialPension)) {
        if let Some(state_paid) = matched.iter().find(|g| g.clause() == 3) {
            return *state_paid;
        }
    }
    // (c) commune part-timers: BHXH-paid, then state-paid, then state-supported, then co-paid.
    if first == Group::CommunePartTimer {
        if let Some(other) = matched.iter().find(|g| (2..=4).contains(&g.clause())) {
            return *other;
        }
    }
    // (g) several state-supported groups: the highest support.
    if first.clause() == 4 {
        let mut best = first;
        for group in matched.iter().filter(|g| g.clause() == 4) {
            if supports(*group) > supports(best) {
                best = *group;
            }
        }
        return best;
    }
    first
}

fn benefit_for(policy: &Policy, group: Group, answers: &Answers, date: Date) -> Result<(Percent, String), EngineError> {
    let levels = &policy.benefit_levels;
    let parameter = if group.is_free_with_full_benefit() {
        &levels.highest
    } else {
        match group {
            Group::Pensioner | Group::MeritRelative | Group::EthnicMinorityLeftDifficultList => {
                &levels.pensioners_and_merit_relatives
            }
            Group::NearPoor => &levels.near_poor,
            Group::SocialPension if answers.age() == Some(AgeBand::From75) => &levels.social_pension_from_75,
            // At 70–74 the social pension goes only to poor and near-poor people: at least the
            // lower of those two levels, whatever the poverty answer.
            Group::SocialPension if answers.age() == Some(AgeBand::From70To74) => {
                let (poor, poor_basis) = levels.highest.on(date)?.value_and_basis();
                let (near_poor, near_poor_basis) = levels.near_poor.on(date)?.value_and_basis();
                let basis =
                    format!("{}; {} hoặc {}", policy.citations.social_pension.text, poor_basis, near_poor_basis);
                return Ok((poor.min(near_poor), basis));
            }
            _ => &levels.everyone_else,
        }
    };
    parameter.on(date).map(DatedValue::value_and_basis)
}

/// The answers to check when `criterion` could not be decided ("Tôi không biết").
fn questions_to_check(criterion: &Criterion, answers: &Answers) -> Vec<QuestionId> {
    match criterion.group {
        Group::PoorOrDisadvantagedArea => {
            let mut checks = Vec::new();
            if matches!(answers.poverty(), Some(Reply::Unknown)) {
                checks.push(QuestionId::Poverty);
            }
            if matches!(answers.areas(), Some(Reply::Unknown)) {
                checks.push(QuestionId::Area);
            }
            checks
        }
        Group::NearPoor => vec![QuestionId::Poverty],
        Group::SocialAssistance => vec![QuestionId::SocialAssistance],
        Group::SurvivorAllowance => vec![QuestionId::SurvivorAllowance],
        Group::SocialPension => vec![QuestionId::SocialPension],
        Group::FarmHousehold => vec![QuestionId::FarmHousehold],
        _ => Vec::new(),
    }
}

/// The estimate on one date, without the next-change look-ahead.
fn estimate(answers: &Answers, policy: &Policy, local: &LocalTopUps, date: Date) -> Result<Assessment, EngineError> {
    let rates = Rates::on(policy, date)?;
    let criteria = evaluate(answers);
    let members = answers.household_members().unwrap_or(1);
    let fallback = if members >= 2 { Group::HouseholdMember } else { Group::Individual };
    let mut matched: Vec<Group> = criteria.iter().filter(|c| c.status == Match::Yes).map(|c| c.group).collect();
    matched.push(fallback);

    let support_of = |group: Group| {
        state_share(policy, local, group, answers, date).map(|share| share.total).unwrap_or(Percent::ZERO)
    };
    let group = choose_group(&matched, &support_of);
    let share = state_share(policy, local, group, answers, date)?;
    let premium = rates.premium();

    // Who pays how much.
    let mut employer_pays = None;
    let (you_pay, payment) = match group.payer() {
        Payer::EmployerAndEmployee => match answers.monthly_salary() {
            Some(Reply::Given(salary)) => {
                let cap = rates.base_salary * u64::from(rates.salary_cap_multiple);
                let counted = salary.min(cap);
                let yours = rates.employee_rate.of(counted);
                employer_pays = Some(Amount::from_monthly(rates.premium_rate.of(counted) - yours));
                let cap = (salary > cap).then_some(SalaryCap { salary: cap, multiple: rates.salary_cap_multiple });
                (
                    Some(Amount::from_monthly(yours)),
                    Payment::FromSalary { employee_rate: rates.employee_rate, monthly: yours, cap },
                )
            }
            _ => (None, Payment::FromUnknownSalary { employee_rate: rates.employee_rate }),
        },
        Payer::CommuneAndPerson => {
            let yours = rates.employee_rate.of(rates.base_salary);
            employer_pays = Some(Amount::from_monthly(premium - yours));
            (
                Some(Amount::from_monthly(yours)),
                Payment::WithCommune { employee_rate: rates.employee_rate, monthly: yours },
            )
        }
        Payer::SocialInsuranceFund | Payer::StateBudget => (Some(Amount::ZERO), Payment::PaidForYou),
        Payer::PersonWithStateSupport | Payer::Household | Payer::Person => {
            let yours = Amount::from_monthly(share.total.complement().of(premium));
            let payment = if yours.monthly == 0 {
                Payment::FullySupported
            } else if share.total > Percent::ZERO {
                Payment::Supported { share: share.total.complement(), amount: yours }
            } else {
                Payment::Full { premium_rate: rates.premium_rate, amount: yours }
            };
            (Some(yours), payment)
        }
    };

    let household = (group == Group::HouseholdMember).then(|| rates.ladder(members));
    let household_route_option =
        (group.may_choose_household_route() && share.total < Percent::FULL).then(|| rates.ladder(members));
    let route_comparison = (group == Group::FarmHousehold).then(|| compare(&rates, members, share.total));

    // Benefit: the highest of every group the person is in (Art 22 cl 2).
    let mut benefit_level = Percent::ZERO;
    let mut benefit_group = group;
    let mut benefit_basis = String::new();
    for candidate in &matched {
        let (level, basis) = benefit_for(policy, *candidate, answers, date)?;
        if level > benefit_level {
            benefit_level = level;
            benefit_group = *candidate;
            benefit_basis = basis;
        }
    }
    let low_cost = rates.low_cost_share.of(rates.base_salary);
    let copay_cap = rates.base_salary * u64::from(rates.copay_cap_multiple);
    let benefit = Benefit {
        level: benefit_level,
        from_group: benefit_group.code(),
        basis: benefit_basis,
        low_cost_visit_threshold: low_cost,
        low_cost_visit_share: rates.low_cost_share,
        yearly_copay_cap: copay_cap,
        copay_cap_multiple: rates.copay_cap_multiple,
        copay_cap_years: rates.copay_cap_years,
        primary_care_level: policy.school.primary_care_benefit.on(date)?.value,
    };

    let card_start = card_start(policy, group, &share, answers, &rates, date)?;

    // Unknown answers to check (the estimate assumes "không" for them).
    let mut needs_more_info: Vec<QuestionId> = Vec::new();
    let unknown_criteria = criteria.iter().filter(|c| c.status == Match::Unknown);
    for question in unknown_criteria.flat_map(|criterion| questions_to_check(criterion, answers)) {
        if !needs_more_info.contains(&question) {
            needs_more_info.push(question);
        }
    }
    if matches!(answers.card_history(), Some(Reply::Unknown)) {
        needs_more_info.push(QuestionId::CardHistory);
    }
    if matches!(answers.monthly_salary(), Some(Reply::Unknown)) {
        needs_more_info.push(QuestionId::MonthlySalary);
    }

    let reasons: Vec<Reason> = criteria
        .iter()
        .map(|c| Reason {
            code: c.group.code(),
            group_name: c.group.name(),
            status: c.status,
            explanation: c.explanation.clone(),
            basis: c.group.basis(&policy.citations.groups.text),
        })
        .collect();
    let criteria_met = reasons.iter().filter(|r| r.status == Match::Yes).count();

    let social_pension_hint = social_pension_hint(answers, policy, &rates, local, date);
    let poverty_lines =
        matches!(answers.poverty(), Some(Reply::Unknown)).then(|| poverty_lines(policy, date)).flatten();
    let person_pays = you_pay != Some(Amount::ZERO);
    let planned_changes = policy
        .unconfirmed
        .iter()
        .filter(|_| person_pays)
        .filter_map(|note| note.notice_for_year_from(date).map(str::to_owned))
        .collect();
    let targets = local_targets(group, answers);
    let local_notices = local.notices_on(date, &targets).cloned().collect();
    let other_local_support = local
        .for_information(date)
        .map(|item| LocalInfo {
            name: item.name.clone(),
            note: item.note.clone(),
            confidence_label: item.confidence.label(),
        })
        .collect();

    Ok(Assessment {
        date,
        needs_more_info,
        group: GroupInfo { name: group.name_for(answers), ..GroupInfo::new(group, policy) },
        also_in: matched
            .iter()
            .filter(|g| **g != group && **g != fallback)
            .map(|g| GroupInfo::new(*g, policy))
            .collect(),
        payer: if group.payer().person_pays() && you_pay == Some(Amount::ZERO) && group.clause() >= 4 {
            Payer::StateBudget
        } else {
            group.payer()
        },
        state_share: share,
        full_premium: Amount::from_monthly(premium),
        you_pay,
        employer_pays,
        payment,
        household_route_option,
        route_comparison,
        household,
        benefit,
        card_start,
        criteria_checked: reasons.len(),
        criteria_met,
        reasons,
        next_change: None,
        social_pension_hint,
        poverty_lines,
        planned_changes,
        local_notices,
        no_local_data: local.is_empty(),
        other_local_support,
    })
}

fn social_pension_hint(
    answers: &Answers,
    policy: &Policy,
    rates: &Rates,
    local: &LocalTopUps,
    date: Date,
) -> Option<SocialPensionHint> {
    if answers.work() == Some(Work::Pensioner)
        || matches!(answers.social_pension(), Some(Reply::Given(SocialPension::Receiving)))
    {
        return None;
    }
    if matches!(answers.survivor_allowance(), Some(Reply::Given(YesNo::Yes))) {
        return None;
    }
    let poor_or_near_poor = matches!(answers.poverty(), Some(Reply::Given(Poverty::Poor | Poverty::NearPoor)));
    let who = match answers.age()? {
        AgeBand::From75 => SocialPensionAge::From75,
        AgeBand::From70To74 if poor_or_near_poor => SocialPensionAge::From70To74PoorOrNearPoor,
        _ => return None,
    };
    let local_amount = local.social_pension_on(date).filter(|local| local.amount > rates.social_pension);
    Some(SocialPensionHint {
        monthly: local_amount.map_or(rates.social_pension, |local| local.amount),
        who,
        age: policy.social_pension_age.on(date).ok()?.value,
        age_poor: policy.social_pension_age_poor.on(date).ok()?.value,
        national: rates.social_pension,
        national_confidence: rates.social_pension_confidence,
        national_basis: rates.social_pension_basis.clone(),
        local: local_amount.map(|amount| LocalSocialPension {
            province: local.province.clone(),
            amount: amount.amount,
            confidence: amount.confidence,
            basis: amount.basis.clone(),
        }),
        citation: policy.citations.social_pension.text.clone(),
    })
}

fn card_start(
    policy: &Policy,
    group: Group,
    share: &StateShare,
    answers: &Answers,
    rates: &Rates,
    date: Date,
) -> Result<CardStart, EngineError> {
    let school = &policy.school;
    let base = CardStart {
        rule: CardStartRule::FromApprovedList,
        basis: policy.citations.card_validity.text.clone(),
        valid_from_if_paid_today: None,
        waiting_period_warning: false,
        fully_supported: false,
        under_six_until: school.under_six_card_until.on(date)?.value,
        under_six_months: school.under_six_months.on(date)?.value,
        gap_days: rates.gap_days,
        waiting_days: rates.waiting_days,
        paid_on: date,
        valid_after_waiting: date.add_days(i64::from(rates.waiting_days)),
    };
    let simple = |rule: CardStartRule, basis: &str| CardStart { rule, basis: basis.to_owned(), ..base.clone() };
    let cards = policy.citations.card_validity.text.as_str();
    let lists = policy.citations.lists.text.as_str();
    Ok(match group {
        Group::ChildUnder6 => simple(CardStartRule::UnderSixUntilSeptemberThirty, cards),
        Group::PupilOrStudent if answers.school() == Some(School::EnteringGradeOne) => {
            // Grade-1 enrolment happens in June–August, so from June the card starts this school year.
            let year = if date.month >= 6 { date.year } else { date.year - 1 };
            let first_day = school.grade_one_card_from.on(date)?.value;
            let from = first_day.in_year(year).map_err(|_| school.grade_one_card_from.not_covered(date))?;
            CardStart { valid_from_if_paid_today: Some(from), ..simple(CardStartRule::GradeOneFromOctoberFirst, cards) }
        }
        Group::PupilOrStudent => simple(CardStartRule::ThroughSchool, cards),
        Group::Employee => simple(CardStartRule::ThroughEmployer, lists),
        Group::Unemployed => simple(CardStartRule::FromUnemploymentBenefit, cards),
        Group::Pensioner => simple(CardStartRule::WithPension, &policy.citations.pension_card.text),
        Group::PoorOrDisadvantagedArea | Group::SocialAssistance | Group::SocialPension | Group::SurvivorAllowance => {
            simple(CardStartRule::FromApprovedList, cards)
        }
        _ if group.clause() <= 3 => simple(CardStartRule::ByManagingAgency, lists),
        _ if share.total == Percent::FULL => {
            CardStart { fully_supported: true, ..simple(CardStartRule::FromApprovedList, cards) }
        }
        _ => {
            let basis = rates.waiting_basis.as_str();
            match answers.card_history() {
                Some(Reply::Given(CardHistory::Continuous)) => {
                    CardStart { valid_from_if_paid_today: Some(date), ..simple(CardStartRule::FromPayment, basis) }
                }
                Some(Reply::Given(_)) => CardStart {
                    valid_from_if_paid_today: Some(base.valid_after_waiting),
                    waiting_period_warning: true,
                    ..simple(CardStartRule::AfterWaitingPeriod, basis)
                },
                _ => CardStart { waiting_period_warning: true, ..simple(CardStartRule::WaitingPeriodUnknown, basis) },
            }
        }
    })
}
