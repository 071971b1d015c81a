//! `/hoc-sinh/` and its printables, pre-rendered natively for dates on both sides of a policy
//! change: every amount on the pages is the one the policy data gives for that date. The
//! expected figures are computed here from `content/chinh-sach.toml`, never typed in.
#![cfg(feature = "ssr")]

mod common;

use bhyt_content::routes;
use bhyt_rules::{format_dong, Date, LocalTopUps, Policy};
use bhyt_toan_dan::prerender::{run, Options};
use common::{copy_dir, root, stage_trunk_output};
use std::path::{Path, PathBuf};

fn policy() -> Policy {
    let file = root().join("content/chinh-sach.toml");
    Policy::from_toml("chinh-sach.toml", &std::fs::read_to_string(file).unwrap()).unwrap()
}

/// The shipped content as it could have been on `day`: a statistics snapshot can not be dated
/// after the build (the build refuses it), so the copy's snapshot stops at `day`.
fn content_as_of(day: Date) -> PathBuf {
    // Tests run in parallel and several render the same day: each copy gets its own folder.
    static COPIES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let copy = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let content = std::env::temp_dir().join(format!("bhyt-hoc-sinh-noi-dung-{day}-{}-{copy}", std::process::id()));
    let _ = std::fs::remove_dir_all(&content);
    copy_dir(&root().join("content"), &content);
    for entry in std::fs::read_dir(&content).unwrap() {
        let file = entry.unwrap().path().join("thong-ke.json");
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let mut snapshot: serde_json::Value = serde_json::from_str(&text).unwrap();
        if snapshot["tinh_den_ngay"].as_str().is_some_and(|date| date > day.to_string().as_str()) {
            snapshot["tinh_den_ngay"] = serde_json::Value::String(day.to_string());
        }
        let month = day.to_string()[..7].to_owned();
        let keep_months_to_day = |history: &mut serde_json::Value| {
            if let Some(history) = history.as_array_mut() {
                history.retain(|point| point["thang"].as_str().is_some_and(|m| m <= month.as_str()));
            }
        };
        keep_months_to_day(&mut snapshot["lich_su"]);
        for unit in snapshot["don_vi"].as_array_mut().into_iter().flatten() {
            keep_months_to_day(&mut unit["lich_su"]);
        }
        std::fs::write(&file, serde_json::to_string_pretty(&snapshot).unwrap()).unwrap();
    }
    content
}

fn render(locality: &str, built_on: Date) -> PathBuf {
    let content = content_as_of(built_on);
    let folder = content.file_name().and_then(|name| name.to_str()).unwrap_or_default().replace("noi-dung", locality);
    let output = std::env::temp_dir().join(folder);
    let _ = std::fs::remove_dir_all(&output);
    std::fs::create_dir_all(&output).unwrap();
    let _ = any_spawner::Executor::init_futures_executor();
    stage_trunk_output(&output);
    run(&Options {
        output_dir: output.clone(),
        content_dir: content.clone(),
        locality: locality.to_owned(),
        built_on,
        cache_dir: None,
    })
    .unwrap_or_else(|err| panic!("{locality} {built_on}: {err}"));
    let _ = std::fs::remove_dir_all(&content);
    output
}

fn page(output: &Path, path: &str) -> String {
    std::fs::read_to_string(output.join(format!("{}index.html", path.trim_start_matches('/')))).unwrap()
}

/// Text of the element carrying `marker` (e.g. `data-amount="nam"`), tags removed.
fn marked_text(html: &str, marker: &str) -> String {
    let start = html.find(marker).unwrap_or_else(|| panic!("no {marker}"));
    let from = html[start..].find('>').unwrap() + start + 1;
    let mut depth = 1;
    let mut text = String::new();
    let mut rest = &html[from..];
    while depth > 0 {
        let next = rest.find('<').unwrap();
        text.push_str(&rest[..next]);
        rest = &rest[next..];
        if rest.starts_with("</") {
            depth -= 1;
        } else if !rest.starts_with("<br") && !rest.starts_with("<!") {
            depth += 1;
        }
        rest = &rest[rest.find('>').unwrap() + 1..];
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The period blocks `<div id="{prefix}-…">` of a page: (from, until, shown at build, block HTML).
fn period_blocks<'a>(html: &'a str, prefix: &str) -> Vec<(String, String, bool, &'a str)> {
    let marker = format!("<div id=\"{prefix}-");
    let mut blocks = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&marker) {
        let block = &rest[start..];
        let block = &block[..block.find("</div>").unwrap()];
        let open = &block[..block.find('>').unwrap()];
        let attribute = |name: &str| {
            let from = open.find(&format!("{name}=\"")).map(|i| i + name.len() + 2);
            from.map(|from| open[from..from + 10].to_owned()).unwrap_or_default()
        };
        blocks.push((attribute("data-show-from"), attribute("data-show-until"), !open.contains(" hidden"), block));
        rest = &rest[start + marker.len()..];
    }
    blocks
}

/// The block for `day`, which must be the one shown in the pre-rendered page when `day` is the build date.
fn block_on<'a>(html: &'a str, prefix: &str, day: Date) -> (bool, &'a str) {
    let day = day.to_string();
    let blocks = period_blocks(html, prefix);
    let (_, _, shown, block) = blocks
        .into_iter()
        .find(|(from, until, _, _)| *from <= day && day <= *until)
        .unwrap_or_else(|| panic!("no {prefix} block for {day}"));
    (shown, block)
}

/// What a pupil pays per month on `date`, straight from the policy data:
/// 4,5% of the base salary, less the national floor for pupils.
fn expected_monthly(policy: &Policy, date: Date) -> u64 {
    let base = policy.base_salary.value_on(date).unwrap().value;
    let rate = policy.premium_rate.value_on(date).unwrap().value;
    let floor = policy.support_floors.pupils_and_students.value_on(date).unwrap().value;
    floor.complement().of(rate.of(base))
}

#[test]
fn amounts_follow_the_policy_data_on_both_sides_of_a_change() {
    let policy = policy();
    // The latest base-salary change in the data, and the day before it.
    let change = policy.base_salary.values.last().unwrap().from;
    let before = Date::from_days(change.to_days() - 1);
    let monthly = [expected_monthly(&policy, before), expected_monthly(&policy, change)];
    assert_ne!(monthly[0], monthly[1], "the test needs a change in the amount");
    for (day, monthly) in [before, change].into_iter().zip(monthly) {
        let output = render("kien-an", day);
        let guide = page(&output, "/hoc-sinh/");
        let (shown, block) = block_on(&guide, "muc-dong", day);
        assert!(shown, "{day}: the period of the build date is the one shown");
        assert_eq!(period_blocks(&guide, "muc-dong").iter().filter(|b| b.2).count(), 1, "one period shown");
        assert_eq!(marked_text(block, "data-amount=\"nam\""), format_dong(monthly * 12), "{day}: yearly");
        assert_eq!(marked_text(block, "data-amount=\"thang\""), format_dong(monthly), "{day}: monthly");
        // The table row in force that day holds every period's amount, and is marked.
        let row_marker = "<strong id=\"dang-ap-dung-";
        let label = guide
            .match_indices(row_marker)
            .map(|(i, _)| &guide[i..])
            .find(|tag| !tag[..tag.find('>').unwrap()].contains(" hidden"))
            .expect("a row marked in force");
        let row_start = guide[..guide.len() - label.len()].rfind("<tr").unwrap();
        let row = &guide[row_start..];
        let row = &row[..row.find("</tr>").unwrap()];
        for months in &policy.school.payment_periods.value_on(day).unwrap().value {
            let cell = marked_text(row, &format!("data-months=\"{months}\""));
            assert_eq!(cell, format_dong(monthly * u64::from(*months)), "{day}: {months} months");
        }
        let handout = page(&output, routes::HANDOUT.path);
        assert!(marked_text(&handout, "data-amount=\"nam\"").contains(&format_dong(monthly * 12)), "{day}: handout");
        let poster = page(&output, routes::POSTER.path);
        assert!(marked_text(&poster, "data-amount=\"hoc-sinh\"").contains(&format_dong(monthly * 12)), "{day}: poster");
        let _ = std::fs::remove_dir_all(&output);
    }
}

#[test]
fn the_school_year_table_shows_both_periods_with_their_dates() {
    let policy = policy();
    let change = policy.base_salary.values.last().unwrap().from;
    let before = Date::from_days(change.to_days() - 1);
    let output = render("kien-an", before);
    let guide = page(&output, "/hoc-sinh/");
    for (from, day) in [(None, before), (Some(change), change)] {
        let marker = match from {
            Some(from) => format!("<tr data-from=\"{from}\""),
            None => "<tr data-from=\"".to_owned(),
        };
        let row = &guide[guide.find(&marker).unwrap_or_else(|| panic!("no row {marker}"))..];
        let row = &row[..row.find("</tr>").unwrap()];
        assert_eq!(
            marked_text(row, "data-months=\"12\""),
            format_dong(expected_monthly(&policy, day) * 12),
            "{marker}"
        );
    }
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn a_local_top_up_for_ethnic_minority_pupils_is_shown_with_its_confidence() {
    let policy = policy();
    let local = LocalTopUps::load(&root().join("content"), "long-thanh").unwrap();
    // The last day of school year 2025–2026, the only year An Giang's 100% is evidenced for.
    let day = Date::parse("2026-07-31").unwrap();
    let item = local.items.iter().find(|item| item.id == "hoc-sinh-dan-toc-thieu-so").unwrap();
    let total = item.raise(policy.support_floors.pupils_and_students.value_on(day).unwrap().value);
    let full = policy.premium_rate.value_on(day).unwrap().value.of(policy.base_salary.value_on(day).unwrap().value);
    let output = render("long-thanh", day);
    let guide = page(&output, "/hoc-sinh/");
    let (shown, block) = block_on(&guide, "dan-toc", day);
    assert!(shown);
    assert_eq!(
        marked_text(block, "data-amount=\"dan-toc-nam\""),
        format!("Gia đình đóng {} mỗi năm (ước tính).", format_dong(total.complement().of(full) * 12))
    );
    assert!(guide.contains(item.confidence.label()), "confidence shown");
    // Pupils in general still pay the national-floor amount.
    assert_eq!(
        marked_text(block_on(&guide, "muc-dong", day).1, "data-amount=\"nam\""),
        format_dong(expected_monthly(&policy, day) * 12)
    );
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn card_dates_come_from_the_policy_data() {
    let policy = policy();
    let day = Date::parse("2026-11-23").unwrap();
    let output = render("kien-an", day);
    let guide = page(&output, "/hoc-sinh/");
    let grade_one = policy.school.grade_one_card_from.value_on(day).unwrap().value.in_year(2026).unwrap();
    let grade_twelve = policy.school.grade_twelve_card_until.value_on(day).unwrap().value.in_year(2027).unwrap();
    assert!(marked_text(&guide, "data-date=\"lop-1\"").contains(&grade_one.to_vietnamese()));
    assert!(marked_text(&guide, "data-date=\"lop-12\"").contains(&grade_twelve.to_vietnamese()));
    let level = policy.benefit_levels.everyone_else.value_on(day).unwrap().value;
    assert_eq!(marked_text(&guide, "data-benefit=\"chung\""), level.to_string());
    let primary = policy.school.primary_care_benefit.value_on(day).unwrap().value;
    assert_eq!(marked_text(&guide, "data-benefit=\"cap-ban-dau\""), primary.to_string());
    // The wizard link has "pupil" answered.
    assert!(guide.contains("?tuoi=6-17\""), "wizard link with the pupil's age answered");
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn a_mistake_in_the_guide_stops_the_build_with_file_line_and_field() {
    let content = std::env::temp_dir().join(format!("bhyt-hoc-sinh-noi-dung-loi-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&content);
    copy_dir(&root().join("content"), &content);
    let file = content.join("chung/hoc-sinh.toml");
    let shipped = std::fs::read_to_string(&file).unwrap();
    let broken = shipped.replacen("(/lien-he/)", "(/khong-co-trang-nay/)", 1);
    assert_ne!(broken, shipped);
    std::fs::write(&file, &broken).unwrap();
    let line = broken.lines().position(|l| l.contains("/khong-co-trang-nay/")).unwrap() + 1;

    let output = std::env::temp_dir().join(format!("bhyt-hoc-sinh-loi-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&output);
    std::fs::create_dir_all(&output).unwrap();
    stage_trunk_output(&output);
    let _ = any_spawner::Executor::init_futures_executor();
    let err = run(&Options {
        output_dir: output.clone(),
        content_dir: content.clone(),
        locality: "kien-an".into(),
        built_on: Date::parse("2026-11-23").unwrap(),
        cache_dir: None,
    })
    .unwrap_err();
    assert!(err.contains(&format!("hoc-sinh.toml:{line}: trường `muc[4].noi_dung`")), "{err}");
    assert!(err.contains("/khong-co-trang-nay/"), "{err}");
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn after_the_evidenced_school_year_ethnic_minority_pupils_are_told_to_ask_the_school() {
    let policy = policy();
    let local = LocalTopUps::load(&root().join("content"), "long-thanh").unwrap();
    let day = Date::parse("2026-11-23").unwrap();
    let notice = local
        .notices
        .iter()
        .find(|notice| notice.target == Some(bhyt_rules::TopUpTarget::EthnicMinorityPupil))
        .unwrap();
    let output = render("long-thanh", day);
    let guide = page(&output, "/hoc-sinh/");
    assert!(!guide.contains("data-amount=\"dan-toc-nam\""), "no 100% amount after its end date");
    let notices = &guide[guide.find("data-figure=\"luu-y\"").expect("the notice list")..];
    assert!(notices.contains(&notice.text), "the notice: {notices}");
    // Every pupil, Khmer or not, pays the national-floor amount.
    assert_eq!(
        marked_text(block_on(&guide, "muc-dong", day).1, "data-amount=\"nam\""),
        format_dong(expected_monthly(&policy, day) * 12)
    );
    let _ = std::fs::remove_dir_all(&output);
}
