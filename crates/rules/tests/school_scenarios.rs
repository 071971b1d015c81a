//! Scenarios for pupils and students, read as a parent would ask them. The amounts are the ones
//! BHXH and the press published (631.800 đồng a year at the 2.340.000 base salary, 683.100 đồng
//! at 2.530.000), so the policy data and the arithmetic are checked against an outside source.

use bhyt_rules::local::{LocalTopUps, TopUpTarget};
use bhyt_rules::school::{card_dates, grade_one_gap_days, pupil_cost, school_year_costs, SchoolYear};
use bhyt_rules::{Date, Policy};
use std::path::PathBuf;

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

fn policy() -> Policy {
    Policy::from_toml("chinh-sach.toml", &std::fs::read_to_string(content().join("chinh-sach.toml")).unwrap()).unwrap()
}

fn day(text: &str) -> Date {
    Date::parse(text).unwrap()
}

/// (months, amount) per payment period.
fn periods(cost: &bhyt_rules::PupilCost) -> Vec<(u32, u64)> {
    cost.by_period.clone()
}

#[test]
fn a_pupil_in_school_year_2025_2026_pays_the_published_amounts_before_and_after_1_july_2026() {
    let policy = policy();
    let costs = school_year_costs(&policy, &LocalTopUps::none(), SchoolYear { first: 2025 }, false).unwrap();
    assert_eq!(costs.len(), 2, "the new base salary splits the school year");

    // From 1/8/2025: base salary 2.340.000 đồng, state support 50%.
    assert_eq!((costs[0].from, costs[0].until), (day("2025-08-01"), day("2026-06-30")));
    assert_eq!(costs[0].pays.yearly, 631_800);
    assert_eq!(periods(&costs[0]), vec![(3, 157_950), (6, 315_900), (12, 631_800)]);

    // From 1/7/2026: base salary 2.530.000 đồng.
    assert_eq!((costs[1].from, costs[1].until), (day("2026-07-01"), day("2026-07-31")));
    assert_eq!(costs[1].pays.yearly, 683_100);
    assert_eq!(periods(&costs[1]), vec![(3, 170_775), (6, 341_550), (12, 683_100)]);
}

#[test]
fn before_1_july_2025_the_support_was_30_percent() {
    let cost = pupil_cost(&policy(), &LocalTopUps::none(), day("2025-06-30"), false).unwrap();
    assert_eq!(cost.national.to_string(), "30%");
    assert_eq!(cost.pays.yearly, 884_520); // 70% × 105.300 × 12
}

#[test]
fn an_ethnic_minority_pupil_in_long_thanh_pays_nothing_other_pupils_pay_the_national_amount() {
    let policy = policy();
    let local = LocalTopUps::load(&content(), "long-thanh").unwrap();
    assert!(local.applicable(TopUpTarget::EthnicMinorityPupil, day("2026-11-23")).count() == 1);
    let ethnic = pupil_cost(&policy, &local, day("2026-11-23"), true).unwrap();
    assert_eq!(ethnic.pays.yearly, 0);
    assert_eq!(ethnic.local[0].confidence_label, "khả năng cao");
    assert_eq!(pupil_cost(&policy, &local, day("2026-11-23"), false).unwrap().pays.yearly, 683_100);
}

#[test]
fn a_child_entering_grade_1_in_2026_has_no_day_without_a_card() {
    let dates = card_dates(&policy(), SchoolYear::containing(day("2026-09-05")), day("2026-09-05")).unwrap();
    assert_eq!(dates.under_six_until, day("2026-09-30"));
    assert_eq!(dates.grade_one_from, day("2026-10-01"));
    assert_eq!(grade_one_gap_days(&dates), 0);
}

#[test]
fn a_grade_12_pupil_of_2026_2027_is_covered_to_30_september_2027_and_a_first_year_student_from_1_october() {
    let dates = card_dates(&policy(), SchoolYear { first: 2026 }, day("2026-11-23")).unwrap();
    assert_eq!(dates.grade_twelve_until, day("2027-09-30"));
    // Someone who finished grade 12 in 2026 and starts university in 2026–2027.
    assert_eq!(dates.last_grade_twelve_until, day("2026-09-30"));
    assert_eq!(dates.first_year_from, day("2026-10-01"));
}
