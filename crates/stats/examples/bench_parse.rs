//! Parse and derive time for a province-sized file.
//!
//!     cargo run --release -p bhyt-stats --example bench_parse [-- UNITS]

use bhyt_stats::{
    bar_chart, consistency_warnings, parse, synthetic_province_json, to_csv, trend_chart, Date, SortOrder, UnitSort,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

const ROUNDS: usize = 20;

fn main() {
    let units: usize = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(5_000);
    let json = synthetic_province_json(units);
    let today = Date::parse("2026-11-23").unwrap();
    println!("{units} đơn vị, {:.2} MB JSON, trung vị của {ROUNDS} lần chạy:", json.len() as f64 / 1e6);

    let parse_time = median(|| {
        black_box(parse(black_box(&json), today).unwrap());
    });
    let statistics = parse(&json, today).unwrap();

    let derive_time = median(|| {
        let overall = statistics.overall();
        let sorted = statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending);
        let bars = bar_chart(&sorted, statistics.target);
        let trend = trend_chart(&statistics.trend(), statistics.target, 600.0, 200.0);
        let groups = statistics.group_breakdown();
        let warnings = consistency_warnings(&statistics);
        black_box((overall, statistics.units_meeting_target(), bars, trend, groups, warnings));
    });
    let name_sort_time = median(|| {
        black_box(statistics.sorted_units(UnitSort::Name, SortOrder::Ascending));
    });
    let csv_time = median(|| {
        black_box(to_csv(&statistics));
    });

    println!("  parse (đọc + kiểm tra):                      {}", millis(parse_time));
    println!("  derive (tổng, sắp theo tỷ lệ, biểu đồ, nhóm, cảnh báo): {}", millis(derive_time));
    println!("  sắp theo tên (tiếng Việt):                   {}", millis(name_sort_time));
    println!("  CSV:                                         {}", millis(csv_time));
}

fn median(mut run: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..ROUNDS)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[ROUNDS / 2]
}

fn millis(duration: Duration) -> String {
    format!("{:.2} ms", duration.as_secs_f64() * 1000.0)
}
