//! Derived figures, sorting, CSV and chart geometry on the shipped Kiến An sample and the
//! small fixture.

mod common;

use bhyt_stats::{
    bar_chart, csv_file_name, format_count, format_percent, parse, to_csv, trend_chart, InsuredGroup, SortOrder,
    Statistics, UnitSort, BAR_ROW_PITCH,
};
use common::{content_dir, good, parse_value, today};
use serde_json::json;

fn kien_an() -> Statistics {
    let text = std::fs::read_to_string(content_dir().join("kien-an/thong-ke.json")).unwrap();
    parse(&text, today()).unwrap()
}

fn ids(units: &[&bhyt_stats::Unit]) -> Vec<String> {
    units.iter().map(|unit| unit.id.clone()).collect()
}

#[test]
fn overall_coverage_and_gap() {
    let statistics = kien_an();
    let overall = statistics.overall();
    // 27.673 / 29.591 = 93,518…% → 93,5%.
    assert_eq!(format_percent(overall.percent()), "93,5%");
    assert_eq!(format_count(overall.uninsured()), "1.918");
    // 95 % of 29.591 is 28.111,45 → 28.112 people; 28.112 − 27.673 = 439.
    assert_eq!(overall.needed_for_target(), 439);
    assert!(!overall.meets_target());
    assert_eq!(statistics.units_meeting_target(), 4);
}

#[test]
fn a_unit_just_below_the_target_is_not_shown_as_95() {
    let statistics = kien_an();
    let unit = statistics.units.iter().find(|unit| unit.id == "tdp-5").unwrap();
    let coverage = unit.coverage(statistics.target);
    // 1.457 / 1.534 = 94,98 %: shown as 94,9 %, one more person needed.
    assert_eq!(format_percent(coverage.percent()), "94,9%");
    assert_eq!(coverage.needed_for_target(), 1);
    assert!(!coverage.meets_target());
}

#[test]
fn sorting() {
    let statistics = kien_an();
    let by_name = ids(&statistics.sorted_units(UnitSort::Name, SortOrder::Ascending));
    assert_eq!(by_name[..4], ["tdp-1", "tdp-2", "tdp-3", "tdp-4"]);
    assert_eq!(by_name[11], "tdp-12");
    let by_name_desc = ids(&statistics.sorted_units(UnitSort::Name, SortOrder::Descending));
    assert_eq!(by_name_desc[0], "tdp-12");

    let by_coverage = statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending);
    assert_eq!(by_coverage[0].id, "tdp-11"); // 89,8 %
    assert_eq!(by_coverage[11].id, "tdp-7"); // 97,1 %
    let ratios: Vec<f64> = by_coverage.iter().map(|unit| unit.coverage(statistics.target).ratio()).collect();
    assert!(ratios.windows(2).all(|pair| pair[0] <= pair[1]));

    let by_gap = statistics.sorted_units(UnitSort::NeededForTarget, SortOrder::Descending);
    let gaps: Vec<u64> = by_gap.iter().map(|unit| unit.coverage(statistics.target).needed_for_target()).collect();
    assert!(gaps.windows(2).all(|pair| pair[0] >= pair[1]), "{gaps:?}");
    // Units that meet the target tie at 0 and fall back to name order.
    assert_eq!(ids(&by_gap[8..]), ["tdp-1", "tdp-4", "tdp-7", "tdp-10"]);

    let by_uninsured = statistics.sorted_units(UnitSort::Uninsured, SortOrder::Descending);
    assert_eq!(by_uninsured[0].id, "tdp-6"); // 281 people without a card
}

#[test]
fn group_breakdown() {
    let statistics = parse_value(&good()).unwrap();
    let breakdown = statistics.group_breakdown();
    assert_eq!(breakdown.rows.len(), 2);
    assert_eq!(breakdown.rows[0].group, InsuredGroup::PupilsAndStudents);
    assert_eq!(breakdown.rows[0].group.label(), "Học sinh, sinh viên");
    assert_eq!(format_percent(breakdown.rows[0].share), "19,1%"); // 900 / 4.700
    assert_eq!(breakdown.unclassified, 0);

    let mut file = good();
    file["theo_nhom"] = json!([{ "ma": "ho-ngheo", "da_tham_gia": 100 }]);
    assert_eq!(parse_value(&file).unwrap().group_breakdown().unclassified, 4_600);
}

#[test]
fn review_totals() {
    let totals = parse_value(&good()).unwrap().review_totals();
    assert_eq!((totals.never_enrolled, totals.card_expired, totals.policy_not_fully_supported), (200, 100, 13));
}

#[test]
fn csv_export() {
    let statistics = parse_value(&good()).unwrap();
    let csv = to_csv(&statistics);
    assert!(csv.starts_with('\u{feff}'), "byte order mark for Excel");
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(lines.len(), 2 + 2 + 1, "header, two units, total, and the final line end");
    assert_eq!(
        lines[0],
        "Mã đơn vị,Tên đơn vị,Dân số,Đã tham gia BHYT,Tỷ lệ tham gia (%),\"Đạt mục tiêu 95,0%\",Còn chưa có thẻ,\
         Cần thêm để đạt mục tiêu,Chưa tham gia,Thẻ hết hạn,Diện chính sách chưa được hỗ trợ đủ"
    );
    // 1.920 / 2.000 = 96,0 %; 2.780 / 3.000 = 92,66 % → 92,6 %, 2.850 needed → 70 more.
    assert_eq!(lines[1], "tdp-1,Tổ dân phố 1,2000,1920,\"96,0\",Đạt,80,0,50,30,4");
    assert_eq!(lines[2], "tdp-2,Tổ dân phố 2,3000,2780,\"92,6\",Chưa đạt,220,70,150,70,9");
    assert_eq!(lines[3], ",Tổng cộng,5000,4700,\"94,0\",Chưa đạt,300,50,200,100,13");
    assert_eq!(lines[4], "");
    assert_eq!(csv_file_name(&statistics), "thong-ke-bhyt-kien-an-2026-10-31.csv");
    assert_eq!(csv_file_name(&kien_an()), "thong-ke-bhyt-kien-an-2026-10-31-so-lieu-mau.csv");
}

#[test]
fn csv_quotes_names_with_commas_and_quotes() {
    let mut file = good();
    file["don_vi"][0]["ten"] = json!("Khu phố \"Chợ\", Bắc");
    let csv = to_csv(&parse_value(&file).unwrap());
    assert!(csv.contains("\r\ntdp-1,\"Khu phố \"\"Chợ\"\", Bắc\",2000,"), "{csv}");
}

#[test]
fn csv_of_the_samples_has_one_row_per_unit_plus_total() {
    let statistics = kien_an();
    let csv = to_csv(&statistics);
    assert_eq!(csv.matches("\r\n").count(), 1 + 12 + 1);
    assert!(csv.contains("\r\ntdp-12,Tổ dân phố 12,"));
    assert!(csv.contains("\r\n,Tổng cộng,29591,27673,\"93,5\",Chưa đạt,1918,439,"));
}

#[test]
fn bar_chart_geometry() {
    let statistics = kien_an();
    let units = statistics.sorted_units(UnitSort::Name, SortOrder::Ascending);
    let chart = bar_chart(&units, statistics.target);
    assert_eq!(chart.rows.len(), 12);
    assert_eq!(chart.target_x, 95.0);
    assert_eq!(chart.height, 12.0 * BAR_ROW_PITCH);
    assert_eq!(
        chart.ticks.iter().map(|tick| tick.label.as_str()).collect::<Vec<_>>(),
        ["0%", "20%", "40%", "60%", "80%", "100%"]
    );
    let first = &chart.rows[0];
    assert_eq!(
        (first.unit_id.as_str(), first.y, first.width, first.value_label.as_str()),
        ("tdp-1", 0.0, 96.1, "96,1%")
    );
    assert!(first.meets_target);
    let fifth = &chart.rows[4];
    assert_eq!((fifth.unit_id.as_str(), fifth.width), ("tdp-5", 94.9));
    assert!(!fifth.meets_target);
    for row in &chart.rows {
        assert_eq!(row.meets_target, row.width >= chart.target_x, "bar end and target line agree for {}", row.unit_id);
        assert!(row.y + row.height <= chart.height);
    }
}

#[test]
fn trend_chart_geometry() {
    let statistics = kien_an();
    let chart = trend_chart(&statistics.trend(), statistics.target, 600.0, 200.0);
    assert_eq!(chart.points.len(), 12);
    // 91,2 % … 93,5 %, target 95 %: axis from 90 % to 100 % in steps of 2.
    assert_eq!((chart.y_min_percent, chart.y_max_percent), (90.0, 100.0));
    let labels: Vec<&str> = chart.y_ticks.iter().map(|tick| tick.label.as_str()).collect();
    assert_eq!(labels, ["90%", "92%", "94%", "96%", "98%", "100%"]);
    assert_eq!(chart.y_ticks[0].position, 200.0);
    assert_eq!(chart.y_ticks[5].position, 0.0);
    assert_eq!(chart.target_y, 100.0);
    assert_eq!(chart.points[0].x, 0.0);
    assert_eq!(chart.points[11].x, 600.0);
    assert_eq!(chart.points[0].month_label, "11/2025");
    assert_eq!(chart.points[11].value_label, "93,5%");
    // 93,5 % is 3,5 of the 10 points above the bottom: y = 200 − 70 = 130.
    assert!((chart.points[11].y - 130.0).abs() < 1e-9);
    assert!(chart.points.windows(2).all(|pair| pair[1].y < pair[0].y), "coverage rises, so y falls");
    assert!(chart.line_path.starts_with("M0.00,"));
    assert_eq!(chart.line_path.matches(" L").count(), 11);
    assert!(chart.line_path.ends_with("600.00,130.00"));
}

#[test]
fn trend_chart_with_one_or_no_points() {
    let statistics = parse_value(&good()).unwrap();
    let one = trend_chart(&statistics.trend()[..1], statistics.target, 300.0, 100.0);
    assert_eq!(one.points[0].x, 150.0);
    assert_eq!(one.line_path.matches('M').count(), 1);
    let none = trend_chart(&[], statistics.target, 300.0, 100.0);
    assert!(none.points.is_empty() && none.line_path.is_empty());
    assert!(!none.y_ticks.is_empty());
}
