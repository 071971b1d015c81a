//! Routing: which question comes next. Routing only: the questions are data in
//! [`crate::questions`], amounts and group decisions are in [`crate::engine`]. Routing asks the group classifier
//! ([`crate::groups`]) whether an earlier answer already settles the result, as GOV.UK smart
//! answers' `next_node` asks its calculator.

use crate::answers::*;
use crate::groups::{matched_groups, Group};
use crate::questions::*;

/// The question after the ones answered, or `None` when every relevant question is answered
/// (go to the check-your-answers page).
pub fn next_question(answers: &Answers) -> Option<QuestionId> {
    let path = path(answers);
    path.last().copied().filter(|last| !answers.contains(*last))
}

/// The questions asked for these answers, in order, up to and including the first unanswered one.
/// A changed early answer changes the path; answers off the path are ignored and not written back.
pub fn path(answers: &Answers) -> Vec<QuestionId> {
    let mut asked: Vec<QuestionId> = Vec::new();
    // The answers so far and their groups change only when a question is added.
    let mut so_far = Answers::new();
    let mut groups = matched_groups(&so_far);
    for id in QuestionId::ALL {
        // Once settled, only the social pension is still worth asking: it changes the next step.
        let wanted = if settled(&groups) {
            id == QuestionId::SocialPension && may_receive_social_pension(&so_far)
        } else {
            is_relevant(id, &so_far, &groups)
        };
        if wanted {
            asked.push(id);
            so_far = answers.restricted_to(&asked);
            groups = matched_groups(&so_far);
            if !answers.contains(id) {
                break;
            }
        }
    }
    asked
}

/// The answers that count: those on the path. The engine uses only these, and the page writes
/// only these to the URL.
pub fn relevant_answers(answers: &Answers) -> Answers {
    answers.restricted_to(&path(answers))
}

/// The questions shown on the page that starts at `first`, for the answers before it: `first`,
/// then each next question on the path that shares its page. The page's unanswered questions are
/// taken as "no" to find them: "no" is the widest answer, as a "yes" only ends the path sooner.
pub fn page_from(answers: &Answers, first: QuestionId) -> Vec<QuestionId> {
    let mut page = vec![first];
    let Some(shared) = question(first).shared_page else { return page };
    let before: Vec<QuestionId> = path(answers).into_iter().take_while(|id| *id != first).collect();
    let mut supposed = answers.restricted_to(&before);
    let mut current = first;
    loop {
        let _ = supposed.set(current, &supposed_no(current));
        match next_question(&supposed) {
            Some(next) if next > current && shares_page(next, shared) => {
                page.push(next);
                current = next;
            }
            _ => return page,
        }
    }
}

/// Every question the page that starts at `first` may show, whatever the earlier answers: the
/// page as written at build time, before the answers in the address are known.
pub fn widest_page(first: QuestionId) -> Vec<QuestionId> {
    let Some(shared) = question(first).shared_page else { return vec![first] };
    QuestionId::ALL.into_iter().filter(|id| *id == first || (*id > first && shares_page(*id, shared))).collect()
}

/// Whether question `id` goes on a page of the kind `shared`.
fn shares_page(id: QuestionId, shared: SharedPage) -> bool {
    question(id).shared_page.is_some_and(|page| page.same_page(shared))
}

/// The answer a shared page's question is supposed to have while the page is worked out.
fn supposed_no(id: QuestionId) -> String {
    let spec = question(id);
    match (spec.shared_page, spec.kind) {
        (Some(SharedPage::Checklist { unticked, .. }), _) => unticked.to_owned(),
        (_, QuestionKind::Number { min, .. }) => min.to_string(),
        _ => spec.options[0].value.to_owned(),
    }
}

/// The path cut into pages: the questions answered together, in order.
pub fn pages(answers: &Answers) -> Vec<Vec<QuestionId>> {
    let path = path(answers);
    let mut pages = Vec::new();
    let mut rest = &path[..];
    while let Some(first) = rest.first() {
        let shown = page_from(answers, *first);
        let on_page = rest.iter().take_while(|id| shown.contains(id)).count();
        pages.push(rest[..on_page].to_vec());
        rest = &rest[on_page..];
    }
    pages
}

/// The first question of the page before the one holding `current` (the back link), or `None`
/// on the first page. A question off the path goes back to the last page.
pub fn previous_page(answers: &Answers, current: QuestionId) -> Option<QuestionId> {
    let pages = pages(answers);
    let position = pages.iter().position(|page| page.contains(&current)).unwrap_or(pages.len());
    position.checked_sub(1).map(|index| pages[index][0])
}

/// True once a group gives free cover with the highest benefit: nothing asked later can change
/// the price or the benefit.
fn settled(groups: &[Group]) -> bool {
    groups.iter().any(|group| group.is_free_with_full_benefit())
}

/// Old enough for the social pension (75+, or 70–74 poor or near-poor, or poverty unknown) and
/// without a pension.
fn may_receive_social_pension(answers: &Answers) -> bool {
    let age = answers.age();
    let poor_or_unknown =
        matches!(answers.poverty(), Some(Reply::Given(Poverty::Poor | Poverty::NearPoor) | Reply::Unknown));
    let eligible_age = age == Some(AgeBand::From75) || (age == Some(AgeBand::From70To74) && poor_or_unknown);
    eligible_age && answers.work() != Some(Work::Pensioner)
}

/// The groups the person could join under, by Art 13 cl 5 without comparing support: a commune
/// part-timer joins under any BHXH-paid, state-paid or state-supported group first.
fn joining_candidates(groups: &[Group]) -> Vec<Group> {
    let other_than_part_timer = groups.iter().any(|group| (2..=4).contains(&group.clause()));
    groups.iter().copied().filter(|group| !(other_than_part_timer && *group == Group::CommunePartTimer)).collect()
}

/// Someone else pays in full, or the person pays through an employer, the commune or a school:
/// questions about other support, the household route and the waiting period do not apply. A
/// pupil or student who is also in another state-supported group may join under that group
/// (the highest support), so is not paid for elsewhere.
fn paid_elsewhere(groups: &[Group]) -> bool {
    let joining = joining_candidates(groups);
    let other_supported = joining.iter().any(|group| group.clause() == 4 && *group != Group::PupilOrStudent);
    joining.iter().any(|group| matches!(group.clause(), 2..=3))
        || joining.iter().any(|group| group.clause() == 1 && *group != Group::CommunePartTimer)
        || (joining.contains(&Group::PupilOrStudent) && !other_supported)
}

/// Whether `id` is asked after `answers`, whose groups are `groups`.
fn is_relevant(id: QuestionId, answers: &Answers, groups: &[Group]) -> bool {
    let age = answers.age();
    let work = answers.work();
    let adult = matches!(age, Some(AgeBand::From18To59 | AgeBand::From60To69 | AgeBand::From70To74 | AgeBand::From75));
    let poverty = answers.poverty();
    let near_poor_or_unknown = matches!(poverty, Some(Reply::Given(Poverty::NearPoor) | Reply::Unknown));
    let pupil_age = age == Some(AgeBand::From6To17);
    let school_age_or_student = pupil_age || work == Some(Work::Student);
    let studying =
        work == Some(Work::Student) || matches!(answers.school(), Some(School::EnteringGradeOne | School::AtSchool));
    let paid_elsewhere = paid_elsewhere(groups);
    // A commune part-timer may be in a state-supported group too, which then comes first.
    let no_other_work = matches!(work, Some(Work::None | Work::CommunePartTimer));
    match id {
        QuestionId::Age => true,
        QuestionId::Work => adult,
        QuestionId::MonthlySalary => work == Some(Work::Employee),
        QuestionId::Merit => age.is_some() && work.is_some() || pupil_age,
        QuestionId::Poverty => answers.merit().is_some(),
        QuestionId::Area => poverty.is_some(),
        QuestionId::EthnicMinority => {
            let ethnic_areas = [Area::Difficult, Area::EthnicMinorityMountain, Area::LeftDifficultList];
            answers.areas().is_some()
                && (school_age_or_student || ethnic_areas.iter().any(|area| answers.lives_in(*area)))
        }
        QuestionId::SocialPension => {
            let eligible_age = age == Some(AgeBand::From75)
                || (age == Some(AgeBand::From70To74)
                    && matches!(poverty, Some(Reply::Given(Poverty::Poor | Poverty::NearPoor) | Reply::Unknown)));
            answers.areas().is_some() && eligible_age && work != Some(Work::Pensioner)
        }
        QuestionId::SurvivorAllowance => {
            let eligible_age =
                age == Some(AgeBand::From75) || (age == Some(AgeBand::From70To74) && near_poor_or_unknown);
            answers.areas().is_some()
                && eligible_age
                && !matches!(answers.social_pension(), Some(Reply::Given(SocialPension::Receiving)))
        }
        QuestionId::SocialAssistance => answers.areas().is_some(),
        QuestionId::School => pupil_age && answers.social_assistance().is_some() && !paid_elsewhere,
        QuestionId::VillageRole => answers.social_assistance().is_some() && no_other_work && !paid_elsewhere,
        QuestionId::FarmHousehold => {
            answers.social_assistance().is_some()
                && !paid_elsewhere
                && !studying
                && !matches!(poverty, Some(Reply::Given(Poverty::NearPoor)))
                && (!pupil_age || answers.school().is_some())
                && (!no_other_work || answers.village_role().is_some())
        }
        QuestionId::HouseholdMembers | QuestionId::CardHistory => {
            let before_answered = if id == QuestionId::HouseholdMembers {
                answers.social_assistance().is_some()
                    && (answers.farm_household().is_some() || !is_relevant(QuestionId::FarmHousehold, answers, groups))
                    && (!pupil_age || answers.school().is_some())
            } else {
                answers.household_members().is_some()
            };
            before_answered && !paid_elsewhere && groups_allow_household(groups)
        }
    }
}

/// Household and waiting-period questions matter for clause 5 and for the clause-4 groups that
/// may choose the household route (a pupil or student in such a group may join under it).
fn groups_allow_household(groups: &[Group]) -> bool {
    joining_candidates(groups)
        .iter()
        .filter(|group| **group != Group::PupilOrStudent)
        .all(|group| group.clause() >= 4 && (group.clause() == 5 || group.may_choose_household_route()))
}
