//! A deterministic, valid, province-sized file for tests and the benchmark.
//! Not for the page: the figures are made up by a pseudo-random sequence.

use crate::date::{Date, YearMonth};
use crate::model::{GroupCount, InsuredGroup, Locality, MonthPoint, Percent, Statistics, Unit, FORMAT_VERSION};

/// A made-up province with `unit_count` units (at least one), as of 2026-10-31, with twelve
/// months of history (and the end of 2025 for each unit). Every total adds up, so it parses without errors or warnings.
pub fn synthetic_province(unit_count: usize) -> Statistics {
    let locality = Locality { id: "tinh-mau".into(), name: "Tỉnh mẫu".into() };
    synthetic_statistics(locality, unit_count, 0x5EED_B417)
}

/// The same for one made-up locality: `seed` varies the figures from one locality to another.
/// Unit `n` is `dv-0000n`, "Ấp n" or "Tổ dân phố n".
pub fn synthetic_statistics(locality: Locality, unit_count: usize, seed: u64) -> Statistics {
    let mut random = Lcg(seed);
    let units: Vec<Unit> = (1..=unit_count.max(1))
        .map(|number| {
            let population = 1_200 + random.below(2_300);
            // Coverage between 85,0 % and 99,9 %.
            let coverage_tenths = 850 + random.below(150);
            let insured = population * coverage_tenths / 1000;
            let without_card = population - insured;
            let card_expired = without_card * (20 + random.below(20)) / 100;
            let kind = if number % 3 == 0 { "Ấp" } else { "Tổ dân phố" };
            // The end of last year, for the year-end report: a few more residents lacked a card.
            let year_start = MonthPoint {
                month: YearMonth::new(2025, 12).expect("valid month"),
                population: population - population / 100,
                insured: insured - insured * (20 + random.below(40)) / 1000,
            };
            Unit {
                id: format!("dv-{number:05}"),
                name: format!("{kind} {number}"),
                population,
                insured,
                never_enrolled: without_card - card_expired,
                card_expired,
                policy_not_fully_supported: random.below(without_card / 4 + 1),
                history: vec![year_start],
            }
        })
        .collect();
    let population: u64 = units.iter().map(|unit| unit.population).sum();
    let insured: u64 = units.iter().map(|unit| unit.insured).sum();

    // Shares of the insured by group, in per mille; households take the remainder.
    let shares: [(InsuredGroup, u64); 12] = [
        (InsuredGroup::Employees, 180),
        (InsuredGroup::Pensioners, 60),
        (InsuredGroup::MeritoriousPeople, 25),
        (InsuredGroup::ChildrenUnder6, 80),
        (InsuredGroup::PupilsAndStudents, 190),
        (InsuredGroup::Elderly, 40),
        (InsuredGroup::Poor, 30),
        (InsuredGroup::NearPoor, 35),
        (InsuredGroup::SocialAssistance, 20),
        (InsuredGroup::EthnicMinorities, 40),
        (InsuredGroup::FarmHouseholds, 15),
        (InsuredGroup::Other, 15),
    ];
    let mut groups: Vec<GroupCount> = shares
        .iter()
        .map(|(group, per_mille)| GroupCount { group: *group, insured: insured * per_mille / 1000 })
        .collect();
    let listed: u64 = groups.iter().map(|group| group.insured).sum();
    groups.push(GroupCount { group: InsuredGroup::Households, insured: insured - listed });

    let as_of = Date::new(2026, 10, 31).expect("valid date");
    let mut month = YearMonth::new(2025, 11).expect("valid month");
    let history = (0..12u64)
        .map(|index| {
            let months_before = 11 - index;
            let point = MonthPoint {
                month,
                population: population - population * months_before / 1000,
                insured: insured - insured * months_before * 4 / 1000,
            };
            month = month.next();
            point
        })
        .collect();

    Statistics {
        schema: None,
        format_version: FORMAT_VERSION,
        locality,
        as_of,
        source: "Số liệu tự sinh để thử tải và đo thời gian, không phải số liệu thật".into(),
        is_sample: true,
        target: Percent::from_tenths(950),
        population,
        insured,
        units,
        groups,
        history,
    }
}

/// The same file as JSON text, as an official would publish it.
pub fn synthetic_province_json(unit_count: usize) -> String {
    serde_json::to_string_pretty(&synthetic_province(unit_count)).expect("plain data serializes")
}

/// Knuth's MMIX linear congruential generator: enough for made-up figures.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % bound.max(1)
    }
}
