//! What the rules-review page (`/quy-dinh/`) shows, taken from the same code the wizard runs, as
//! GOV.UK smart answers' `visualise` shows a flow: the groups in Article 12 order with the
//! answers that lead to each, and every question with the answers after which it is asked
//! (found by walking the flow, not written by hand).

use crate::answers::*;
use crate::flow::next_question;
use crate::groups::Group;
use crate::questions::*;
use std::collections::{BTreeMap, BTreeSet};

/// Every group the wizard can recognise, in Article 12 order.
pub const GROUPS: [Group; 25] = [
    Group::Employee,
    Group::CommunePartTimer,
    Group::Pensioner,
    Group::Unemployed,
    Group::ArmedForces,
    Group::StandingMilitia,
    Group::MeritOrVeteran,
    Group::ChildUnder6,
    Group::MartyrRelative,
    Group::MeritRelative,
    Group::ArmedForcesRelative,
    Group::PoorOrDisadvantagedArea,
    Group::SocialAssistance,
    Group::SurvivorAllowance,
    Group::SocialPension,
    Group::NearPoor,
    Group::PupilOrStudent,
    Group::SecurityForce,
    Group::FarmHousehold,
    Group::VillageHealthWorker,
    Group::VillagePartTimer,
    Group::EthnicMinorityLeftDifficultList,
    Group::Artisan,
    Group::HouseholdMember,
    Group::Individual,
];

/// One answer: a question and one of its URL values.
pub type Condition = (QuestionId, &'static str);

/// The sets of answers that place a person in `group`, each set enough on its own (a test runs
/// every set through [`evaluate`]). The clause-5 groups are the fallback when no other fits.
pub fn conditions(group: Group) -> Vec<Vec<Condition>> {
    use QuestionId::*;
    let one = |id: QuestionId, value: &'static str| vec![vec![(id, value)]];
    let oldest = [(Age, "75-tro-len")];
    match group {
        Group::Employee => one(Work, "lao-dong-co-hop-dong"),
        Group::CommunePartTimer => one(Work, "khong-chuyen-trach-xa"),
        Group::Pensioner => one(Work, "luong-huu"),
        Group::Unemployed => one(Work, "tro-cap-that-nghiep"),
        Group::ArmedForces => one(Work, "quan-doi-cong-an"),
        Group::StandingMilitia => one(Work, "dan-quan-thuong-truc"),
        Group::MeritOrVeteran => one(Merit, "nguoi-co-cong"),
        Group::ChildUnder6 => one(Age, "duoi-6"),
        Group::MartyrRelative => one(Merit, "than-nhan-liet-si"),
        Group::MeritRelative => one(Merit, "than-nhan-nguoi-co-cong"),
        Group::ArmedForcesRelative => one(Merit, "than-nhan-quan-doi-cong-an"),
        Group::PoorOrDisadvantagedArea => vec![
            vec![(Poverty, "ho-ngheo")],
            vec![(Area, "dac-biet-kho-khan")],
            vec![(Area, "xa-dao")],
            vec![(EthnicMinority, "co"), (Area, "kho-khan")],
            vec![(EthnicMinority, "co"), (Poverty, "ho-can-ngheo"), (Area, "vung-dan-toc-mien-nui")],
        ],
        Group::SocialAssistance => one(SocialAssistance, "co"),
        Group::SurvivorAllowance => vec![
            vec![oldest[0], (SurvivorAllowance, "co")],
            vec![(Age, "70-74"), (Poverty, "ho-can-ngheo"), (SurvivorAllowance, "co")],
        ],
        Group::SocialPension => one(SocialPension, "dang-nhan"),
        Group::NearPoor => one(Poverty, "ho-can-ngheo"),
        Group::PupilOrStudent => vec![
            vec![(Work, "sinh-vien")],
            vec![(Age, "6-17"), (School, "vao-lop-1")],
            vec![(Age, "6-17"), (School, "dang-di-hoc")],
        ],
        Group::SecurityForce => one(VillageRole, "an-ninh-trat-tu"),
        Group::FarmHousehold => one(FarmHousehold, "co"),
        Group::VillageHealthWorker => one(VillageRole, "y-te-thon"),
        Group::VillagePartTimer => one(VillageRole, "khong-chuyen-trach-thon-to"),
        Group::EthnicMinorityLeftDifficultList => vec![vec![(EthnicMinority, "co"), (Area, "ra-khoi-vung-kho-khan")]],
        Group::Artisan => one(VillageRole, "nghe-nhan"),
        Group::HouseholdMember => one(HouseholdMembers, "2"),
        Group::Individual => one(HouseholdMembers, "1"),
    }
}

/// A condition in words: `Tuổi: Dưới 6 tuổi`.
pub fn condition_text(condition: &Condition) -> String {
    let (id, value) = *condition;
    let spec = question(id);
    let answer = match spec.kind {
        QuestionKind::Number { unit, .. } if id == QuestionId::HouseholdMembers && value == "1" => {
            format!("1 {unit} (mua một mình)")
        }
        QuestionKind::Number { unit, .. } => format!("từ {value} {unit}"),
        _ => value_label(id, value),
    };
    format!("{} → {answer}", spec.title())
}

/// When a question is asked: the age bands, and for each earlier question that narrows it, the
/// answers after which it comes.
#[derive(Clone, Debug, PartialEq)]
pub struct QuestionReach {
    pub id: QuestionId,
    pub ages: Vec<&'static str>,
    pub after: Vec<(QuestionId, Vec<&'static str>)>,
}

/// The answers the walk tries at each question: every option and "không biết"; one value per
/// area (combinations add no new routes); typical numbers.
fn trial_values(id: QuestionId) -> Vec<&'static str> {
    let spec = question(id);
    let mut values: Vec<&'static str> = match spec.kind {
        // Household size and salary decide amounts, never which question comes next.
        QuestionKind::Number { .. } if id == QuestionId::HouseholdMembers => vec!["1"],
        QuestionKind::Number { .. } => vec!["5000000"],
        _ => spec.options.iter().map(|choice| choice.value).collect(),
    };
    if spec.allows_unknown {
        values.push(UNKNOWN_VALUE);
    }
    values
}

/// Walks every route through the questions and records, for each question, the answers given
/// before it on some route that reaches it.
pub fn question_reach() -> Vec<QuestionReach> {
    let mut seen: BTreeMap<QuestionId, BTreeMap<QuestionId, BTreeSet<&'static str>>> = BTreeMap::new();
    let mut stack = vec![Answers::new()];
    while let Some(answers) = stack.pop() {
        let Some(next) = next_question(&answers) else { continue };
        let before = seen.entry(next).or_default();
        for id in answers.answered().collect::<Vec<_>>() {
            let values = before.entry(id).or_default();
            match answers.get(id) {
                Some(AnswerValue::Choice(value)) => {
                    values.insert(value);
                }
                Some(AnswerValue::Choices(chosen)) => values.extend(chosen.iter().copied()),
                Some(AnswerValue::Unknown) => {
                    values.insert(UNKNOWN_VALUE);
                }
                _ => {
                    values.insert("*");
                }
            }
        }
        // The last question leads nowhere: reaching it is all there is to record.
        if next == QuestionId::ALL[QuestionId::ALL.len() - 1] {
            continue;
        }
        for value in trial_values(next) {
            let mut more = answers.clone();
            if more.set(next, value).is_ok() {
                stack.push(more);
            }
        }
    }
    QuestionId::ALL
        .into_iter()
        .filter_map(|id| {
            let before = seen.remove(&id)?;
            let in_option_order = |earlier: QuestionId, values: &BTreeSet<&'static str>| -> Vec<&'static str> {
                trial_values(earlier).into_iter().filter(|value| values.contains(value)).collect()
            };
            let ages =
                before.get(&QuestionId::Age).map(|ages| in_option_order(QuestionId::Age, ages)).unwrap_or_default();
            let after = before
                .iter()
                .filter(|(earlier, _)| **earlier != QuestionId::Age)
                .filter(|(earlier, values)| {
                    // Only answers that narrow the route are worth listing.
                    values.len() < trial_values(**earlier).len() && !values.contains("*")
                })
                .map(|(earlier, values)| (*earlier, in_option_order(*earlier, values)))
                .collect();
            Some(QuestionReach { id, ages, after })
        })
        .collect()
}

/// The option label of a URL value, for the review page.
pub fn value_label(id: QuestionId, value: &str) -> String {
    if value == UNKNOWN_VALUE {
        return unknown_label().to_owned();
    }
    question(id)
        .options
        .iter()
        .find(|choice| choice.value == value)
        .map_or_else(|| value.to_owned(), |choice| choice.label().to_owned())
}

/// True when every condition set of `group` places a person in it.
#[cfg(test)]
fn conditions_hold(group: Group) -> Result<(), String> {
    use crate::groups::{evaluate, Match};
    for set in conditions(group) {
        let mentions = |wanted: QuestionId| set.iter().any(|(id, _)| *id == wanted);
        // An adult of working age, unless the set says otherwise; the allowances need age 75.
        let old_enough = mentions(QuestionId::SurvivorAllowance) || mentions(QuestionId::SocialPension);
        let mut answers = Answers::new();
        answers.set(QuestionId::Age, if old_enough { "75-tro-len" } else { "18-59" }).map_err(|_| "tuoi".to_owned())?;
        if !mentions(QuestionId::School) {
            answers.set(QuestionId::Work, "khong").map_err(|_| "cong_viec".to_owned())?;
        }
        for (id, value) in &set {
            answers.set(*id, value).map_err(|_| format!("{id}={value}"))?;
        }
        if matches!(group, Group::HouseholdMember | Group::Individual) {
            continue;
        }
        let matched = evaluate(&answers).into_iter().any(|c| c.group == group && c.status == Match::Yes);
        if !matched {
            return Err(format!("{group:?}: {set:?}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_condition_places_the_person_in_its_group() {
        for group in GROUPS {
            assert!(!conditions(group).is_empty(), "{group:?} has no condition");
            conditions_hold(group).unwrap();
        }
    }

    #[test]
    fn groups_are_in_article_12_order() {
        let mut sorted = GROUPS;
        sorted.sort();
        assert_eq!(sorted, GROUPS);
    }

    #[test]
    fn the_walk_reaches_every_question_and_narrows_the_narrow_ones() {
        let reach = question_reach();
        assert_eq!(reach.len(), QuestionId::ALL.len(), "{reach:?}");
        let salary = reach.iter().find(|r| r.id == QuestionId::MonthlySalary).unwrap();
        assert_eq!(salary.after, vec![(QuestionId::Work, vec!["lao-dong-co-hop-dong"])]);
        let pension = reach.iter().find(|r| r.id == QuestionId::SocialPension).unwrap();
        assert_eq!(pension.ages, vec!["70-74", "75-tro-len"]);
        let school = reach.iter().find(|r| r.id == QuestionId::School).unwrap();
        assert_eq!(school.ages, vec!["6-17"]);
    }
}
