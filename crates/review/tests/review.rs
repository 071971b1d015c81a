//! A small household list worked by hand, the template read back, and a generated list of
//! 20,000 people, through the same engine and policy data as the wizard.

use bhyt_core::Date;
use bhyt_review::{
    allowed_values_csv, by_unit, published_statistics, read_rows, review, template_csv, CardStatus, Column, Estimate,
    Publication,
};
use bhyt_rules::{LocalTopUps, Policy, QuestionId};
use bhyt_stats::{Locality, Percent};

fn policy() -> Policy {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/chinh-sach.toml");
    Policy::from_toml("chinh-sach.toml", &std::fs::read_to_string(file).unwrap()).unwrap()
}

fn today() -> Date {
    Date::parse("2026-11-30").unwrap()
}

/// "No" for every question that has it, and a value that ends no path early for the others.
fn plain_answer(column: Column) -> &'static str {
    match column {
        Column::Answer(QuestionId::SocialPension) => "Không, chưa nhận",
        Column::Answer(QuestionId::School) => "dang-di-hoc",
        Column::Answer(QuestionId::MonthlySalary) => "",
        Column::Answer(_) => "khong",
        _ => "",
    }
}

/// A row of the template's columns: the plain answers, then `cells` by key.
fn row(cells: &[(&str, &str)]) -> Vec<String> {
    Column::all()
        .into_iter()
        .map(|column| {
            cells
                .iter()
                .find(|(key, _)| *key == column.key())
                .map_or(plain_answer(column), |(_, value)| value)
                .to_owned()
        })
        .collect()
}

fn header() -> Vec<String> {
    Column::all().into_iter().map(|column| column.key().to_owned()).collect()
}

#[test]
fn a_hand_worked_list_gives_each_hamlets_counts_and_a_file_without_names() {
    let mut head = header();
    head.push("ghi_chu".into());
    let rows = vec![
        head,
        // Row 2: a child of 4 without a card: the state pays for children under 6.
        row(&[("ma_don_vi", "tdp-1"), ("ma_ho", "H1"), ("ho_ten", "Nguyễn Văn An"), ("nam_sinh", "2022")]),
        // Row 3: the child's father, a card until mid-2027.
        row(&[("ma_don_vi", "tdp-1"), ("ma_ho", "H1"), ("nam_sinh", "1980"), ("han_the", "30/06/2027")]),
        // Row 4: a work value outside the list; the rest of the row still counts.
        row(&[
            ("ma_don_vi", "TDP-1"),
            ("ma_ho", "H2"),
            ("nam_sinh", "1990"),
            ("cong_viec", "đi làm"),
            ("han_the", "2027-01-31"),
        ]),
        // Row 5: 76, no social pension, card expired in January.
        row(&[("ma_don_vi", "tdp-2"), ("ma_ho", "H3"), ("nam_sinh", "1950"), ("han_the", "31/01/2026")]),
        // Row 6: turns 6 this year: under 6 or not depends on the birthday.
        row(&[("ma_don_vi", "tdp-2"), ("ma_ho", "H3"), ("nam_sinh", "2020"), ("han_the", "30/09/2030")]),
        // Row 7: no year of birth: not counted.
        row(&[("ma_don_vi", "tdp-2"), ("ma_ho", "H4")]),
        // Row 8: a formula is not a value.
        row(&[("ma_don_vi", "tdp-2"), ("ma_ho", "H4"), ("nam_sinh", "=1900+70")]),
    ];
    let policy = policy();
    let reading = read_rows(&rows, today(), &policy);
    let problems: Vec<String> = reading.problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        problems,
        [
            "Dòng 1, cột ghi_chu: Cột không có trong mẫu, nên không được đọc. Hãy dùng tên cột như trong tệp mẫu.",
            &format!(
                "Dòng 4, cột cong_viec: “đi làm” không có trong danh sách giá trị của cột này: {}.",
                Column::Answer(QuestionId::Work)
                    .allowed_values()
                    .iter()
                    .map(|choice| format!("“{}”", choice.label()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            "Dòng 7: Thiếu nam_sinh, nên dòng này không được tính.",
            "Dòng 8, cột nam_sinh: Ô là công thức; hãy ghi giá trị.",
            "Dòng 8: Thiếu nam_sinh, nên dòng này không được tính.",
        ]
    );
    assert_eq!(reading.people.len(), 5);
    assert_eq!(reading.people[2].unit, "tdp-1", "codes in any case");
    assert!(reading.people[4].age_uncertain && !reading.people[0].age_uncertain);
    assert_eq!(reading.people[3].card, CardStatus::Expired { on: Date::parse("2026-01-31").unwrap() });

    let reviewed = review(reading.people, &policy, &LocalTopUps::none(), today(), "UBND phường Kiến An");
    let Estimate::Done { group_code, yearly, state_supported, .. } = &reviewed[0].estimate else {
        panic!("the child is assessed: {:?}", reviewed[0].estimate)
    };
    assert_eq!((*group_code, *yearly, *state_supported), ("3h", Some(0), true));
    assert_eq!(reviewed[2].estimate, Estimate::Missing(QuestionId::Work), "the unreadable work answer");
    let Estimate::Done { next_step, .. } = &reviewed[3].estimate else { panic!("{:?}", reviewed[3].estimate) };
    assert!(next_step.to_lowercase().contains("trợ cấp"), "a 76-year-old without a pension: {next_step}");

    let units = by_unit(&reviewed, &["tdp-1".to_owned(), "tdp-2".to_owned(), "tdp-3".to_owned()]);
    let counts: Vec<_> = units
        .iter()
        .map(|unit| {
            (unit.unit.as_str(), unit.people, unit.insured, unit.never_enrolled, unit.card_expired, unit.total())
        })
        .collect();
    assert_eq!(counts, [("tdp-1", 3, 2, 1, 0, 1), ("tdp-2", 2, 1, 0, 1, 1), ("tdp-3", 0, 0, 0, 0, 0)]);
    assert_eq!(units[0].not_fully_supported, 1, "the child: the state pays, and there is no card");
    assert_eq!(units[0].to_visit.len(), 1);
    assert_eq!(units[0].to_visit[0].person.name.as_deref(), Some("Nguyễn Văn An"));
    assert_eq!(units[0].to_visit[0].visit_reason().as_deref(), Some("Chưa từng có thẻ bảo hiểm y tế"));
    assert_eq!(units[1].to_visit[0].visit_reason().as_deref(), Some("Thẻ hết hạn ngày 31/1/2026"));

    let names = [("tdp-1".to_owned(), "Tổ dân phố 1".to_owned()), ("tdp-2".to_owned(), "Tổ dân phố 2".to_owned())];
    let publication = Publication {
        locality: Locality { id: "kien-an".into(), name: "Phường Kiến An".into() },
        units: &names,
        as_of: today(),
        source: "Rà soát hộ gia đình của phường".into(),
        target: Percent::from_tenths(950),
        is_sample: true,
    };
    let statistics = published_statistics(&reviewed, &publication);
    let json = serde_json::to_string_pretty(&statistics).unwrap();
    let parsed = bhyt_stats::parse(&json, today()).expect("the dashboard's parser accepts the file");
    assert_eq!((parsed.population, parsed.insured), (5, 3));
    assert_eq!(parsed.units.len(), 2, "only hamlets with people in the list");
    for private in ["Nguyễn", "H1", "H3", "1980"] {
        assert!(!json.contains(private), "the published file holds “{private}”");
    }
}

#[test]
fn the_workbook_template_reads_back_as_its_header_alone() {
    let rows = bhyt_review::rows_from_file("mau-danh-sach.xlsx", &bhyt_review::template_xlsx()).expect("readable");
    assert_eq!(rows, vec![header()], "the first sheet is the list: the header and nothing to count by mistake");
}

#[test]
fn the_template_reads_back_and_lists_every_allowed_value() {
    let template = template_csv();
    let header: Vec<String> =
        template.trim_start_matches('\u{feff}').lines().next().unwrap().split(',').map(str::to_owned).collect();
    assert_eq!(header, self::header());
    let reading = read_rows(&[header], today(), &policy());
    assert!(reading.problems.is_empty() && reading.people.is_empty(), "{:?}", reading.problems);
    let values = allowed_values_csv();
    for column in Column::all() {
        for choice in column.allowed_values() {
            assert!(values.contains(choice.label()), "{}: {}", column.key(), choice.label());
        }
    }
    assert!(values.contains("Tôi không biết"), "where the wizard offers it");
}

#[test]
fn a_large_wards_list_of_20000_people_is_read_and_counted() {
    let mut rows = vec![header()];
    let mut state: u64 = 0x5EED;
    let mut next = |bound: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % bound
    };
    let mut household = 0;
    while rows.len() <= 20_000 {
        household += 1;
        let unit = format!("tdp-{}", 1 + next(12));
        for _ in 0..1 + next(5) {
            let year = (1930 + next(96)).to_string();
            let card = match next(10) {
                0 => String::new(),
                1 => "15/03/2026".to_owned(),
                _ => "31/12/2027".to_owned(),
            };
            let household = format!("H{household}");
            rows.push(row(&[("ma_don_vi", &unit), ("ma_ho", &household), ("nam_sinh", &year), ("han_the", &card)]));
        }
    }
    rows.truncate(20_001);
    let policy = policy();
    let reading = read_rows(&rows, today(), &policy);
    assert!(reading.problems.is_empty(), "{:?}", &reading.problems[..reading.problems.len().min(5)]);
    assert_eq!(reading.people.len(), 20_000);
    let reviewed = review(reading.people, &policy, &LocalTopUps::none(), today(), "UBND phường");
    let ids: Vec<String> = (1..=12).map(|n| format!("tdp-{n}")).collect();
    let units = by_unit(&reviewed, &ids);
    assert_eq!(units.len(), 12);
    assert_eq!(units.iter().map(|unit| unit.people).sum::<usize>(), 20_000);
    let without_card = reviewed.iter().filter(|r| r.to_visit()).count();
    assert_eq!(units.iter().map(|unit| unit.total()).sum::<usize>(), without_card);
    assert!(without_card > 1_000, "about one in five has no valid card: {without_card}");
}

/// The sample list shipped for Kiến An (300 made-up people, each name marked "(mẫu)"): read
/// without a problem, everyone assessed, and each hamlet's counts equal to the file's own
/// cells counted here without the crate (an empty expiry: never enrolled; one before the
/// review date: expired).
#[test]
fn the_shipped_sample_list_reads_cleanly_and_its_counts_match_the_cells() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/kien-an/ra-soat-mau.csv");
    let bytes = std::fs::read(file).unwrap();
    let rows = bhyt_review::rows_from_file("ra-soat-mau.csv", &bytes).expect("the sample reads");
    let policy = policy();
    let reading = read_rows(&rows, today(), &policy);
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    assert_eq!(reading.people.len(), 300);
    let reviewed = review(reading.people, &policy, &LocalTopUps::none(), today(), "UBND phường Kiến An");
    let missing: Vec<_> = reviewed.iter().filter(|r| matches!(r.estimate, Estimate::Missing(_))).collect();
    assert!(missing.is_empty(), "everyone is assessed: {:?}", missing.first().map(|r| (&r.person.row, &r.estimate)));
    assert!(reviewed.iter().all(|r| r.person.name.as_deref().is_some_and(|name| name.ends_with("(mẫu)"))));

    let ids: Vec<String> = (1..=12).map(|n| format!("tdp-{n}")).collect();
    let header = &rows[0];
    let at = |key: &str| header.iter().position(|cell| cell.trim_start_matches('\u{feff}') == key).unwrap();
    let (unit, expiry) = (at("ma_don_vi"), at("han_the"));
    for review in by_unit(&reviewed, &ids) {
        let cells: Vec<&Vec<String>> = rows[1..].iter().filter(|row| row[unit] == review.unit).collect();
        let never = cells.iter().filter(|row| row[expiry].is_empty()).count();
        let expired =
            cells.iter().filter(|row| bhyt_review::read_date(&row[expiry]).is_some_and(|date| date < today())).count();
        assert_eq!(
            (review.people, review.never_enrolled, review.card_expired),
            (cells.len(), never, expired),
            "{}",
            review.unit
        );
    }
}

/// The results file holds one line per person, in the list's order, with the words the
/// worklist uses; a made-up list repeats the sample under new household codes.
#[test]
fn the_results_file_and_a_made_up_list() {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/../../content/kien-an/ra-soat-mau.csv");
    let rows = bhyt_review::rows_from_file("ra-soat-mau.csv", &std::fs::read(file).unwrap()).unwrap();
    let list = bhyt_review::made_up_list(&rows, 1_000);
    assert_eq!(list.len(), 1_001, "the header and 1,000 people");
    assert_eq!(list[0], rows[0]);
    assert_eq!(list[301][1], format!("{}-1", rows[1][1]), "the second copy's households are new");
    let again = bhyt_review::rows_from_file("x.csv", bhyt_review::list_csv(&list).as_bytes()).unwrap();
    assert_eq!(again, list, "a list written as CSV reads back the same");

    let policy = policy();
    let reading = read_rows(&list, today(), &policy);
    assert!(reading.problems.is_empty());
    let reviewed = review(reading.people, &policy, &LocalTopUps::none(), today(), "UBND phường");
    let results = bhyt_review::results_csv(&reviewed);
    assert!(results.starts_with('\u{feff}'), "Excel reads the accents");
    let lines = bhyt_review::rows_from_file("ket-qua.csv", results.as_bytes()).unwrap();
    assert_eq!(lines.len(), 1_001);
    assert_eq!(lines[0][0], "dong");
    for (line, one) in lines[1..].iter().zip(&reviewed) {
        assert_eq!(line[0], one.person.row.to_string());
        assert_eq!(line[3], one.person.name.clone().unwrap_or_default());
        assert_eq!(line[5], one.card_text());
        assert_eq!(line[6], one.group_text());
        assert_eq!(line[8], one.next_step_text());
    }
}
