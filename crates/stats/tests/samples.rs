//! The shipped sample files: valid, marked as sample, realistic, and using the same unit ids
//! and names as the locality configurations.

mod common;

use bhyt_stats::{consistency_warnings, parse, site_mismatches, Date, Statistics};
use common::{content_dir, today};

const SAMPLE_SOURCE: &str = "Số liệu mẫu để minh họa, không phải số liệu chính thức";

fn sample(locality: &str) -> Statistics {
    let path = content_dir().join(locality).join("thong-ke.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    parse(&text, today()).unwrap_or_else(|errors| panic!("{}: {errors:#?}", path.display()))
}

/// `(ma, ten)` of every `[[don_vi]]` in `content/<locality>/site.toml`, and the locality id.
fn site_units(locality: &str) -> (String, Vec<(String, String)>) {
    let path = content_dir().join(locality).join("site.toml");
    let site: toml::Value = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let id = site["dia_phuong"]["ma"].as_str().unwrap().to_owned();
    let units = site["don_vi"]
        .as_array()
        .unwrap()
        .iter()
        .map(|unit| (unit["ma"].as_str().unwrap().to_owned(), unit["ten"].as_str().unwrap().to_owned()))
        .collect();
    (id, units)
}

fn check_sample(locality: &str, full_name: &str, unit_count: usize, population_range: std::ops::RangeInclusive<u64>) {
    let statistics = sample(locality);
    assert_eq!(statistics.locality.id, locality);
    assert_eq!(statistics.locality.name, full_name);
    assert!(statistics.is_sample);
    assert_eq!(statistics.source, SAMPLE_SOURCE);
    assert_eq!(statistics.target.tenths(), 950);
    assert!(
        (Date::parse("2026-10-20").unwrap()..=Date::parse("2026-11-10").unwrap()).contains(&statistics.as_of),
        "as of {}",
        statistics.as_of
    );
    assert_eq!(statistics.units.len(), unit_count);
    for unit in &statistics.units {
        assert!(population_range.contains(&unit.population), "{}: {}", unit.id, unit.population);
    }
    let meeting = statistics.units_meeting_target();
    assert!(meeting > 0 && meeting < unit_count, "{meeting} of {unit_count} units meet the target");
    assert_eq!(statistics.history.len(), 12);
    assert!(statistics.trend().windows(2).all(|pair| pair[0].coverage.ratio() < pair[1].coverage.ratio()));
    assert!(!statistics.groups.is_empty());
    assert_eq!(consistency_warnings(&statistics), []);

    let (site_id, units) = site_units(locality);
    let units: Vec<(&str, &str)> = units.iter().map(|(id, name)| (id.as_str(), name.as_str())).collect();
    assert_eq!(site_mismatches(&statistics, &site_id, &units), []);
}

#[test]
fn kien_an_sample() {
    check_sample("kien-an", "Phường Kiến An", 12, 1_500..=3_500);
}

#[test]
fn long_thanh_sample() {
    check_sample("long-thanh", "Xã Long Thạnh", 8, 1_200..=2_800);
}

#[test]
fn site_mismatches_are_reported() {
    let statistics = sample("long-thanh");
    let warnings = site_mismatches(&statistics, "kien-an", &[("ap-1", "Ấp Một"), ("ap-9", "Ấp 9")]);
    let paths: Vec<&str> = warnings.iter().map(|warning| warning.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "dia_phuong.ma",
            "don_vi[0].ten",
            "don_vi[1].ma",
            "don_vi[2].ma",
            "don_vi[3].ma",
            "don_vi[4].ma",
            "don_vi[5].ma",
            "don_vi[6].ma",
            "don_vi[7].ma",
            "don_vi"
        ]
    );
}

#[test]
fn serializing_gives_back_the_same_file() {
    for locality in ["kien-an", "long-thanh"] {
        let statistics = sample(locality);
        let json = serde_json::to_string(&statistics).unwrap();
        assert_eq!(parse(&json, today()).unwrap(), statistics);
        // And the shipped text uses exactly the serialized keys and values.
        let shipped: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(content_dir().join(locality).join("thong-ke.json")).unwrap())
                .unwrap();
        assert_eq!(serde_json::to_value(&statistics).unwrap(), shipped);
    }
}
