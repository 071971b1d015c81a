//! A province-sized file (5,000 units) parses, derives and exports. Timing is measured by
//! `cargo run --release -p bhyt-stats --example bench_parse`, not asserted here.

mod common;

use bhyt_stats::{
    bar_chart, consistency_warnings, parse, synthetic_province, synthetic_province_json, to_csv, trend_chart,
    SortOrder, UnitSort,
};
use common::today;

#[test]
fn five_thousand_units() {
    let json = synthetic_province_json(5_000);
    assert!(json.len() > 1_000_000, "about 1 MB of JSON, got {} bytes", json.len());
    let statistics = parse(&json, today()).unwrap_or_else(|errors| panic!("{errors:#?}"));
    assert_eq!(statistics.units.len(), 5_000);
    assert_eq!(statistics, synthetic_province(5_000), "parse gives back what was generated");
    assert_eq!(consistency_warnings(&statistics), []);

    let sorted = statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending);
    assert_eq!(bar_chart(&sorted, statistics.target).rows.len(), 5_000);
    assert_eq!(trend_chart(&statistics.trend(), statistics.target, 600.0, 200.0).points.len(), 12);
    assert_eq!(to_csv(&statistics).matches("\r\n").count(), 5_002);
    let meeting = statistics.units_meeting_target();
    assert!(meeting > 500 && meeting < 4_500, "{meeting}");
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(synthetic_province_json(50), synthetic_province_json(50));
}
