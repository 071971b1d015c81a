//! Small pieces the statistics page and its embeddable widget need beyond the figures:
//! paging a province-sized unit table, the CSV as a link target, and the iframe embed code.

use crate::csv::to_csv;
use crate::model::Statistics;
use std::ops::Range;

/// Rows per page of the unit table: a province file has thousands of units, and rendering
/// them all at once would freeze a cheap phone.
pub const TABLE_PAGE_SIZE: usize = 50;

/// Bars the chart draws before "xem tất cả": the units furthest from the target come first
/// by default, which is what officials act on.
pub const CHART_DEFAULT_UNITS: usize = 20;

/// Path of the widget page, relative to the site's base URL.
pub const WIDGET_PATH: &str = "/nhung/thong-ke/";

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
    let csv = to_csv(statistics);
    let mut url = String::with_capacity(csv.len() * 2 + 32);
    url.push_str("data:text/csv;charset=utf-8,");
    for byte in csv.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            url.push(char::from(byte));
        } else {
            url.push_str(&format!("%{byte:02X}"));
        }
    }
    url
}

/// HTML to paste into the ward portal: the widget in an iframe that fills the width, and a
/// listener that sets the iframe's height from the widget's messages (only from the site's
/// own origin), so it never shows a scrollbar or a gap.
pub fn embed_code(base_url: &str, title: &str) -> String {
    let base_url = base_url.trim_end_matches('/');
    let src = format!("{base_url}{WIDGET_PATH}");
    let origin = origin_of(base_url);
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

/// `https://host:port` of an absolute URL (the part a `message` event reports as its origin).
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map(|index| index + 3).unwrap_or(0);
    match url[after_scheme..].find('/') {
        Some(index) => &url[..after_scheme + index],
        None => url,
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
        let code = embed_code("https://bhyt.example.gov.vn/", "Tỷ lệ \"BHYT\"");
        assert!(code.contains("<iframe src=\"https://bhyt.example.gov.vn/nhung/thong-ke/\""));
        assert!(code.contains("title=\"Tỷ lệ &quot;BHYT&quot;\""));
        assert!(code.contains("event.origin !== \"https://bhyt.example.gov.vn\""));
        assert!(code.contains(WIDGET_HEIGHT_MESSAGE));
        assert_eq!(origin_of("http://127.0.0.1:8080"), "http://127.0.0.1:8080");
        assert_eq!(origin_of("https://a.vn/x/y"), "https://a.vn");
    }
}
