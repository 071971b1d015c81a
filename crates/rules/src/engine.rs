//! The estimate: from the answers, the policy, the local top-ups and a date, to the group, who
//! pays, how much, the benefit level, when the card starts and why. Plain functions, no I/O.

use crate::answers::*;
use crate::assessment::*;
use crate::groups::{evaluate, Criterion, Group, Match, Payer};
use crate::local::{Learner, LocalTopUps, TopUpTarget};
use crate::money::{format_dong, Percent};
use crate::policy::{DatedValue, KnownChange, Policy, PovertyLine};
use crate::questions::*;
use crate::rates::Rates;
use bhyt_core::lowercase_first;
use bhyt_core::Date;

/// Shown with every result.
pub const DISCLAIMER: &str = "Đây là ước tính — cơ quan BHXH quyết định.";

/// How amounts are rounded (see [`crate::money`]).
pub const ROUNDING_RULE: &str = "Số tiền mỗi tháng được làm tròn đến đồng (từ 0,5 đồng làm tròn lên); số tiền mỗi năm bằng số tiền mỗi tháng nhân 12, vì BHXH thu theo tháng (3, 6 hoặc 12 tháng một lần).";

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

/// The hint beside the poverty question (short) and on a "don't know" result (with the basis),
/// for a ward (urban line) or a commune (rural line). `office` names who decides, e.g. `UBND phường`.
pub fn poverty_line_hint(lines: &PovertyLines, urban: bool, office: &str, with_basis: bool) -> String {
    let area = if urban { "thành thị" } else { "nông thôn" };
    let amount = |on: &PovertyLineOn| format_dong(if urban { on.line.urban } else { on.line.rural });
    let mut text = String::new();
    if let Some(current) = &lines.current {
        text.push_str(&format!(
            "Hiện nay, hộ ở {area} có thu nhập bình quân từ {}/người/tháng trở xuống có thể được xét là hộ nghèo hoặc hộ cận nghèo.",
            amount(current)
        ));
    }
    if let Some(next) = &lines.next {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(&format!(
            "Từ {}, mức này là {}; danh sách năm {} được rà soát theo mức mới.",
            next.from.to_vietnamese(),
            amount(next),
            next.from.year
        ));
        if with_basis {
            text.push_str(&format!(" Căn cứ: {}.", next.basis));
        }
    }
    if with_basis {
        text.push_str(&format!(
            " Chỉ danh sách do {office} lập mới quyết định gia đình có thuộc hộ nghèo, hộ cận nghèo hay không."
        ));
    }
    text
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
    let text = match cheaper {
        Route::Household => format!(
            "Với {members} người, mua theo hộ gia đình rẻ hơn: {} so với {} mỗi năm.",
            format_dong(household_total.yearly),
            format_dong(subsidised_total.yearly)
        ),
        Route::Subsidised => format!(
            "Với {members} người, mua theo nhóm được hỗ trợ rẻ hơn: {} so với {} mỗi năm.",
            format_dong(subsidised_total.yearly),
            format_dong(household_total.yearly)
        ),
        Route::Equal => {
            format!("Với {members} người, hai cách bằng nhau: {} mỗi năm.", format_dong(household_total.yearly))
        }
    };
    RouteComparison {
        members,
        support,
        subsidised_per_person: per_person,
        subsidised_total,
        household_total,
        cheaper,
        household_cheaper_from,
        text,
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
    assessment.next_change = next_change(&answers, policy, local, date, &assessment)?;
    Ok(assessment)
}

fn next_change(
    answers: &Answers,
    policy: &Policy,
    local: &LocalTopUps,
    date: Date,
    now: &Assessment,
) -> Result<Option<NextChange>, EngineError> {
    let changes = policy.known_changes_after(date);
    let Some(first) = changes.first().map(|change| change.from) else { return Ok(None) };
    let changes: Vec<KnownChange> = changes.into_iter().filter(|change| change.from == first).collect();
    let then = estimate(answers, policy, local, first)?;
    let mut text = format!("Từ {}: ", first.to_vietnamese());
    text.push_str(
        &changes
            .iter()
            .map(|change| format!("{} là {}", lowercase_first(&change.label), change.text))
            .collect::<Vec<_>>()
            .join("; "),
    );
    text.push('.');
    if then.you_pay != now.you_pay {
        if let Some(amount) = then.you_pay {
            text.push_str(&format!(
                " Số bạn đóng sẽ là {}/tháng, {}/năm.",
                format_dong(amount.monthly),
                format_dong(amount.yearly)
            ));
        }
    }
    if then.benefit.level != now.benefit.level {
        text.push_str(&format!(" Mức hưởng sẽ là {}.", then.benefit.level));
    }
    Ok(Some(NextChange {
        from: first,
        changes,
        you_pay: then.you_pay,
        household_total: then.household.as_ref().map(|ladder| ladder.total),
        benefit_level: then.benefit.level,
        text,
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
                    confidence_label: item.confidence.label(),
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

fn info_for(criterion: &Criterion, answers: &Answers, date: Date) -> Vec<InfoToCheck> {
    let year = date.year;
    let poverty_check = || InfoToCheck {
        question: QuestionId::Poverty,
        what: format!("Gia đình có trong danh sách hộ nghèo hoặc hộ cận nghèo năm {year} không"),
        where_to_ask: "Hỏi trưởng thôn, tổ trưởng tổ dân phố, hoặc công chức văn hóa – xã hội của UBND xã, phường."
            .into(),
    };
    let area_check = || {
        InfoToCheck {
        question: QuestionId::Area,
        what: "Thôn, ấp, tổ dân phố nơi bạn ở có thuộc vùng khó khăn, đặc biệt khó khăn, xã đảo, vùng đồng bào dân tộc thiểu số và miền núi, hoặc xã nghèo không".into(),
        where_to_ask: "Hỏi UBND xã, phường hoặc trưởng thôn.".into(),
    }
    };
    match criterion.group {
        Group::PoorOrDisadvantagedArea => {
            let mut checks = Vec::new();
            if matches!(answers.poverty(), Some(Reply::Unknown)) {
                checks.push(poverty_check());
            }
            if matches!(answers.areas(), Some(Reply::Unknown)) {
                checks.push(area_check());
            }
            checks
        }
        Group::NearPoor => vec![poverty_check()],
        Group::SocialAssistance => vec![InfoToCheck {
            question: QuestionId::SocialAssistance,
            what: "Người này có trong danh sách hưởng trợ cấp xã hội hằng tháng không".into(),
            where_to_ask: "Hỏi công chức văn hóa – xã hội của UBND xã, phường.".into(),
        }],
        Group::SurvivorAllowance => vec![InfoToCheck {
            question: QuestionId::SurvivorAllowance,
            what: "Người này có đang hưởng trợ cấp tuất hằng tháng của bảo hiểm xã hội không".into(),
            where_to_ask: "Xem giấy báo của BHXH, ứng dụng VssID, hoặc hỏi BHXH cơ sở.".into(),
        }],
        Group::SocialPension => vec![InfoToCheck {
            question: QuestionId::SocialPension,
            what: "Người này có đang nhận trợ cấp hưu trí xã hội hằng tháng không".into(),
            where_to_ask: "Hỏi UBND xã, phường; nếu chưa nhận mà đủ tuổi, có thể làm đơn ngay tại đó.".into(),
        }],
        Group::FarmHousehold => vec![InfoToCheck {
            question: QuestionId::FarmHousehold,
            what: format!("Gia đình có trong danh sách hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình năm {year} không"),
            where_to_ask: "Hỏi trưởng thôn hoặc UBND xã, phường.".into(),
        }],
        _ => Vec::new(),
    }
}

fn assumption_for(question: QuestionId, rates: &Rates) -> String {
    let text = match question {
        QuestionId::Poverty => "Tạm tính như gia đình không thuộc hộ nghèo, hộ cận nghèo.",
        QuestionId::Area => "Tạm tính như nơi ở không thuộc vùng khó khăn, xã đảo hay xã nghèo.",
        QuestionId::SocialAssistance => "Tạm tính như không hưởng trợ cấp xã hội hằng tháng.",
        QuestionId::SurvivorAllowance => "Tạm tính như không hưởng trợ cấp tuất hằng tháng.",
        QuestionId::SocialPension => "Tạm tính như chưa nhận trợ cấp hưu trí xã hội.",
        QuestionId::FarmHousehold => {
            "Tạm tính như gia đình không thuộc hộ nông, lâm, ngư, diêm nghiệp có mức sống trung bình."
        }
        QuestionId::CardHistory => return format!("Chưa rõ có phải chờ {} ngày hay không.", rates.waiting_days),
        QuestionId::MonthlySalary => "Chưa tính được số tiền vì chưa rõ tiền lương.",
        _ => "",
    };
    text.to_owned()
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
    let (you_pay, payment_text) = match group.payer() {
        Payer::EmployerAndEmployee => match answers.monthly_salary() {
            Some(Reply::Given(salary)) => {
                let cap = rates.base_salary * u64::from(rates.salary_cap_multiple);
                let counted = salary.min(cap);
                let yours = rates.employee_rate.of(counted);
                employer_pays = Some(Amount::from_monthly(rates.premium_rate.of(counted) - yours));
                let mut text = format!(
                    "Bạn đóng {} tiền lương tháng, đơn vị trừ vào lương: {}/tháng.",
                    rates.employee_rate,
                    format_dong(yours)
                );
                if salary > cap {
                    text.push_str(&format!(
                        " Tiền lương tính đóng tối đa là {} ({} lần lương cơ sở).",
                        format_dong(cap),
                        rates.salary_cap_multiple
                    ));
                }
                (Some(Amount::from_monthly(yours)), text)
            }
            _ => (
                None,
                format!(
                    "Bạn đóng {} tiền lương tháng; đơn vị sử dụng lao động trừ vào lương và đóng thêm phần của đơn vị.",
                    rates.employee_rate
                ),
            ),
        },
        Payer::CommuneAndPerson => {
            let yours = rates.employee_rate.of(rates.base_salary);
            employer_pays = Some(Amount::from_monthly(premium - yours));
            (
                Some(Amount::from_monthly(yours)),
                format!(
                    "Bạn đóng {} lương cơ sở: {}/tháng; ngân sách xã đóng phần còn lại.",
                    rates.employee_rate,
                    format_dong(yours)
                ),
            )
        }
        Payer::SocialInsuranceFund | Payer::StateBudget => (Some(Amount::ZERO), "Bạn không phải đóng tiền.".to_owned()),
        Payer::PersonWithStateSupport | Payer::Household | Payer::Person => {
            let yours = Amount::from_monthly(share.total.complement().of(premium));
            let text = if yours.monthly == 0 {
                "Bạn không phải đóng tiền: ngân sách trả toàn bộ.".to_owned()
            } else if share.total > Percent::ZERO {
                format!(
                    "Bạn đóng {} mức đóng: {}/tháng, {}/năm.",
                    share.total.complement(),
                    format_dong(yours.monthly),
                    format_dong(yours.yearly)
                )
            } else {
                format!(
                    "Mức đóng là {} lương cơ sở: {}/tháng, {}/năm.",
                    rates.premium_rate,
                    format_dong(yours.monthly),
                    format_dong(yours.yearly)
                )
            };
            (Some(yours), text)
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
        yearly_copay_cap: copay_cap,
        full_cover_cases: vec![
            format!("Một lần khám chữa bệnh có chi phí dưới {} ({} lương cơ sở): quỹ trả toàn bộ.", format_dong(low_cost), rates.low_cost_share),
            format!(
                "Khám chữa bệnh tại trạm y tế xã, phường và cơ sở cấp ban đầu: quỹ trả {} chi phí trong phạm vi được hưởng.",
                policy.school.primary_care_benefit.on(date)?.value
            ),
            format!(
                "Tham gia 5 năm liên tục và phần tự trả trong năm vượt {} ({} lần lương cơ sở): quỹ trả toàn bộ phần vượt.",
                format_dong(copay_cap),
                rates.copay_cap_multiple
            ),
            "Cấp cứu ở bất kỳ cơ sở nào: được hưởng đủ mức hưởng.".into(),
        ],
    };

    let card_start = card_start(policy, group, &share, answers, &rates, date)?;

    // Unknown answers: what to check, and what the estimate assumed.
    let mut needs_more_info: Vec<InfoToCheck> = Vec::new();
    for criterion in criteria.iter().filter(|c| c.status == Match::Unknown) {
        for check in info_for(criterion, answers, date) {
            if !needs_more_info.iter().any(|known| known.what == check.what) {
                needs_more_info.push(check);
            }
        }
    }
    if matches!(answers.card_history(), Some(Reply::Unknown)) {
        needs_more_info.push(InfoToCheck {
            question: QuestionId::CardHistory,
            what: format!("Thẻ BHYT cũ hết hạn từ ngày nào (để biết có phải chờ {} ngày không)", rates.waiting_days),
            where_to_ask:
                "Tra cứu trên ứng dụng VssID, hoặc mục “Tra cứu thời hạn sử dụng thẻ BHYT” tại baohiemxahoi.gov.vn."
                    .into(),
        });
    }
    if matches!(answers.monthly_salary(), Some(Reply::Unknown)) {
        needs_more_info.push(InfoToCheck {
            question: QuestionId::MonthlySalary,
            what: "Tiền lương tháng dùng để đóng bảo hiểm xã hội".into(),
            where_to_ask: "Xem hợp đồng lao động, phiếu lương, hoặc hỏi bộ phận kế toán của đơn vị.".into(),
        });
    }
    let mut assumptions: Vec<String> = Vec::new();
    for check in &needs_more_info {
        let text = assumption_for(check.question, &rates);
        if !text.is_empty() && !assumptions.contains(&text) {
            assumptions.push(text);
        }
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
    let local_notices = local
        .notices_on(date, &targets)
        .map(|notice| format!("{} (độ tin cậy: {}; căn cứ: {})", notice.text, notice.confidence.label(), notice.basis))
        .collect();
    let local_note = local.is_empty().then(|| {
        "Chưa có thông tin hỗ trợ thêm của tỉnh, thành phố: trang tính theo mức tối thiểu của Nhà nước. Tỉnh, thành phố có thể hỗ trợ thêm; hãy hỏi UBND xã, phường.".to_owned()
    });
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
        assumptions,
        group: GroupInfo::new(group, policy),
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
        payer_text: if group.payer().person_pays() && you_pay == Some(Amount::ZERO) && group.clause() >= 4 {
            "Ngân sách nhà nước và địa phương đóng toàn bộ, bạn không phải đóng"
        } else {
            group.payer().description()
        },
        state_share: share,
        full_premium: Amount::from_monthly(premium),
        you_pay,
        employer_pays,
        payment_text,
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
        local_note,
        other_local_support,
        rounding_rule: ROUNDING_RULE,
        disclaimer: DISCLAIMER,
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
        AgeBand::From75 => "Người từ đủ 75 tuổi không có lương hưu, trợ cấp bảo hiểm xã hội hằng tháng",
        AgeBand::From70To74 if poor_or_near_poor => {
            "Người từ đủ 70 đến dưới 75 tuổi thuộc hộ nghèo, hộ cận nghèo, không có lương hưu"
        }
        _ => return None,
    };
    let national = format!(
        "mức chung toàn quốc {}/tháng (độ tin cậy: {})",
        format_dong(rates.social_pension),
        rates.social_pension_confidence.label()
    );
    let local_amount = local.social_pension_on(date).filter(|local| local.amount > rates.social_pension);
    let monthly = local_amount.map_or(rates.social_pension, |local| local.amount);
    let (amounts, bases) = match local_amount {
        Some(local_amount) => (
            format!(
                "ở {} {}/tháng (độ tin cậy: {}); {national}",
                local.province,
                format_dong(local_amount.amount),
                local_amount.confidence.label()
            ),
            format!("{}; {}", local_amount.basis, rates.social_pension_basis),
        ),
        None => (national, rates.social_pension_basis.clone()),
    };
    let text = format!(
        "{who} có thể làm đơn gửi UBND xã, phường để nhận trợ cấp hưu trí xã hội hằng tháng và được Nhà nước đóng bảo hiểm y tế. Mức trợ cấp: {amounts}. Căn cứ: {}. Mức trợ cấp: {bases}.",
        policy.citations.social_pension.text
    );
    Some(SocialPensionHint { monthly, text })
}

fn card_start(
    policy: &Policy,
    group: Group,
    share: &StateShare,
    answers: &Answers,
    rates: &Rates,
    date: Date,
) -> Result<CardStart, EngineError> {
    let simple = |rule: CardStartRule, text: &str, basis: &str| CardStart {
        rule,
        text: text.to_owned(),
        basis: basis.to_owned(),
        valid_from_if_paid_today: None,
        waiting_period_warning: false,
    };
    let cards = policy.citations.card_validity.text.as_str();
    let lists = policy.citations.lists.text.as_str();
    let school = &policy.school;
    let under_six_until = school.under_six_card_until.on(date)?.value;
    let under_six_until = format!("{}/{}", under_six_until.day, under_six_until.month);
    Ok(match group {
        Group::ChildUnder6 => simple(
            CardStartRule::UnderSixUntilSeptemberThirty,
            &format!(
                "Thẻ có giá trị từ khi sinh đến hết ngày {under_six_until} của năm trẻ đủ 72 tháng tuổi; trẻ sinh sau ngày {under_six_until} thì đến hết tháng trẻ đủ 72 tháng tuổi. Thẻ được cấp cùng khi đăng ký khai sinh."
            ),
            cards,
        ),
        Group::PupilOrStudent if answers.school() == Some(School::EnteringGradeOne) => {
            // Grade-1 enrolment happens in June–August, so from June the card starts this school year.
            let year = if date.month >= 6 { date.year } else { date.year - 1 };
            let first_day = school.grade_one_card_from.on(date)?.value;
            let from = first_day
                .in_year(year)
                .map_err(|_| school.grade_one_card_from.not_covered(date))?;
            CardStart {
                rule: CardStartRule::GradeOneFromOctoberFirst,
                text: format!(
                    "Thẻ học sinh lớp 1 có giá trị từ ngày {}, nối tiếp thẻ trẻ em dưới 6 tuổi (trẻ sinh sau {under_six_until}: từ ngày kế tiếp ngày hết hạn thẻ trẻ em). Nhà trường thu và làm thẻ.",
                    from.to_vietnamese()
                ),
                basis: cards.into(),
                valid_from_if_paid_today: Some(from),
                waiting_period_warning: false,
            }
        }
        Group::PupilOrStudent => simple(
            CardStartRule::ThroughSchool,
            "Học sinh, sinh viên mua thẻ tại trường; thẻ có giá trị theo đợt thu của nhà trường. Sinh viên năm thứ nhất có thẻ từ ngày nhập học.",
            cards,
        ),
        Group::Employee => simple(
            CardStartRule::ThroughEmployer,
            "Đơn vị sử dụng lao động lập danh sách khi bạn bắt đầu làm việc và đóng hằng tháng; thẻ có giá trị từ khi đơn vị đóng.",
            lists,
        ),
        Group::Unemployed => simple(CardStartRule::FromUnemploymentBenefit, "Thẻ có giá trị từ ngày đầu tiên hưởng trợ cấp thất nghiệp.", cards),
        Group::Pensioner => simple(
            CardStartRule::WithPension,
            "Cơ quan bảo hiểm xã hội cấp thẻ cùng với lương hưu hoặc trợ cấp.",
            &policy.citations.pension_card.text,
        ),
        Group::PoorOrDisadvantagedArea | Group::SocialAssistance | Group::SocialPension | Group::SurvivorAllowance => simple(
            CardStartRule::FromApprovedList,
            "Thẻ có giá trị từ ngày ghi trong danh sách hoặc quyết định được duyệt. UBND xã, phường lập danh sách; bạn không phải đóng tiền.",
            cards,
        ),
        _ if group.clause() <= 3 => simple(
            CardStartRule::ByManagingAgency,
            "Cơ quan, đơn vị quản lý lập danh sách và làm thẻ; bạn không phải đóng tiền.",
            lists,
        ),
        _ if share.total == Percent::FULL => simple(
            CardStartRule::FromApprovedList,
            "Ngân sách đóng toàn bộ: thẻ có giá trị từ ngày ghi trong danh sách được duyệt. Hãy hỏi UBND xã, phường để được đưa vào danh sách.",
            cards,
        ),
        _ => {
            let basis = rates.waiting_basis.clone();
            let after_wait = date.add_days(i64::from(rates.waiting_days));
            match answers.card_history() {
                Some(Reply::Given(CardHistory::Continuous)) => CardStart {
                    rule: CardStartRule::FromPayment,
                    text: format!(
                        "Gia hạn trước khi thẻ cũ hết hạn (hoặc hết hạn chưa đến {} ngày): thẻ mới có giá trị từ ngày đóng tiền, nối tiếp thẻ cũ, không phải chờ.",
                        rates.gap_days
                    ),
                    basis,
                    valid_from_if_paid_today: Some(date),
                    waiting_period_warning: false,
                },
                Some(Reply::Given(_)) => CardStart {
                    rule: CardStartRule::AfterWaitingPeriod,
                    text: format!(
                        "Mua lần đầu hoặc thẻ đã hết hạn từ {} ngày trở lên: thẻ chỉ dùng được sau {} ngày kể từ ngày đóng đủ tiền. Ví dụ đóng ngày {} thì thẻ có giá trị từ ngày {}. Hãy mua sớm, đừng đợi đến khi ốm.",
                        rates.gap_days,
                        rates.waiting_days,
                        date.to_vietnamese(),
                        after_wait.to_vietnamese()
                    ),
                    basis,
                    valid_from_if_paid_today: Some(after_wait),
                    waiting_period_warning: true,
                },
                _ => CardStart {
                    rule: CardStartRule::WaitingPeriodUnknown,
                    text: format!(
                        "Nếu thẻ cũ còn hạn hoặc hết hạn chưa đến {} ngày, thẻ mới có giá trị ngay từ ngày đóng tiền. Nếu mua lần đầu hoặc thẻ hết hạn từ {} ngày trở lên, phải chờ {} ngày (đóng ngày {} thì từ ngày {}).",
                        rates.gap_days,
                        rates.gap_days,
                        rates.waiting_days,
                        date.to_vietnamese(),
                        after_wait.to_vietnamese()
                    ),
                    basis,
                    valid_from_if_paid_today: None,
                    waiting_period_warning: true,
                },
            }
        }
    })
}
