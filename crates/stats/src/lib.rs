//! Health insurance coverage statistics: the published file `thong-ke.json` (format version 1,
//! described in `FORMAT.md` and `content/thong-ke.schema.json`), its strict parser, the
//! figures the dashboard derives, the CSV export and the chart geometry.
//!
//! Plain Rust with only `serde` and `serde_json`, so the same code runs in the browser
//! (WebAssembly), in the build-time pre-render and in the `kiem-tra-so-lieu` checker.
//!
//! ```
//! use bhyt_stats::{parse, Date, SortOrder, UnitSort, format_count, format_percent};
//!
//! let json = bhyt_stats::synthetic_province_json(3);
//! let today = Date::parse("2026-11-23").unwrap(); // in the browser: today in Vietnam, Date::in_vietnam_at_unix_seconds
//! match parse(&json, today) {
//!     Ok(statistics) => {
//!         let overall = statistics.overall();
//!         let headline = format!(
//!             "{} dân số có thẻ; còn {} người chưa có thẻ, cần thêm {} người để đạt mục tiêu {}",
//!             format_percent(overall.percent()),
//!             format_count(overall.uninsured()),
//!             format_count(overall.needed_for_target()),
//!             format_percent(statistics.target),
//!         );
//!         assert!(headline.contains('%'));
//!         let units = statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending);
//!         let bars = bhyt_stats::bar_chart(&units, statistics.target);
//!         assert_eq!(bars.rows.len(), 3);
//!     }
//!     Err(errors) => {
//!         for error in &errors {
//!             eprintln!("{error}"); // "don_vi[3].da_tham_gia: Không được là số âm (đang là -5)."
//!         }
//!     }
//! }
//! ```

mod chart;
mod collate;
mod csv;
mod dashboard;
mod date;
mod figures;
mod format;
mod locate;
mod model;
mod node;
mod parse;
mod province;
mod report;
mod synthetic;
mod warnings;

pub use chart::{
    bar_chart, trend_chart, AxisTick, BarChart, BarRow, ChartPoint, TrendChart, BAR_CHART_WIDTH, BAR_HEIGHT,
    BAR_ROW_PITCH,
};
pub use collate::compare_vi;
pub use csv::{csv_file_name, csv_header, csv_line, to_csv};
pub use dashboard::{
    csv_data_url, embed_code, page_count, page_rows, DashboardView, SortChoice, CHART_DEFAULT_UNITS, CHART_MAX_UNITS,
    TABLE_PAGE_SIZE, WIDGET_HEIGHT_MESSAGE,
};
pub use date::{parse_date, Date, DateError, YearMonth};
pub use figures::{Coverage, GroupBreakdown, GroupShare, ReviewTotals, SortOrder, TrendPoint, UnitSort};
pub use format::{format_count, format_date, format_month, format_percent};
pub use locate::line_of_field;
pub use model::{
    GroupCount, InsuredGroup, Locality, MonthPoint, Percent, Statistics, Unit, FORMAT_VERSION, MAX_COUNT,
    UNIVERSAL_COVERAGE_YEAR,
};
pub use parse::{parse, StatsError, MAX_REPORTED_ERRORS};
pub use province::province_statistics;
pub use report::{
    asked_report_year, chosen_report, report_years, year_report, Moment, PointChange, UnitYear, YearReport,
    REPORT_YEAR_KEY,
};
pub use synthetic::{synthetic_province, synthetic_province_json, synthetic_statistics};
pub use warnings::{consistency_warnings, site_mismatches, StatsWarning};
