//! The wizard's questions as data, and routing: which question comes next. Routing only:
//! amounts and group decisions are in [`crate::engine`]. Routing asks the group classifier
//! ([`crate::groups`]) whether an earlier answer already settles the result, as GOV.UK smart
//! answers' `next_node` asks its calculator.

use crate::answers::*;
use crate::groups::{matched_groups, Group};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// Radio buttons.
    SingleChoice,
    /// Checkboxes; `exclusive` cannot be combined with the others ("Không thuộc loại nào").
    MultipleChoice { exclusive: &'static str },
    /// A whole number typed in (digits only in the URL).
    Number { min: u64, max: u64, unit: &'static str },
}

/// One question page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: QuestionId,
    /// The `<h1>`.
    pub title: &'static str,
    /// One sentence under the title. Figures of the policy data appear as `{key}`: show it
    /// through [`crate::Policy::fill_figures`].
    pub hint: &'static str,
    pub kind: QuestionKind,
    /// Options for choice questions (empty for numbers).
    pub options: &'static [Choice],
    /// Whether "Tôi không biết" (value `khong-biet`) is offered.
    pub allows_unknown: bool,
}

static QUESTIONS: [Question; 15] = [
    Question {
        id: QuestionId::Age,
        title: "Người cần mua thẻ bảo hiểm y tế bao nhiêu tuổi?",
        hint: "Chọn nhóm tuổi tính đến hôm nay. Trang không hỏi ngày sinh.",
        kind: QuestionKind::SingleChoice,
        options: AgeBand::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::Work,
        title: "Việc làm hoặc thu nhập hiện nay là gì?",
        hint: "Chọn mục đầu tiên đúng với người này.",
        kind: QuestionKind::SingleChoice,
        options: Work::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::MonthlySalary,
        title: "Tiền lương tháng ghi trong hợp đồng là bao nhiêu?",
        hint: "Là tiền lương dùng để đóng bảo hiểm xã hội, ghi bằng số đồng. Không bắt buộc: nếu không rõ, chọn Tôi không biết.",
        kind: QuestionKind::Number { min: 0, max: 10_000_000_000, unit: "đồng" },
        options: &[],
        allows_unknown: true,
    },
    Question {
        id: QuestionId::Merit,
        title: "Người này có thuộc một trong các trường hợp sau không?",
        hint: "Chọn mục đầu tiên đúng. Giấy chứng nhận do phòng lao động hoặc hội cựu chiến binh cấp.",
        kind: QuestionKind::SingleChoice,
        options: Merit::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::Poverty,
        title: "Gia đình có trong danh sách hộ nghèo hoặc hộ cận nghèo năm nay không?",
        hint: "Danh sách do UBND xã, phường lập mỗi năm. Trưởng thôn, tổ trưởng tổ dân phố biết.",
        kind: QuestionKind::SingleChoice,
        options: Poverty::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::Area,
        title: "Nơi người này đang sống thuộc loại nào?",
        hint: "Chọn tất cả mục đúng. Trưởng thôn hoặc UBND xã biết thôn, ấp, tổ dân phố của bạn thuộc loại nào.",
        kind: QuestionKind::MultipleChoice { exclusive: "khong" },
        options: Area::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::EthnicMinority,
        title: "Người này có phải là người dân tộc thiểu số không?",
        hint: "Dân tộc khác dân tộc Kinh, ví dụ Khmer, Tày, Thái, Mường.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::SocialPension,
        title: "Người này có đang nhận trợ cấp hưu trí xã hội hằng tháng không?",
        hint: "Là khoản tiền hằng tháng xã, phường chi cho người cao tuổi không có lương hưu.",
        kind: QuestionKind::SingleChoice,
        options: SocialPension::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::SurvivorAllowance,
        title: "Người này có đang nhận trợ cấp tuất hằng tháng không?",
        hint: "Trợ cấp tuất là tiền bảo hiểm xã hội trả hằng tháng cho thân nhân của người đã mất.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::SocialAssistance,
        title: "Người này có đang nhận trợ cấp xã hội hằng tháng không?",
        hint: "Ví dụ trợ cấp cho người khuyết tật, trẻ mồ côi, người cao tuổi cô đơn, do xã, phường chi trả.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::School,
        title: "Cháu có đi học không?",
        hint: "Học sinh mua thẻ bảo hiểm y tế tại trường.",
        kind: QuestionKind::SingleChoice,
        options: School::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::VillageRole,
        title: "Người này có làm một trong các việc sau ở thôn, tổ dân phố không?",
        hint: "Những việc này được Nhà nước hỗ trợ tiền mua thẻ.",
        kind: QuestionKind::SingleChoice,
        options: VillageRole::OPTIONS,
        allows_unknown: false,
    },
    Question {
        id: QuestionId::FarmHousehold,
        title: "Gia đình có được xã xác nhận là hộ làm nông, lâm, ngư, diêm nghiệp có mức sống trung bình không?",
        hint: "Đây là danh sách riêng do UBND xã lập, khác với hộ nghèo, hộ cận nghèo.",
        kind: QuestionKind::SingleChoice,
        options: YesNo::OPTIONS,
        allows_unknown: true,
    },
    Question {
        id: QuestionId::HouseholdMembers,
        title: "Gia đình có bao nhiêu người sẽ cùng mua thẻ theo hộ, kể cả người này?",
        hint: "Chỉ tính người cùng nơi cư trú chưa có thẻ theo nhóm khác (trẻ dưới 6 tuổi, học sinh, người đi làm… không tính). Mua cùng nhau thì từ người thứ hai được giảm.",
        kind: QuestionKind::Number { min: 1, max: 30, unit: "người" },
        options: &[],
        allows_unknown: false,
    },
    Question {
        id: QuestionId::CardHistory,
        title: "Thẻ bảo hiểm y tế gần nhất của người này thế nào?",
        hint: "Người mua lần đầu, hoặc để thẻ hết hạn từ {gian_doan_tu_ngay} ngày trở lên, phải chờ {thoi_gian_cho_ngay} ngày thẻ mới dùng được.",
        kind: QuestionKind::SingleChoice,
        options: CardHistory::OPTIONS,
        allows_unknown: true,
    },
];

/// The question with this id.
pub fn question(id: QuestionId) -> &'static Question {
    QUESTIONS.iter().find(|question| question.id == id).expect("every QuestionId has a question")
}

/// All questions, in order.
pub fn questions() -> &'static [Question] {
    &QUESTIONS
}

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
    for id in QuestionId::ALL {
        let so_far = answers.restricted_to(&asked);
        // Once settled, only the social pension is still worth asking: it changes the next step.
        let wanted = if settled(&so_far) {
            id == QuestionId::SocialPension && may_receive_social_pension(&so_far)
        } else {
            is_relevant(id, &so_far)
        };
        if wanted {
            asked.push(id);
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

/// The question before `current` on the path (the back link), or `None` for the first question.
pub fn previous_question(answers: &Answers, current: QuestionId) -> Option<QuestionId> {
    let path = path(answers);
    let position = path.iter().position(|id| *id == current).unwrap_or(path.len());
    position.checked_sub(1).map(|index| path[index])
}

/// True once a group gives free cover with the highest benefit: nothing asked later can change
/// the price or the benefit.
fn settled(answers: &Answers) -> bool {
    matched_groups(answers).iter().any(|group| group.is_free_with_full_benefit())
}

/// Old enough for the social pension (75+, or 70–74 poor or near-poor, or poverty unknown) and
/// without a pension.
fn may_receive_social_pension(answers: &Answers) -> bool {
    let age = answers.age();
    let poor_or_unknown = matches!(answers.poverty(), Some(Reply::Given(Poverty::Poor | Poverty::NearPoor) | Reply::Unknown));
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

fn is_relevant(id: QuestionId, answers: &Answers) -> bool {
    let age = answers.age();
    let work = answers.work();
    let groups = matched_groups(answers);
    let adult = matches!(age, Some(AgeBand::From18To59 | AgeBand::From60To69 | AgeBand::From70To74 | AgeBand::From75));
    let poverty = answers.poverty();
    let near_poor_or_unknown = matches!(poverty, Some(Reply::Given(Poverty::NearPoor) | Reply::Unknown));
    let pupil_age = age == Some(AgeBand::From6To17);
    let school_age_or_student = pupil_age || work == Some(Work::Student);
    let studying = work == Some(Work::Student) || matches!(answers.school(), Some(School::EnteringGradeOne | School::AtSchool));
    let paid_elsewhere = paid_elsewhere(&groups);
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
            answers.areas().is_some() && (school_age_or_student || ethnic_areas.iter().any(|area| answers.lives_in(*area)))
        }
        QuestionId::SocialPension => {
            let eligible_age = age == Some(AgeBand::From75)
                || (age == Some(AgeBand::From70To74) && matches!(poverty, Some(Reply::Given(Poverty::Poor | Poverty::NearPoor) | Reply::Unknown)));
            answers.areas().is_some() && eligible_age && work != Some(Work::Pensioner)
        }
        QuestionId::SurvivorAllowance => {
            let eligible_age = age == Some(AgeBand::From75) || (age == Some(AgeBand::From70To74) && near_poor_or_unknown);
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
                    && (answers.farm_household().is_some() || !is_relevant(QuestionId::FarmHousehold, answers))
                    && (!pupil_age || answers.school().is_some())
            } else {
                answers.household_members().is_some()
            };
            before_answered && !paid_elsewhere && groups_allow_household(&groups)
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
