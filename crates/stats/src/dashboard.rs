//! Small pieces the statistics page and its embeddable widget need beyond the figures:
//! paging a province-sized unit table, the CSV as a link target, and the iframe embed code.

use crate::csv::to_csv;
use crate::figures::{SortOrder, UnitSort};
use crate::model::Statistics;
use bhyt_core::tr;
use std::ops::Range;

/// Rows per page of the unit table: a province file has thousands of units, and rendering
/// them all at once would freeze a cheap phone.
pub const TABLE_PAGE_SIZE: usize = 50;

/// Bars the chart draws before "xem tất cả": the units furthest from the target come first
/// by default, which is what officials act on.
pub const CHART_DEFAULT_UNITS: usize = 20;

/// Most bars the chart draws even when the reader asks for all: thousands of bars would freeze
/// a cheap phone for seconds and no one reads them; the table pages through every unit.
pub const CHART_MAX_UNITS: usize = 300;

/// `type` of the message the widget posts to its parent with its height in CSS pixels.
pub const WIDGET_HEIGHT_MESSAGE: &str = "bhyt-thong-ke-chieu-cao";

/// Number of table pages for `rows` rows (at least one, so "trang 1/1" reads right when empty).
pub fn page_count(rows: usize, page_size: usize) -> usize {
    rows.div_ceil(page_size.max(1)).max(1)
}

/// Row indices shown on `page` (0-based); a page past the end is clamped to the last one.
pub fn page_rows(rows: usize, page: usize, page_size: usize) -> Range<usize> {
    let page_size = page_size.max(1);
    let page = page.min(page_count(rows, page_size) - 1);
    let start = page * page_size;
    start.min(rows)..(start + page_size).min(rows)
}

/// The CSV export as a `data:` URL for a download link. It works without JavaScript too, so
/// the pre-rendered page offers the download as well.
pub fn csv_data_url(statistics: &Statistics) -> String {
    format!("data:text/csv;charset=utf-8,{}", bhyt_core::query::percent_encode(&to_csv(statistics)))
}

/// HTML to paste into the ward portal: the widget in an iframe that fills the width, and a
/// listener that sets the iframe's height from the widget's messages (only from the site's
/// own origin), so it never shows a scrollbar or a gap. `widget_path` is the widget's path on
/// the site, e.g. `/nhung/thong-ke/`.
pub fn embed_code(base_url: &str, widget_path: &str, title: &str) -> String {
    let base_url = base_url.trim_end_matches('/');
    let src = format!("{base_url}{widget_path}");
    let (origin, _) = bhyt_core::origin_and_path(base_url);
    let title = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" style=\"width:100%;max-width:40rem;border:0\" height=\"360\" loading=\"lazy\"></iframe>\n\
<script>\n\
window.addEventListener(\"message\", function (event) {{\n\
  if (event.origin !== \"{origin}\" || !event.data || event.data.type !== \"{WIDGET_HEIGHT_MESSAGE}\") return;\n\
  document.querySelectorAll(\"iframe[src='{src}']\").forEach(function (frame) {{\n\
    if (frame.contentWindow === event.source) frame.style.height = event.data.height + \"px\";\n\
  }});\n\
}});\n\
</script>"
    )
}

/// The orders a reader can pick for the unit chart and table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortChoice {
    /// The default: the units furthest from the target first, which is what officials act on.
    LowestCoverage,
    HighestCoverage,
    MostUninsured,
    Name,
}

impl SortChoice {
    pub const ALL: [SortChoice; 4] =
        [SortChoice::LowestCoverage, SortChoice::HighestCoverage, SortChoice::MostUninsured, SortChoice::Name];

    /// Value of `?sap-xep=` in the address.
    pub fn slug(self) -> &'static str {
        match self {
            SortChoice::LowestCoverage => "ty-le-thap",
            SortChoice::HighestCoverage => "ty-le-cao",
            SortChoice::MostUninsured => "chua-co-the",
            SortChoice::Name => "ten",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            SortChoice::LowestCoverage => tr("Tỷ lệ thấp trước"),
            SortChoice::HighestCoverage => tr("Tỷ lệ cao trước"),
            SortChoice::MostUninsured => tr("Nhiều người chưa có thẻ trước"),
            SortChoice::Name => tr("Theo tên"),
        }
    }

    pub fn order(self) -> (UnitSort, SortOrder) {
        match self {
            SortChoice::LowestCoverage => (UnitSort::Coverage, SortOrder::Ascending),
            SortChoice::HighestCoverage => (UnitSort::Coverage, SortOrder::Descending),
            SortChoice::MostUninsured => (UnitSort::Uninsured, SortOrder::Descending),
            SortChoice::Name => (UnitSort::Name, SortOrder::Ascending),
        }
    }

    fn from_slug(slug: &str) -> Option<SortChoice> {
        SortChoice::ALL.into_iter().find(|choice| choice.slug() == slug)
    }
}

/// What the reader chose on the dashboard, kept in the address (`?sap-xep=ten&trang=2&tat-ca=1`)
/// so that reload, back and a shared link show the same view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DashboardView {
    pub sort: SortChoice,
    /// 0-based page of the unit table.
    pub table_page: usize,
    /// Every unit in the bar chart, not only the first [`CHART_DEFAULT_UNITS`].
    pub all_bars: bool,
}

impl Default for DashboardView {
    fn default() -> Self {
        DashboardView { sort: SortChoice::LowestCoverage, table_page: 0, all_bars: false }
    }
}

impl DashboardView {
    /// Reads the address's query. Values it cannot use are replaced by the default and
    /// described in plain Vietnamese for a notice on the page; other keys (such as `fbclid`,
    /// which Facebook adds to shared links) are none of its business and are ignored.
    pub fn from_query(query: &str) -> (DashboardView, Vec<String>) {
        let mut view = DashboardView::default();
        let mut problems = Vec::new();
        for (key, value) in bhyt_core::query::pairs(query) {
            let shown: String = value.chars().take(20).collect();
            match key {
                "sap-xep" => match SortChoice::from_slug(value) {
                    Some(sort) => view.sort = sort,
                    None => problems
                        .push(format!("Không có cách sắp xếp “{shown}”: bảng được sắp xếp theo tỷ lệ thấp trước.")),
                },
                "trang" => match value.parse::<usize>() {
                    Ok(page) if page >= 1 => view.table_page = page - 1,
                    _ => problems.push(format!("Số trang “{shown}” không dùng được: bảng hiện trang 1.")),
                },
                "tat-ca" => match value {
                    "1" => view.all_bars = true,
                    "0" => view.all_bars = false,
                    _ => problems.push(format!(
                        "Giá trị “{shown}” của tat-ca không dùng được: biểu đồ hiện {CHART_DEFAULT_UNITS} đơn vị đầu."
                    )),
                },
                _ => {}
            }
        }
        (view, problems)
    }

    /// The query for this view (`""` for the default view), without the leading `?`.
    pub fn to_query(self) -> String {
        let mut parts = Vec::new();
        if self.sort != SortChoice::LowestCoverage {
            parts.push(format!("sap-xep={}", self.sort.slug()));
        }
        if self.table_page > 0 {
            parts.push(format!("trang={}", self.table_page + 1));
        }
        if self.all_bars {
            parts.push("tat-ca=1".to_owned());
        }
        parts.join("&")
    }

    /// Keeps the page inside the table (a shared link may name a page a newer file no longer
    /// has); says so when it had to.
    pub fn clamp_page(&mut self, rows: usize) -> Option<String> {
        let pages = page_count(rows, TABLE_PAGE_SIZE);
        (self.table_page >= pages).then(|| {
            let asked = self.table_page + 1;
            self.table_page = pages - 1;
            format!("Bảng chỉ có {pages} trang, không có trang {asked}: đang hiện trang {pages}.")
        })
    }
}

#[cfg(test)]
mod view_tests {
    use super::*;

    #[test]
    fn the_address_round_trips_the_view() {
        let view = DashboardView { sort: SortChoice::Name, table_page: 2, all_bars: true };
        assert_eq!(view.to_query(), "sap-xep=ten&trang=3&tat-ca=1");
        assert_eq!(DashboardView::from_query(&format!("?{}", view.to_query())), (view, vec![]));
        assert_eq!(DashboardView::default().to_query(), "");
    }

    #[test]
    fn bad_values_fall_back_with_a_message_and_foreign_keys_are_ignored() {
        let (view, problems) = DashboardView::from_query("?sap-xep=<script>&trang=0&tat-ca=x&fbclid=abc");
        assert_eq!(view, DashboardView::default());
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("“<script>”"));
        assert_eq!(DashboardView::from_query("fbclid=abc&trang=abc").1.len(), 1);
    }

    #[test]
    fn a_page_past_the_end_is_clamped_and_reported() {
        let mut view = DashboardView { table_page: 9, ..DashboardView::default() };
        let message = view.clamp_page(120).expect("reported");
        assert_eq!(view.table_page, 2);
        assert!(message.contains("3 trang") && message.contains("trang 10"), "{message}");
        assert_eq!(view.clamp_page(120), None);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, synthetic_province_json, Date};

    #[test]
    fn pages_cover_every_row_once() {
        assert_eq!(page_count(0, 50), 1);
        assert_eq!(page_count(50, 50), 1);
        assert_eq!(page_count(5000, 50), 100);
        assert_eq!(page_count(5001, 50), 101);
        assert_eq!(page_rows(0, 0, 50), 0..0);
        assert_eq!(page_rows(120, 0, 50), 0..50);
        assert_eq!(page_rows(120, 2, 50), 100..120);
        assert_eq!(page_rows(120, 9, 50), 100..120, "clamped to the last page");
        let covered: usize = (0..page_count(5001, 50)).map(|page| page_rows(5001, page, 50).len()).sum();
        assert_eq!(covered, 5001);
    }

    #[test]
    fn csv_data_url_decodes_to_the_csv() {
        let json = synthetic_province_json(3);
        let statistics = parse(&json, Date::parse("2026-11-23").unwrap()).unwrap();
        let url = csv_data_url(&statistics);
        let encoded = url.strip_prefix("data:text/csv;charset=utf-8,").unwrap();
        assert!(!encoded.contains([' ', ',', '\n', '"', '#']));
        let mut bytes = Vec::new();
        let mut rest = encoded.as_bytes();
        while let Some((&first, tail)) = rest.split_first() {
            if first == b'%' {
                bytes.push(u8::from_str_radix(std::str::from_utf8(&tail[..2]).unwrap(), 16).unwrap());
                rest = &tail[2..];
            } else {
                bytes.push(first);
                rest = tail;
            }
        }
        assert_eq!(String::from_utf8(bytes).unwrap(), to_csv(&statistics));
    }

    #[test]
    fn embed_code_points_at_the_widget_and_trusts_only_the_site() {
        let code = embed_code("https://bhyt.example.gov.vn/", "/nhung/thong-ke/", "Tỷ lệ \"BHYT\"");
        assert!(code.contains("<iframe src=\"https://bhyt.example.gov.vn/nhung/thong-ke/\""));
        assert!(code.contains("title=\"Tỷ lệ &quot;BHYT&quot;\""));
        assert!(code.contains("event.origin !== \"https://bhyt.example.gov.vn\""));
        assert!(code.contains(WIDGET_HEIGHT_MESSAGE));
    }
}
