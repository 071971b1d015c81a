//! Policy look-ups, file errors with file/line/field, local top-ups, the URL codec and routing.

use bhyt_rules::{next_question, path, relevant_answers, Answers, Date, LocalTopUps, Policy};
use bhyt_rules::{DropReason, QuestionId};

const POLICY: &str = include_str!("../../../content/chinh-sach.toml");

fn date(text: &str) -> Date {
    Date::parse(text).unwrap()
}

fn policy() -> Policy {
    Policy::from_toml("content/chinh-sach.toml", POLICY).unwrap_or_else(|err| panic!("{err}"))
}

#[test]
fn base_salary_is_picked_by_date() {
    let policy = policy();
    let on = |day: &str| policy.base_salary.value_on(date(day)).map(|value| value.value);
    assert_eq!(on("2024-06-30"), None);
    assert_eq!(on("2024-07-01"), Some(2_340_000));
    assert_eq!(on("2026-06-30"), Some(2_340_000));
    assert_eq!(on("2026-07-01"), Some(2_530_000));
    assert_eq!(on("2030-01-01"), Some(2_530_000));
    let basis = &policy.base_salary.value_on(date("2026-07-01")).unwrap().basis;
    assert!(basis.contains("161/2026"), "{basis}");
}

#[test]
fn next_known_change_is_listed() {
    let policy = policy();
    let changes = policy.known_changes_after(date("2026-05-10"));
    let first = &changes[0];
    assert_eq!(first.key, "luong_co_so");
    assert_eq!(first.from, date("2026-07-01"));
    assert_eq!(first.text, "2.530.000 đồng");
    assert!(policy.known_changes_after(date("2026-11-23")).is_empty(), "2027 rate is unconfirmed and must not appear");
    let in_2025: Vec<_> = policy.known_changes_after(date("2025-12-01")).into_iter().map(|c| (c.key, c.from)).collect();
    assert!(in_2025.contains(&("muc_huong.can_ngheo".to_owned(), date("2026-01-01"))));
    assert_eq!(policy.earliest_supported_date(), Some(date("2025-07-01")));
}

#[test]
fn policy_round_trips_through_json() {
    let policy = policy();
    let json = policy.to_json();
    assert_eq!(Policy::from_json(&json).unwrap(), policy);
    assert!(Policy::from_json("{}").is_err());
}

#[test]
fn a_future_value_needs_no_code_change() {
    let with_2027 = POLICY.replace(
        "[ty_le_nguoi_lao_dong_dong]",
        "[[ty_le_dong.moc]]\ntu_ngay = \"2027-01-01\"\ngia_tri = 5.1\ncan_cu = \"Thử\"\nkiem_tra_lan_cuoi = \"2026-11-23\"\ndo_tin_cay = \"chac-chan\"\n\n[ty_le_nguoi_lao_dong_dong]",
    );
    let policy = Policy::from_toml("thu.toml", &with_2027).unwrap_or_else(|err| panic!("{err}"));
    let ladder = bhyt_rules::household_ladder(&policy, date("2027-01-01"), 1).unwrap();
    // 5,1% × 2.530.000 = 129.030/tháng; × 12 = 1.548.360
    assert_eq!(ladder.total.yearly, 1_548_360);
}

fn error_for(source: &str) -> bhyt_core::ContentError {
    Policy::from_toml("chinh-sach.toml", source).expect_err("should be rejected")
}

fn line_of(source: &str, needle: &str, occurrence: usize) -> usize {
    let offset = source.match_indices(needle).nth(occurrence).expect("needle").0;
    source[..offset].matches('\n').count() + 1
}

#[test]
fn percentage_over_100_names_file_line_and_field() {
    let source = POLICY.replacen("gia_tri = 70\n", "gia_tri = 170\n", 1);
    let err = error_for(&source);
    assert_eq!(err.file, "chinh-sach.toml");
    assert_eq!(err.field, "ho_tro_toi_thieu.can_ngheo.moc[0].gia_tri");
    assert_eq!(err.line, Some(line_of(&source, "gia_tri = 170", 0)));
    assert!(err.message.contains("0 đến 100"), "{err}");
}

#[test]
fn dates_out_of_order_and_duplicates_are_rejected() {
    let source = POLICY.replacen(
        "tu_ngay = \"2026-07-01\"\ngia_tri = 2530000",
        "tu_ngay = \"2024-01-01\"\ngia_tri = 2530000",
        1,
    );
    let err = error_for(&source);
    assert_eq!(err.field, "luong_co_so.moc[1].tu_ngay");
    assert_eq!(err.line, Some(line_of(&source, "tu_ngay = \"2024-01-01\"", 0)));
    assert!(err.message.contains("phải sau"), "{err}");

    let source = POLICY.replacen(
        "tu_ngay = \"2026-07-01\"\ngia_tri = 2530000",
        "tu_ngay = \"2024-07-01\"\ngia_tri = 2530000",
        1,
    );
    let err = error_for(&source);
    assert_eq!(err.field, "luong_co_so.moc[1].tu_ngay");
    assert!(err.message.contains("trùng"), "{err}");
}

#[test]
fn unknown_keys_bad_dates_and_unconfirmed_values_are_rejected() {
    let err =
        error_for(&POLICY.replacen("do_tin_cay = \"chac-chan\"", "do_tin_cay = \"chac-chan\"\ngia_tri_moi = 1", 1));
    assert_eq!(err.field, "luong_co_so.moc[0].gia_tri_moi");
    assert!(err.line.is_some());

    let source = POLICY.replacen("tu_ngay = \"2024-07-01\"", "tu_ngay = \"2024-02-30\"", 1);
    let err = error_for(&source);
    assert_eq!(err.field, "luong_co_so.moc[0].tu_ngay");
    assert_eq!(err.line, Some(line_of(&source, "2024-02-30", 0)));

    let source = POLICY.replacen("gia_tri = 2530000\ncan_cu = \"Nghị định 161/2026/NĐ-CP ngày 15/5/2026\"\nkiem_tra_lan_cuoi = \"2026-10-05\"\ndo_tin_cay = \"chac-chan\"",
        "gia_tri = 2530000\ncan_cu = \"Nghị định 161/2026/NĐ-CP ngày 15/5/2026\"\nkiem_tra_lan_cuoi = \"2026-10-05\"\ndo_tin_cay = \"chua-xac-nhan\"", 1);
    let err = error_for(&source);
    assert_eq!(err.field, "luong_co_so.moc[1].do_tin_cay");
    assert_eq!(err.line, Some(line_of(&source, "do_tin_cay = \"chua-xac-nhan\"", 0)));
}

#[test]
fn local_files_load_and_report_errors() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let kien_an = LocalTopUps::load(&root, "kien-an").unwrap_or_else(|err| panic!("{err}"));
    assert!(!kien_an.is_empty());
    let long_thanh = LocalTopUps::load(&root, "long-thanh").unwrap_or_else(|err| panic!("{err}"));
    assert!(!long_thanh.is_empty());
    assert!(LocalTopUps::load(&root, "khong-co-dia-phuong-nay").unwrap().is_empty());
    assert!(LocalTopUps::load(&root, "../etc").is_err());
    assert!(LocalTopUps::from_toml("rong.toml", "").unwrap().is_empty());

    let source = "tinh = \"x\"\n\n[[ho_tro]]\nma = \"a\"\nten = \"A\"\ndoi_tuong = \"ho-can-ngheo\"\ntu_ngay = \"2026-01-01\"\ncan_cu = \"b\"\nkiem_tra_lan_cuoi = \"2026-01-01\"\ndo_tin_cay = \"chac-chan\"\nghi_chu = \"c\"\n";
    let err = LocalTopUps::from_toml("ho-tro.toml", source).unwrap_err();
    assert_eq!(err.field, "ho_tro[0].ho_tro_them");
    assert_eq!(err.line, Some(3), "falls back to the [[ho_tro]] header: {err}");
    let err = LocalTopUps::from_toml("ho-tro.toml", &source.replace("ho-can-ngheo", "nguoi-giau")).unwrap_err();
    assert_eq!(err.field, "ho_tro[0].doi_tuong");
    assert_eq!(err.line, Some(6));
    let json = serde_json::to_string(&kien_an).unwrap();
    assert_eq!(LocalTopUps::from_json(&json).unwrap(), kien_an);
}

#[test]
fn query_round_trips_in_a_stable_order() {
    let (answers, dropped) = Answers::from_query(
        "?noi_song=xa-ngheo,kho-khan&ho_ngheo=ho-can-ngheo&tuoi=18-59&nguoi_co_cong=khong&cong_viec=khong",
    );
    assert!(dropped.is_empty(), "{dropped:?}");
    assert_eq!(
        answers.to_query(),
        "tuoi=18-59&cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=ho-can-ngheo&noi_song=kho-khan,xa-ngheo"
    );
    let (again, _) = Answers::from_query(&answers.to_query());
    assert_eq!(again, answers);
}

#[test]
fn garbage_unknown_keys_duplicates_and_bad_values_are_dropped() {
    let (answers, dropped) = Answers::from_query(
        "tuoi=18-59&tuoi=duoi-6&x=1&cong_viec=gi-do&ho_ngheo=&%ZZ=1&noi_song=khong,kho-khan&so_nguoi_trong_ho=0&luong_thang=-5&ngay=2026-07-01&&=&tuoi",
    );
    assert_eq!(answers.to_query(), "tuoi=18-59");
    let reasons: Vec<(String, DropReason)> = dropped.into_iter().map(|d| (d.key, d.reason)).collect();
    assert!(reasons.contains(&("tuoi".into(), DropReason::Duplicate)));
    assert!(reasons.contains(&("x".into(), DropReason::UnknownKey)));
    assert!(reasons.contains(&("cong_viec".into(), DropReason::InvalidValue)));
    assert!(reasons.contains(&("ho_ngheo".into(), DropReason::Empty)));
    assert!(reasons.contains(&("%ZZ".into(), DropReason::BadEncoding)));
    assert!(reasons.contains(&("noi_song".into(), DropReason::InvalidValue)), "'khong' cannot be combined");
    assert!(reasons.contains(&("so_nguoi_trong_ho".into(), DropReason::InvalidValue)));
    assert!(reasons.contains(&("luong_thang".into(), DropReason::InvalidValue)));
    assert!(!reasons.iter().any(|(key, _)| key == "ngay"), "reserved keys are skipped silently");
    for (_, reason) in &reasons {
        assert!(!reason.message().is_empty());
    }
}

#[test]
fn vietnamese_characters_and_unknown_answers() {
    // Vietnamese text in keys or values is never an answer, but must not break anything.
    let (answers, dropped) =
        Answers::from_query("tu%E1%BB%95i=18-59&tuoi=d%C6%B0%E1%BB%9Bi-6&ho_ngheo=kh%C3%B4ng&tuổi=1");
    assert!(answers.is_empty());
    assert_eq!(dropped.len(), 4);
    assert_eq!(dropped[0].key, "tuổi");
    // Invalid UTF-8 after decoding.
    let (_, dropped) = Answers::from_query("tuoi=%C3%28");
    assert_eq!(dropped[0].reason, DropReason::BadEncoding);
    // "Tôi không biết" only where offered.
    let (answers, dropped) = Answers::from_query("tuoi=khong-biet&ho_ngheo=khong-biet");
    assert_eq!(answers.to_query(), "ho_ngheo=khong-biet");
    assert_eq!(dropped[0].reason, DropReason::InvalidValue);
    // Salary typed with dots.
    let (answers, dropped) = Answers::from_query("luong_thang=10.000.000");
    assert!(dropped.is_empty());
    assert_eq!(answers.to_query(), "luong_thang=10000000");
    let (_, dropped) = Answers::from_query("luong_thang=99999999999999999999999");
    assert_eq!(dropped[0].reason, DropReason::InvalidValue);
}

#[test]
fn overlong_input_is_cut_at_a_whole_pair_and_never_panics() {
    let long = "tuoi=18-59&".to_owned() + &"x=1&".repeat(2_000) + "cong_viec=khong";
    let (answers, dropped) = Answers::from_query(&long);
    assert_eq!(answers.to_query(), "tuoi=18-59");
    assert!(dropped.iter().any(|d| d.reason == DropReason::TooLong));
    // Multi-byte characters at the cut point.
    let long = "ư".repeat(3_000);
    let (answers, _) = Answers::from_query(&long);
    assert!(answers.is_empty());
    for garbage in ["", "?", "&&&", "=", "==", "%", "%%", "a=%", "tuoi=%E", "\u{0}", "tuoi=18-59=1"] {
        let _ = Answers::from_query(garbage);
    }
}

#[test]
fn routing_skips_irrelevant_questions_and_keeps_later_answers() {
    let (answers, _) = Answers::from_query("tuoi=duoi-6");
    assert_eq!(next_question(&answers), None, "an under-6 child is asked nothing else");
    let (answers, _) = Answers::from_query("tuoi=duoi-6&cong_viec=luong-huu&ho_ngheo=ho-can-ngheo");
    assert_eq!(relevant_answers(&answers).to_query(), "tuoi=duoi-6", "irrelevant answers are dropped from the URL");

    let full = "tuoi=18-59&cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong&bao_tro_xa_hoi=khong&viec_o_thon=khong&ho_nong_nghiep=khong&so_nguoi_trong_ho=1&the_truoc_day=con-han";
    let (mut answers, _) = Answers::from_query(full);
    assert_eq!(next_question(&answers), None);
    // Change an early answer: later answers stay, and only the new question is asked.
    answers.set(QuestionId::Age, "75-tro-len").unwrap();
    assert_eq!(next_question(&answers), Some(QuestionId::SocialPension));
    answers.set(QuestionId::SocialPension, "chua-nhan").unwrap();
    assert_eq!(next_question(&answers), Some(QuestionId::SurvivorAllowance));
    answers.set(QuestionId::SurvivorAllowance, "khong").unwrap();
    assert_eq!(next_question(&answers), None);
    assert!(answers.contains(QuestionId::CardHistory));
    // Pensioners are never asked about social pension.
    let (answers, _) =
        Answers::from_query("tuoi=75-tro-len&cong_viec=luong-huu&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong");
    assert!(!path(&answers).contains(&QuestionId::SocialPension));
    assert_eq!(bhyt_rules::previous_page(&answers, QuestionId::Work), Some(QuestionId::Age));
    assert_eq!(bhyt_rules::previous_page(&answers, QuestionId::Age), None);
}

#[test]
fn every_question_has_text_and_options() {
    for question in bhyt_rules::questions() {
        assert!(question.title().ends_with('?'), "{:?}", question.id);
        assert!(!question.hint().is_empty());
        assert!(question.id.key().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'));
        for choice in question.options {
            assert!(choice.value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        }
    }
}

#[test]
fn unanswered_questions_block_the_result() {
    let policy = policy();
    let (answers, _) = Answers::from_query("tuoi=18-59");
    let err = bhyt_rules::assess(&answers, &policy, &LocalTopUps::none(), date("2026-11-23")).unwrap_err();
    assert_eq!(err, bhyt_rules::EngineError::Incomplete { next: QuestionId::Work });
    let (answers, _) = Answers::from_query("tuoi=duoi-6");
    let err = bhyt_rules::assess(&answers, &policy, &LocalTopUps::none(), date("2024-01-01")).unwrap_err();
    let bhyt_rules::EngineError::DateNotCovered { parameter, .. } = err else { panic!("{err:?}") };
    assert!(policy.summaries().iter().any(|summary| summary.key == parameter), "names a file key: {parameter:?}");
}

#[test]
fn reading_the_policy_names_each_parameter_with_its_file_key() {
    let policy = policy();
    assert_eq!(policy.base_salary.key, "luong_co_so");
    assert_eq!(policy.support_floors.near_poor.key, "ho_tro_toi_thieu.can_ngheo");
    assert_eq!(policy.school.grade_one_card_from.key, "hoc_sinh.the_lop_1_tu");
    let again = Policy::from_json(&policy.to_json()).unwrap();
    assert_eq!(again, policy, "the keys are filled in from JSON too");
    let err = policy.benefit_levels.near_poor.on(date("2000-01-01")).unwrap_err();
    assert_eq!(err.to_string(), "chưa có số liệu `muc_huong.can_ngheo` cho ngày 1/1/2000");
}

/// Every answer code a shared link may carry today, with what it means: `key=value  label`.
/// A code may be added but never removed or given another meaning, so that a result link
/// shared on Zalo keeps opening the same result. Adding an option: append its line here.
const SHARED_LINK_CODES: &str = include_str!("answer-codes.txt");

#[test]
fn answer_codes_in_shared_links_keep_their_meaning() {
    let mut current: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
    for question in bhyt_rules::questions() {
        for choice in question.options {
            current.insert(format!("{}={}", question.id.key(), choice.value), choice.label().to_owned());
        }
        if question.allows_unknown {
            current.insert(
                format!("{}={}", question.id.key(), bhyt_rules::UNKNOWN_VALUE),
                bhyt_rules::unknown_label().to_owned(),
            );
        }
    }
    let mut problems = Vec::new();
    let is_code = |line: &&str| !line.trim().is_empty() && !line.starts_with('#');
    for (number, line) in SHARED_LINK_CODES.lines().enumerate().filter(|(_, line)| is_code(line)) {
        let (code, label) = line.split_once("  ").unwrap_or((line, ""));
        match current.get(code.trim()) {
            None => problems.push(format!("answer-codes.txt:{}: `{code}` no longer exists", number + 1)),
            Some(now) if now != label.trim() => problems.push(format!(
                "answer-codes.txt:{}: `{code}` meant “{}”, now “{now}”: give the new meaning a new code",
                number + 1,
                label.trim()
            )),
            Some(_) => {}
        }
        let (key, value) = code.trim().split_once('=').expect("key=value");
        let mut answers = Answers::default();
        if answers.set(bhyt_rules::QuestionId::from_key(key).expect("a question key"), value).is_err() {
            problems.push(format!("answer-codes.txt:{}: `{code}` is refused by the codec", number + 1));
        }
    }
    let listed: std::collections::BTreeSet<&str> = SHARED_LINK_CODES
        .lines()
        .filter(is_code)
        .filter_map(|line| line.split_once("  ").map(|(code, _)| code.trim()))
        .collect();
    for (code, label) in current.iter().filter(|(code, _)| !listed.contains(code.as_str())) {
        problems.push(format!("new, append to answer-codes.txt: {code}  {label}"));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
