//! The year-end report `/thong-ke/bao-cao/?nam=2026` as a [`Node`] tree, laid out for the
//! screen and for an A4 page: the pre-renderer writes the latest year from the snapshot, the
//! browser the year in the address from the live file. Figures come from `bhyt_stats::report`.

use super::view::{
    action_button, as_of, data_table, error_panel, groups_section, sample_banner, unit_heading, verdict, Origin, Place,
};
use crate::site::dom::{el, heading, link, p, strong, text, Node};
use bhyt_content::routes;
use bhyt_stats::{
    chosen_report, format_count, format_percent, report_years, Coverage, Statistics, UnitYear, YearReport,
    REPORT_YEAR_KEY,
};

/// The report of the year `asked` for (the latest without one, or when that year has none,
/// saying so). `interactive` adds the links to other years and the print button.
pub fn report(
    statistics: &Statistics,
    origin: Origin,
    asked: &Result<Option<u16>, String>,
    place: &Place,
    interactive: bool,
) -> Node {
    let (report, notice) = chosen_report(statistics, asked);
    let mut children = Vec::new();
    if let Some(notice) = notice {
        children.push(
            el(
                "div",
                "notice stats-notices",
                vec![p(vec![text(format!("{notice}. Trang đang hiện báo cáo năm gần nhất."))])],
            )
            .with("role", "alert"),
        );
    }
    let Some(report) = report else {
        children.push(error_panel(
            "Chưa lập được báo cáo",
            &["Tệp số liệu chưa có số liệu các tháng (lich_su) để so sánh đầu năm với cuối năm.".to_owned()],
        ));
        return el("div", "stats report", children).with("data-origin", origin.id());
    };
    if interactive {
        children.push(year_links(statistics, report.year));
    }
    if statistics.is_sample {
        children.push(sample_banner());
    }
    children.push(
        heading("h2", "heading-l report__year", format!("Năm {} – {}", report.year, statistics.locality.name))
            .with("id", "nam-bao-cao"),
    );
    children.push(as_of(statistics, Some(origin)));
    if report.year_so_far() {
        children.push(
            p(vec![text(format!(
                "Năm {} chưa kết thúc: cột “Cuối năm” là số liệu {}.",
                report.year,
                report.end_moment.label()
            ))])
            .with("class", "hint"),
        );
    }
    children.push(overall_section(statistics, &report, place));
    children.push(units_section(&report, place));
    children.push(results_section(&report, place));
    if report.has_reasons() {
        children.push(groups_section(statistics));
        children.push(reasons_section(&report, place));
    } else {
        children.push(p(vec![text(format!(
            "Số người theo nhóm đối tượng và số người chưa có thẻ theo lý do chỉ có ở ngày tính số liệu mới nhất, nên báo cáo năm {} không có hai phần này.",
            report.year
        ))]));
    }
    children.push(basis(statistics, place));
    children.push(signatures(place));
    el("div", "stats report", children).with("data-origin", origin.id()).with("data-year", report.year.to_string())
}

/// Links to the other years' reports and the print button: on screen, with the app only.
fn year_links(statistics: &Statistics, shown: u16) -> Node {
    let mut links: Vec<Node> = vec![text("Báo cáo các năm: ")];
    for (index, year) in report_years(statistics).into_iter().enumerate() {
        if index > 0 {
            links.push(text(" · "));
        }
        let mut year_link = link(format!("?{REPORT_YEAR_KEY}={year}"), year.to_string());
        if year == shown {
            year_link = year_link.with("aria-current", "page");
        }
        links.push(year_link);
    }
    el(
        "div",
        "report__tools no-print",
        vec![
            el("nav", "report__years", vec![p(links)]).with("aria-label", "Báo cáo các năm"),
            p(vec![action_button("in", "", "In báo cáo", false)]),
        ],
    )
}

fn percent_or_missing(coverage: Option<Coverage>) -> String {
    coverage.map_or_else(|| "Chưa có số liệu".to_owned(), |coverage| format_percent(coverage.percent()))
}

fn target_result(coverage: Coverage) -> String {
    if coverage.meets_target() {
        "Đạt".to_owned()
    } else {
        format!("Chưa đạt, cần thêm {} người", format_count(coverage.needed_for_target()))
    }
}

fn overall_section(statistics: &Statistics, report: &YearReport<'_>, place: &Place) -> Node {
    let row = |label: String, coverage: Coverage| {
        (
            vec![text(label)],
            vec![format_count(coverage.population), format_count(coverage.insured), format_percent(coverage.percent())],
        )
    };
    let rows = vec![
        row(format!("Đầu năm ({})", report.start_moment.label()), report.start),
        row(format!("Cuối năm ({})", report.end_moment.label()), report.end),
    ];
    let [met, ..] = report.by_result();
    el(
        "section",
        "report__section",
        vec![
            heading("h2", "heading-l", format!("Toàn {}", statistics.locality.name)).with("id", "toan-dia-ban"),
            data_table(
                "bang-toan-dia-ban",
                "table",
                format!("Tỷ lệ có thẻ đầu năm và cuối năm {}", report.year),
                &["Thời điểm", "Dân số", "Có thẻ", "Tỷ lệ"],
                rows,
            ),
            el(
                "ul",
                "list list--bullet",
                vec![
                    el(
                        "li",
                        "report__change",
                        vec![text(format!(
                            "Tỷ lệ có thẻ {}; số người có thẻ {}.",
                            report.change().words(),
                            report.more_insured().words()
                        ))],
                    ),
                    el("li", "", vec![text(verdict(report.end))]),
                    el(
                        "li",
                        "",
                        vec![text(format!(
                            "{} trên {} {} đạt mục tiêu vào cuối năm.",
                            met.len(),
                            report.units.len(),
                            place.unit_kind
                        ))],
                    ),
                ],
            ),
        ],
    )
    .with("aria-labelledby", "toan-dia-ban")
}

fn person_of<'p>(place: &'p Place, unit: &UnitYear<'_>) -> Option<&'p bhyt_content::UnitContact> {
    place.people.iter().find(|person| person.id == unit.unit.id)
}

fn units_section(report: &YearReport<'_>, place: &Place) -> Node {
    let rows = report
        .units
        .iter()
        .map(|unit| {
            (
                unit_heading(&unit.unit.name, person_of(place, unit)),
                vec![
                    percent_or_missing(unit.start),
                    percent_or_missing(unit.end),
                    unit.change().map_or_else(|| "Chưa có số liệu".to_owned(), |change| change.words()),
                    unit.more_insured().map_or_else(|| "Chưa có số liệu".to_owned(), |change| change.words()),
                    unit.end.map_or_else(|| "Chưa có số liệu".to_owned(), target_result),
                ],
            )
        })
        .collect();
    let kind = &place.unit_kind;
    el(
        "section",
        "report__section",
        vec![
            heading("h2", "heading-l", format!("Thay đổi ở từng {kind}")).with("id", "theo-don-vi"),
            p(vec![text(format!(
                "Mỗi {kind} ghi kèm người phụ trách, người chịu trách nhiệm về tỷ lệ tham gia của {kind} mình."
            ))]),
            data_table(
                "bang-don-vi",
                "table report__table",
                format!(
                    "Tỷ lệ có thẻ của từng {kind}: {} và {}",
                    report.start_moment.label(),
                    report.end_moment.label()
                ),
                &["Đơn vị", "Đầu năm", "Cuối năm", "Tỷ lệ thay đổi", "Số người có thẻ thay đổi", "Kết quả"],
                rows,
            ),
        ],
    )
    .with("aria-labelledby", "theo-don-vi")
}

fn names(units: &[&UnitYear<'_>]) -> String {
    units.iter().map(|unit| unit.unit.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn results_section(report: &YearReport<'_>, place: &Place) -> Node {
    let [met, not_met, unknown] = report.by_result();
    let kind = &place.unit_kind;
    let mut lines = vec![if met.is_empty() {
        p(vec![text(format!("Chưa có {kind} nào đạt mục tiêu."))])
    } else {
        p(vec![strong(format!("Đã đạt ({}): ", met.len())), text(names(&met))])
    }];
    if !not_met.is_empty() {
        lines.push(p(vec![strong(format!("Chưa đạt ({}): ", not_met.len())), text(names(&not_met))]));
    }
    if !unknown.is_empty() {
        lines.push(p(vec![strong(format!("Chưa có số liệu cuối năm ({}): ", unknown.len())), text(names(&unknown))]));
    }
    let mut children = vec![heading("h2", "heading-l", format!("Các {kind} đạt mục tiêu")).with("id", "dat-muc-tieu")];
    children.extend(lines);
    el("section", "report__section", children).with("aria-labelledby", "dat-muc-tieu")
}

fn reasons_section(report: &YearReport<'_>, place: &Place) -> Node {
    let counts = |unit: &bhyt_stats::Unit| {
        let without_card = unit.population - unit.insured;
        [
            without_card,
            unit.never_enrolled,
            unit.card_expired,
            without_card - unit.never_enrolled - unit.card_expired,
            unit.policy_not_fully_supported,
        ]
    };
    let mut totals = [0u64; 5];
    let mut rows: Vec<(Vec<Node>, Vec<String>)> = report
        .units
        .iter()
        .map(|unit| {
            let counts = counts(unit.unit);
            for (total, count) in totals.iter_mut().zip(counts) {
                *total += count;
            }
            (unit_heading(&unit.unit.name, person_of(place, unit)), counts.map(format_count).to_vec())
        })
        .collect();
    rows.push((vec![strong("Cộng")], totals.map(format_count).to_vec()));
    el(
        "section",
        "report__section",
        vec![
            heading("h2", "heading-l", "Người chưa có thẻ, theo lý do").with("id", "ly-do"),
            p(vec![text(format!(
                "Số liệu {}. Người thuộc diện chính sách chưa được hỗ trợ đủ được đếm riêng.",
                report.end_moment.label()
            ))]),
            data_table(
                "bang-ly-do",
                "table report__table",
                format!("Người chưa có thẻ của từng {}, theo lý do", place.unit_kind),
                &[
                    "Đơn vị",
                    "Chưa có thẻ",
                    "Chưa tham gia lần nào",
                    "Thẻ hết hạn",
                    "Chưa rõ lý do",
                    "Diện chính sách chưa được hỗ trợ đủ",
                ],
                rows,
            ),
        ],
    )
    .with("aria-labelledby", "ly-do")
}

/// On paper only: the place and date, and who signs, as an administrative report ends.
fn signatures(place: &Place) -> Node {
    let signer = |title: &str| {
        el("div", "report__signer", vec![strong(title), el("span", "hint", vec![text("(Ký, ghi rõ họ tên)")])])
    };
    el(
        "div",
        "report__signatures",
        vec![
            p(vec![text(format!("{}, ngày …… tháng …… năm ……", place.locality_name))]).with("class", "report__date"),
            signer("Người lập báo cáo"),
            signer(&format!("Thủ trưởng đơn vị ({})", place.locality_name)),
        ],
    )
}

/// Where the figures come from and who stands behind them.
fn basis(statistics: &Statistics, place: &Place) -> Node {
    p(vec![
        text(format!(
            "Báo cáo lập tự động từ tệp số liệu của {} (nguồn: {}). Tỷ lệ làm tròn xuống một chữ số thập phân, nên chỉ ghi “đạt” khi đủ số người. Số liệu chính thức do cơ quan bảo hiểm xã hội xác nhận. ",
            statistics.locality.name, statistics.source
        )),
        link(routes::href(place.dashboard_path), "Xem trang thống kê"),
        text("."),
    ])
    .with("class", "hint report__basis")
}
