//! Shared pages: the checklist ("Chọn tất cả mục đúng") and the household page ask several
//! questions at once. Whatever is ticked, the page must already show every question the path
//! then asks there, and the answer codes in the URL stay those of the single questions.

use bhyt_rules::{
    next_question, page_from, pages, path, previous_page, question, widest_page, Answers, QuestionId, QuestionKind,
    SharedPage, UNKNOWN_VALUE,
};

/// Values worth trying for a question: every option (and "không biết"), a few area sets and numbers.
fn values(id: QuestionId) -> Vec<String> {
    let spec = question(id);
    let mut values: Vec<String> = match spec.kind {
        QuestionKind::SingleChoice => spec.options.iter().map(|choice| choice.value.to_owned()).collect(),
        QuestionKind::MultipleChoice { .. } => {
            ["khong", "dac-biet-kho-khan", "kho-khan", "vung-dan-toc-mien-nui"].map(str::to_owned).to_vec()
        }
        QuestionKind::Number { min, .. } => vec![min.to_string(), "5".to_owned()],
    };
    if spec.allows_unknown {
        values.push(UNKNOWN_VALUE.to_owned());
    }
    values
}

/// What a resident can give on a page: each question any of its values, in every combination.
fn page_answers(page: &[QuestionId]) -> Vec<Vec<(QuestionId, String)>> {
    page.iter().fold(vec![Vec::new()], |combinations, id| {
        let choices = match question(*id).shared_page {
            // A checklist gives a ticked box's value or, with none ticked, "no"; never "không biết".
            Some(SharedPage::Checklist { boxes, unticked }) => {
                boxes.iter().map(|choice| choice.value).chain([unticked]).map(str::to_owned).collect()
            }
            _ => values(*id),
        };
        combinations
            .iter()
            .flat_map(|so_far| {
                choices.iter().map(move |value| {
                    let mut more = so_far.clone();
                    more.push((*id, value.clone()));
                    more
                })
            })
            .collect()
    })
}

/// Walks every path a resident can take, checking each shared page on the way. Past a shared
/// page only its all-"no" answer is followed, which keeps the walk to a few seconds.
fn walk(answers: &Answers, visited: &mut usize) {
    let Some(first) = next_question(answers) else { return };
    let shown = page_from(answers, first);
    let widest = widest_page(first);
    assert!(shown.iter().all(|id| widest.contains(id)), "the page built in advance holds {shown:?}: {widest:?}");
    let combinations = page_answers(&shown);
    for (index, given) in combinations.iter().enumerate() {
        let mut updated = answers.clone();
        for (id, value) in given {
            updated.set(*id, value).unwrap_or_else(|_| panic!("{id}={value} is a valid answer"));
        }
        let asked_here: Vec<QuestionId> = pages(&updated).into_iter().find(|page| page[0] == first).unwrap_or_default();
        assert!(
            asked_here.iter().all(|id| shown.contains(id)),
            "{}: the page shows {shown:?} but the path asks {asked_here:?} on it",
            updated.to_query()
        );
        if let Some(next) = next_question(&updated) {
            assert!(!shown.contains(&next), "{}: {next} was on the page just answered", updated.to_query());
            assert!(next > first, "{}: the next page comes after this one", updated.to_query());
        }
        assert_eq!(previous_page(&updated, first), previous_page(answers, first), "the back link does not change");
        *visited += 1;
        let all_no = index == combinations.len() - 1;
        if shown.len() == 1 && question(first).shared_page.is_none() || all_no {
            walk(&updated, visited);
        }
    }
}

#[test]
fn every_shared_page_shows_all_it_will_ask_whatever_is_ticked() {
    let mut visited = 0;
    walk(&Answers::new(), &mut visited);
    assert!(visited > 1_000, "the walk covered {visited} answered pages");
}

fn answers(query: &str) -> Answers {
    let (answers, dropped) = Answers::from_query(query);
    assert!(dropped.is_empty(), "{query}: {dropped:?}");
    answers
}

#[test]
fn an_adult_with_no_special_group_answers_seven_pages() {
    let adult = "tuoi=18-59&cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong";
    let before_checklist = answers(adult);
    assert_eq!(
        page_from(&before_checklist, QuestionId::SocialAssistance),
        [QuestionId::SocialAssistance, QuestionId::VillageRole, QuestionId::FarmHousehold]
    );
    let full = answers(&format!(
        "{adult}&bao_tro_xa_hoi=khong&viec_o_thon=khong&ho_nong_nghiep=co&so_nguoi_trong_ho=5&the_truoc_day=con-han"
    ));
    let pages = pages(&full);
    assert_eq!(pages.len(), 7, "{pages:?}");
    assert_eq!(pages[6], [QuestionId::HouseholdMembers, QuestionId::CardHistory]);
    let farm_page =
        pages.iter().find(|page| page.contains(&QuestionId::FarmHousehold)).expect("the farm list is asked");
    assert_eq!(farm_page[0], QuestionId::SocialAssistance, "its Thay đổi opens the checklist");
    assert_eq!(previous_page(&full, QuestionId::HouseholdMembers), Some(QuestionId::SocialAssistance));
    assert_eq!(previous_page(&full, QuestionId::SocialAssistance), Some(QuestionId::Area));
}

#[test]
fn a_76_year_old_sees_the_pension_allowances_roles_and_farm_list_on_one_page() {
    let before = answers("tuoi=75-tro-len&cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong");
    assert_eq!(
        page_from(&before, QuestionId::SocialPension),
        [
            QuestionId::SocialPension,
            QuestionId::SurvivorAllowance,
            QuestionId::SocialAssistance,
            QuestionId::VillageRole,
            QuestionId::FarmHousehold
        ]
    );
    // Ticking the social pension makes the state pay: the survivor's allowance, the roles and
    // the farm list drop off the path; a social allowance could still raise the benefit.
    let mut receiving = before.clone();
    for (id, value) in [
        (QuestionId::SocialPension, "dang-nhan"),
        (QuestionId::SurvivorAllowance, "khong"),
        (QuestionId::SocialAssistance, "khong"),
    ] {
        receiving.set(id, value).unwrap();
    }
    assert_eq!(next_question(&receiving), None);
    assert_eq!(pages(&receiving).last().unwrap(), &[QuestionId::SocialPension, QuestionId::SocialAssistance]);
}

#[test]
fn a_pupil_answers_the_school_question_between_two_checklists() {
    let pupil = answers("tuoi=6-17&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong&dan_toc=khong");
    assert_eq!(page_from(&pupil, QuestionId::SocialAssistance), [QuestionId::SocialAssistance]);
    let not_at_school = answers(&format!("{}&bao_tro_xa_hoi=khong&di_hoc=khong-di-hoc", pupil.to_query()));
    assert_eq!(next_question(&not_at_school), Some(QuestionId::FarmHousehold));
    assert_eq!(path(&not_at_school).last(), Some(&QuestionId::FarmHousehold));
}

#[test]
fn a_page_holds_at_most_one_number_field() {
    // The form keeps one typed number per page.
    for first in QuestionId::ALL {
        let numbers = widest_page(first)
            .into_iter()
            .filter(|id| matches!(question(*id).kind, QuestionKind::Number { .. }))
            .count();
        assert!(numbers <= 1, "the page from {first} has {numbers} number fields");
    }
}
