//! CSV export of the unit table, for the "Tải CSV" button.
//!
//! UTF-8 with a byte order mark (without it Excel on Windows shows Vietnamese as mojibake),
//! comma-separated, CRLF line ends and RFC 4180 quoting. Counts are plain digits so Excel
//! treats them as numbers; the percentage is written like the Vietnamese page shows it (`93,4`).
//! The file is the same data file on every language's page: always in Vietnamese.

use crate::figures::Coverage;
use crate::format::format_percent;
use crate::model::Statistics;

const BYTE_ORDER_MARK: &str = "\u{feff}";

/// The header row, in column order.
pub fn csv_header(statistics: &Statistics) -> [String; 11] {
    bhyt_core::with_translation(None, || csv_header_in_vietnamese(statistics))
}

fn csv_header_in_vietnamese(statistics: &Statistics) -> [String; 11] {
    [
        "Mã đơn vị".into(),
        "Tên đơn vị".into(),
        "Dân số".into(),
        "Đã tham gia BHYT".into(),
        "Tỷ lệ tham gia (%)".into(),
        format!("Đạt mục tiêu {}", format_percent(statistics.target)),
        "Còn chưa có thẻ".into(),
        "Cần thêm để đạt mục tiêu".into(),
        "Chưa tham gia".into(),
        "Thẻ hết hạn".into(),
        "Diện chính sách chưa được hỗ trợ đủ".into(),
    ]
}

/// One row per unit in file order, then a "Tổng cộng" row with the overall figures of the
/// file (the ones the page shows) and the sums of the three review counts.
pub fn to_csv(statistics: &Statistics) -> String {
    bhyt_core::with_translation(None, || csv_in_vietnamese(statistics))
}

fn csv_in_vietnamese(statistics: &Statistics) -> String {
    let mut out = String::with_capacity(64 + statistics.units.len() * 96);
    out.push_str(BYTE_ORDER_MARK);
    write_row(&mut out, &csv_header(statistics));
    for unit in &statistics.units {
        let coverage = unit.coverage(statistics.target);
        write_row(
            &mut out,
            &coverage_row(
                &unit.id,
                &unit.name,
                &coverage,
                [unit.never_enrolled, unit.card_expired, unit.policy_not_fully_supported],
            ),
        );
    }
    let totals = statistics.review_totals();
    write_row(
        &mut out,
        &coverage_row(
            "",
            "Tổng cộng",
            &statistics.overall(),
            [totals.never_enrolled, totals.card_expired, totals.policy_not_fully_supported],
        ),
    );
    out
}

/// A file name for the download, e.g. `thong-ke-bhyt-kien-an-2026-10-31.csv`; sample data
/// gets `-so-lieu-mau` so it is not mistaken for official figures later.
pub fn csv_file_name(statistics: &Statistics) -> String {
    let sample = if statistics.is_sample { "-so-lieu-mau" } else { "" };
    format!("thong-ke-bhyt-{}-{}{sample}.csv", statistics.locality.id, statistics.as_of)
}

fn coverage_row(id: &str, name: &str, coverage: &Coverage, review: [u64; 3]) -> [String; 11] {
    let percent = format_percent(coverage.percent());
    [
        id.to_owned(),
        name.to_owned(),
        coverage.population.to_string(),
        coverage.insured.to_string(),
        percent.trim_end_matches('%').to_owned(),
        if coverage.meets_target() { "Đạt" } else { "Chưa đạt" }.to_owned(),
        coverage.uninsured().to_string(),
        coverage.needed_for_target().to_string(),
        review[0].to_string(),
        review[1].to_string(),
        review[2].to_string(),
    ]
}

fn write_row(out: &mut String, fields: &[String]) {
    out.push_str(&csv_line(fields));
    out.push_str("\r\n");
}

/// One CSV line (RFC 4180, without its line end), each field quoted where needed and kept from
/// running as an Excel formula. Every CSV the project writes goes through here.
pub fn csv_line<S: AsRef<str>>(fields: &[S]) -> String {
    let mut out = String::new();
    for (index, field) in fields.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        write_field(&mut out, field.as_ref());
    }
    out
}

fn write_field(out: &mut String, field: &str) {
    // A name starting with = + - @ would run as a formula in Excel: keep it as text.
    let formula_guard = if field.starts_with(['=', '+', '-', '@']) { "'" } else { "" };
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(formula_guard);
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(formula_guard);
        out.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut out = String::new();
        write_field(&mut out, text);
        out
    }

    #[test]
    fn quotes_per_rfc_4180() {
        assert_eq!(field("Tổ dân phố 1"), "Tổ dân phố 1");
        assert_eq!(field("93,4"), "\"93,4\"");
        assert_eq!(field("Ấp \"Mới\""), "\"Ấp \"\"Mới\"\"\"");
        assert_eq!(field("a\nb"), "\"a\nb\"");
    }

    #[test]
    fn neutralises_formulas() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("=A1,B1"), "\"'=A1,B1\"");
    }
}
