//! The dashboard and the widget as [`Node`] trees: the pre-renderer writes them into the page
//! from the build-time snapshot, and the browser builds them again from the live file. Figures
//! come from `bhyt_stats`; this file only lays them out.

use crate::site::dom::{
    action_button as action_button_with_class, el, fill_nodes, heading, kept_in_vietnamese, link, p, strong, text,
    vietnamese, Node,
};
use bhyt_content::{fill, routes, tel_href, Locality, UnitContact};
use bhyt_core::tr;
use bhyt_stats::{
    bar_chart, csv_data_url, csv_file_name, embed_code, format_count, format_date, format_percent, page_count,
    page_rows, trend_chart, Coverage, DashboardView, Percent, SortChoice, Statistics, CHART_DEFAULT_UNITS,
    CHART_MAX_UNITS, TABLE_PAGE_SIZE, UNIVERSAL_COVERAGE_YEAR,
};

/// Which copy of the file is on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Pre-rendered at build time.
    Snapshot,
    /// Fetched just now from the published address.
    Live,
    /// The last good live copy kept on this device.
    Saved,
}

impl Origin {
    /// `data-origin` of the dashboard, for tests and styles.
    pub(super) fn id(self) -> &'static str {
        match self {
            Origin::Snapshot => "ban-chup",
            Origin::Live => "moi-nhat",
            Origin::Saved => "ban-luu",
        }
    }

    fn note(self) -> &'static str {
        match self {
            Origin::Snapshot => tr("Bản chụp lúc dựng trang."),
            Origin::Live => tr("Bản mới nhất từ tệp số liệu đã đăng."),
            Origin::Saved => tr("Bản lưu trên máy này từ lần tải trước."),
        }
    }
}

/// What the layout needs besides the file.
#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    /// "tổ dân phố", "ấp": the locality's unit, in lower case.
    pub unit_kind: String,
    /// "Phường Kiến An".
    pub locality_name: String,
    /// The site's address, for the embed code and the widget's link.
    pub base_url: String,
    /// Each unit's official in charge (`site.toml`), named beside its figures: seed plan 000
    /// makes them answerable for the unit's rate.
    pub people: Vec<UnitContact>,
    /// The site path of the full dashboard: `/thong-ke/`, or `/` for a province's overview.
    pub dashboard_path: &'static str,
}

impl Place {
    pub fn new(locality: &Locality, people: &[UnitContact]) -> Place {
        // The translation in use names the locality's kind of unit, when its words list it.
        let unit_kind = bhyt_core::lowercase(&locality.unit_kind);
        Place {
            unit_kind: bhyt_core::translated(&unit_kind).map_or(unit_kind, str::to_owned),
            locality_name: locality.full_name(),
            base_url: locality.base_url.clone(),
            people: people.to_vec(),
            dashboard_path: if locality.is_province() { routes::HOME.path } else { routes::STATISTICS.path },
        }
    }
}

/// The state of the live file, shown above the figures.
#[derive(Clone, Debug, PartialEq)]
pub enum LiveState {
    /// Pre-rendered page, before the app runs.
    NotStarted,
    Loading,
    Loaded,
    /// Network error, error status or timeout, in words for residents.
    Failed(String),
    /// The file was fetched but breaks the format: `path: message` lines.
    Invalid(Vec<String>),
}

/// What goes above the figures: the state of the live file and notices about the address.
pub fn status(live: &LiveState, notices: &[String]) -> Vec<Node> {
    let mut nodes = live_status(live);
    if !notices.is_empty() {
        nodes.push(
            el(
                "div",
                "notice stats-notices",
                vec![
                    p(vec![text(tr("Một phần của đường dẫn không dùng được:"))]).with("class", "notice__title"),
                    el(
                        "ul",
                        "list list--bullet",
                        notices.iter().map(|notice| el("li", "", vec![text(notice.as_str())])).collect(),
                    ),
                ],
            )
            .with("role", "status"),
        );
    }
    nodes
}

fn live_status(live: &LiveState) -> Vec<Node> {
    match live {
        LiveState::NotStarted | LiveState::Loaded => Vec::new(),
        LiveState::Loading => {
            vec![p(vec![text(tr("Đang tải số liệu mới nhất…"))]).with("class", "stats-status hint").with("role", "status")]
        }
        LiveState::Failed(reason) => vec![el(
            "div",
            "panel panel--warning stats-offline",
            vec![
                heading("h2", "heading-m", tr("Chưa tải được số liệu mới nhất")),
                p(vec![text(fill(
                    tr("Lý do: {ly_do}. Trang đang hiện bản số liệu đã có, ghi rõ ngày bên dưới."),
                    &[("ly_do", reason)],
                ))]),
                action_button("thu-lai", "", tr("Thử lại"), false),
            ],
        )
        .with("role", "alert")],
        LiveState::Invalid(lines) => vec![
            error_panel(tr("Tệp số liệu mới nhất có lỗi, chưa hiện được"), lines),
            p(vec![text(tr(
                "Trang đang hiện bản số liệu đã có, ghi rõ ngày bên dưới. Cán bộ phụ trách có thể kiểm tra tệp bằng lệnh kiem-tra-so-lieu.",
            ))])
            .with("class", "hint"),
        ],
    }
}

/// The problems of a file, each with its field path, instead of a blank page. The problems are
/// for the official who publishes the file, and in Vietnamese on every page.
pub fn error_panel(title: &str, lines: &[String]) -> Node {
    el(
        "div",
        "panel panel--warning stats-errors",
        vec![
            heading("h2", "heading-m", title),
            kept_in_vietnamese(el(
                "ul",
                "list list--bullet",
                lines.iter().map(|line| el("li", "", vec![text(line.as_str())])).collect(),
            )),
        ],
    )
    .with("role", "alert")
}

/// A button the app handles by its `data-action` (and `data-value`).
pub(super) fn action_button(action: &'static str, value: &str, label: &str, pressed: bool) -> Node {
    let mut button = action_button_with_class("button button--secondary", action, label);
    if !value.is_empty() {
        button = button.with("data-value", value).with("aria-pressed", if pressed { "true" } else { "false" });
    }
    button
}

/// The dashboard's figures. `interactive` adds the controls that need the app (sorting, paging,
/// every bar, copying); the pre-rendered page shows the default view.
pub fn figures(statistics: &Statistics, origin: Origin, view: DashboardView, place: &Place, interactive: bool) -> Node {
    let mut children = Vec::new();
    if statistics.is_sample {
        children.push(sample_banner());
    }
    children.push(as_of(statistics, Some(origin)));
    children.push(overall_section(statistics));
    children.push(units_section(statistics, view, place, interactive));
    children.push(trend_section(statistics));
    children.push(groups_section(statistics));
    children.push(review_section(statistics));
    children.push(embed_section(place, interactive));
    el("div", "stats", children).with("data-origin", origin.id())
}

pub(super) fn sample_banner() -> Node {
    p(vec![
        el("strong", "tag tag--sample", vec![text(tr("Số liệu mẫu"))]),
        text(tr("Các con số dưới đây chỉ để minh họa, chưa phải số liệu chính thức.")),
    ])
    .with("class", "stats-sample")
    .with("role", "note")
}

pub(super) fn as_of(statistics: &Statistics, origin: Option<Origin>) -> Node {
    let mut children = fill_nodes(
        tr("Số liệu tính đến ngày {ngay}. Nguồn: {nguon}. "),
        vec![
            ("ngay", el("strong", "stats-as-of__date", vec![text(format_date(statistics.as_of))])),
            ("nguon", vietnamese(statistics.source.as_str())),
        ],
    );
    if let Some(origin) = origin {
        children.push(el("span", "stats-as-of__origin", vec![text(origin.note())]));
    }
    p(children).with("class", "stats-as-of")
}

/// "Đã đạt mục tiêu 95,0%." or how many more people need a card to reach it.
pub(super) fn verdict(coverage: Coverage) -> String {
    let target = format_percent(coverage.target);
    if coverage.meets_target() {
        fill(tr("Đã đạt mục tiêu {muc_tieu}."), &[("muc_tieu", &target)])
    } else {
        fill(
            tr("Cần thêm {so_nguoi} người có thẻ để đạt mục tiêu {muc_tieu}."),
            &[("so_nguoi", &format_count(coverage.needed_for_target())), ("muc_tieu", &target)],
        )
    }
}

fn uninsured_line(statistics: &Statistics) -> Vec<Node> {
    let overall = statistics.overall();
    let words = fill(
        tr("Còn {chua_co_the} người chưa có thẻ, trên tổng số {dan_so} người. Mục tiêu là mọi người dân đều có thẻ vào năm {nam}."),
        &[("dan_so", &format_count(overall.population)), ("nam", &UNIVERSAL_COVERAGE_YEAR.to_string())],
    );
    fill_nodes(&words, vec![("chua_co_the", strong(format_count(overall.uninsured())))])
}

fn overall_section(statistics: &Statistics) -> Node {
    let overall = statistics.overall();
    el(
        "section",
        "stats-overall",
        vec![
            el("h2", "heading-l", whole_locality(statistics)).with("id", "toan-dia-ban"),
            p(vec![
                el("span", "stats-overall__percent", vec![text(format_percent(overall.percent()))]),
                text(fill(
                    tr(" dân số có thẻ bảo hiểm y tế còn hạn (mục tiêu {muc_tieu})"),
                    &[("muc_tieu", &format_percent(statistics.target))],
                )),
            ])
            .with("class", "stats-overall__figure"),
            coverage_bar(overall.percent(), statistics.target, overall.meets_target()),
            el(
                "ul",
                "list list--bullet",
                vec![
                    el("li", "stats-overall__needed", vec![text(verdict(statistics.overall()))]),
                    el("li", "stats-overall__uninsured", uninsured_line(statistics)),
                    el(
                        "li",
                        "",
                        vec![text(fill(
                            tr("{dat} trên {tong} đơn vị đã đạt mục tiêu."),
                            &[
                                ("dat", &statistics.units_meeting_target().to_string()),
                                ("tong", &statistics.units.len().to_string()),
                            ],
                        ))],
                    ),
                ],
            ),
        ],
    )
    .with("aria-labelledby", "toan-dia-ban")
}

/// "Toàn phường Kiến An": the heading of the whole locality's figures.
pub(super) fn whole_locality(statistics: &Statistics) -> Vec<Node> {
    fill_nodes(tr("Toàn {dia_ban}"), vec![("dia_ban", vietnamese(statistics.locality.name.as_str()))])
}

/// One horizontal bar (0–100 %) with the target line. Decorative: the figure is in the text.
fn coverage_bar(value: Percent, target: Percent, meets_target: bool) -> Node {
    let fill = if meets_target { "chart-bar__fill chart-bar__fill--met" } else { "chart-bar__fill" };
    let target_x = target.as_f64().to_string();
    el(
        "svg",
        "chart-bar",
        vec![
            svg_rect("chart-bar__track", 100.0),
            svg_rect(fill, value.as_f64()),
            el("line", "chart-bar__target", Vec::new())
                .with("x1", target_x.clone())
                .with("x2", target_x)
                .with("y1", "0")
                .with("y2", "10")
                .with("vector-effect", "non-scaling-stroke"),
        ],
    )
    .with("viewBox", "0 0 100 10")
    .with("preserveAspectRatio", "none")
    .with("aria-hidden", "true")
    .with("focusable", "false")
}

fn svg_rect(class: &'static str, width: f64) -> Node {
    el("rect", class, Vec::new()).with("x", "0").with("y", "1.5").with("width", width.to_string()).with("height", "7")
}

/// A plain accessible table (caption, column and row headers) in a region that scrolls
/// sideways on its own, so the page never does.
pub(super) fn data_table(
    id: &'static str,
    class: &'static str,
    caption: String,
    columns: &[&str],
    rows: Vec<(Vec<Node>, Vec<String>)>,
) -> Node {
    let header = el(
        "tr",
        "",
        columns
            .iter()
            .enumerate()
            .map(|(index, column)| {
                el("th", if index == 0 { "" } else { "numeric" }, vec![text(*column)]).with("scope", "col")
            })
            .collect(),
    );
    let body = rows
        .into_iter()
        .map(|(name, cells)| {
            let mut row = vec![el("th", "", name).with("scope", "row")];
            row.extend(cells.into_iter().map(|cell| el("td", "numeric", vec![text(cell)])));
            el("tr", "", row)
        })
        .collect();
    el(
        "div",
        "table-wrap",
        vec![el(
            "table",
            class,
            vec![
                el("caption", "table__caption", vec![text(caption)]).with("id", id),
                el("thead", "", vec![header]),
                el("tbody", "", body),
            ],
        )],
    )
    .with("role", "region")
    .with("aria-labelledby", id)
    .with("tabindex", "0")
}

/// A unit's row heading: its name (a link to its own site, if it has one), and under it the
/// official in charge with a call link.
pub(super) fn unit_heading(name: &str, person: Option<&UnitContact>) -> Vec<Node> {
    let name = match person.and_then(|person| person.site.as_ref()) {
        Some(site) => link(site.clone(), name),
        None => text(name),
    };
    let mut heading = vec![kept_in_vietnamese(el("span", "stats-unit", vec![name]))];
    if let Some(person) = person {
        heading.push(el(
            "span",
            "stats-person",
            vec![
                vietnamese(format!("{}, {}", person.person, bhyt_core::lowercase_first(&person.role))),
                text(": "),
                link(tel_href(&person.phone), person.phone.clone()).with(
                    "aria-label",
                    fill(tr("Gọi {nguoi} số {so}"), &[("nguoi", &person.person), ("so", &person.phone)]),
                ),
            ],
        ));
    }
    heading
}

fn unit_columns() -> [&'static str; 9] {
    [
        tr("Đơn vị"),
        tr("Dân số"),
        tr("Có thẻ"),
        tr("Tỷ lệ"),
        tr("Chưa có thẻ"),
        tr("Cần thêm để đạt mục tiêu"),
        tr("Chưa tham gia lần nào"),
        tr("Thẻ hết hạn"),
        tr("Diện chính sách chưa được hỗ trợ đủ"),
    ]
}

fn units_section(statistics: &Statistics, view: DashboardView, place: &Place, interactive: bool) -> Node {
    let unit_kind = &place.unit_kind;
    let unit_count = statistics.units.len();
    let target = statistics.target;
    let (by, order) = view.sort.order();
    let units = statistics.sorted_units(by, order);
    let mut children =
        vec![heading("h2", "heading-l", fill(tr("Theo từng {don_vi}"), &[("don_vi", unit_kind)]))
            .with("id", "theo-don-vi")];

    if interactive {
        let buttons = SortChoice::ALL
            .into_iter()
            .map(|choice| action_button("sap-xep", choice.slug(), choice.label(), choice == view.sort))
            .collect();
        children.push(
            el("div", "stats-sort", buttons).with("role", "group").with("aria-label", tr("Sắp xếp biểu đồ và bảng")),
        );
    }

    let all_bars = view.all_bars && interactive;
    let shown = unit_count.min(if all_bars { CHART_MAX_UNITS } else { CHART_DEFAULT_UNITS });
    let chart = bar_chart(&units[..shown], target);
    let bars = chart
        .rows
        .into_iter()
        .map(|row| {
            let value = Percent::from_tenths((row.width * 10.0).round() as u32);
            el(
                "li",
                "bar-chart__row",
                vec![
                    el("span", "bar-chart__name", vec![vietnamese(row.name)]),
                    coverage_bar(value, target, row.meets_target),
                    el("span", "bar-chart__value", vec![text(row.value_label)]),
                ],
            )
            .with("data-unit", row.unit_id)
        })
        .collect();
    let order = view.sort.label().to_lowercase();
    let (count, total) = (shown.to_string(), unit_count.to_string());
    let extent = if shown == unit_count {
        fill(tr("Tất cả {tong} đơn vị, {thu_tu}."), &[("tong", &total), ("thu_tu", &order)])
    } else {
        fill(
            tr("{so} đơn vị đầu ({thu_tu}), trong tổng số {tong}; bảng dưới đây có đủ."),
            &[("so", &count), ("thu_tu", &order), ("tong", &total)],
        )
    };
    children.push(el(
        "figure",
        "bar-chart",
        vec![
            el(
                "figcaption",
                "hint",
                vec![text(fill(
                    tr("Tỷ lệ có thẻ của từng {don_vi}. Vạch đứng là mục tiêu {muc_tieu}; thanh màu xanh là đã đạt. {pham_vi}"),
                    &[("don_vi", unit_kind), ("muc_tieu", &format_percent(target)), ("pham_vi", &extent)],
                ))],
            ),
            el("ol", "bar-chart__rows", bars),
        ],
    ));
    if interactive && unit_count > CHART_DEFAULT_UNITS {
        let label = if all_bars {
            fill(tr("Chỉ xem {so} đơn vị đầu"), &[("so", &CHART_DEFAULT_UNITS.to_string())])
        } else if unit_count > CHART_MAX_UNITS {
            fill(tr("Xem {so} đơn vị đầu"), &[("so", &CHART_MAX_UNITS.to_string())])
        } else {
            fill(tr("Xem tất cả {so} đơn vị"), &[("so", &unit_count.to_string())])
        };
        children.push(p(vec![action_button("tat-ca", "", &label, false).with("aria-expanded", all_bars.to_string())]));
    }

    let pages = page_count(unit_count, TABLE_PAGE_SIZE);
    let page = if interactive { view.table_page.min(pages - 1) } else { 0 };
    let rows = units[page_rows(unit_count, page, TABLE_PAGE_SIZE)]
        .iter()
        .map(|unit| {
            let coverage = unit.coverage(target);
            (
                unit_heading(&unit.name, place.people.iter().find(|person| person.id == unit.id)),
                vec![
                    format_count(unit.population),
                    format_count(unit.insured),
                    format_percent(coverage.percent()),
                    format_count(coverage.uninsured()),
                    format_count(coverage.needed_for_target()),
                    format_count(unit.never_enrolled),
                    format_count(unit.card_expired),
                    format_count(unit.policy_not_fully_supported),
                ],
            )
        })
        .collect();
    children.push(data_table(
        "bang-don-vi",
        "table stats-table",
        fill(
            tr("Bảng số liệu từng {don_vi} (mục tiêu {muc_tieu})"),
            &[("don_vi", unit_kind), ("muc_tieu", &format_percent(target))],
        ),
        &unit_columns(),
        rows,
    ));
    if pages > 1 {
        if interactive {
            let mut previous = action_button("trang-truoc", "", tr("Trang trước"), false);
            let mut next = action_button("trang-sau", "", tr("Trang sau"), false);
            if page == 0 {
                previous = previous.with("disabled", "");
            }
            if page + 1 >= pages {
                next = next.with("disabled", "");
            }
            children.push(
                el(
                    "nav",
                    "pager",
                    vec![
                        previous,
                        el(
                            "span",
                            "pager__status",
                            vec![text(fill(
                                tr("Trang {trang} trên {so_trang}"),
                                &[("trang", &(page + 1).to_string()), ("so_trang", &pages.to_string())],
                            ))],
                        )
                        .with("aria-live", "polite"),
                        next,
                    ],
                )
                .with("aria-label", tr("Trang của bảng")),
            );
        } else {
            children.push(
                p(vec![text(fill(
                    tr("Bảng hiện {so} đơn vị đầu trong {tong}. Tải tệp CSV dưới đây để xem đủ."),
                    &[("so", &TABLE_PAGE_SIZE.to_string()), ("tong", &unit_count.to_string())],
                ))])
                .with("class", "hint"),
            );
        }
    }
    let csv_name = csv_file_name(statistics);
    children.push(p(vec![
        el("a", "button button--secondary stats-csv", vec![text(tr("Tải bảng số liệu (CSV)"))])
            .with("href", csv_data_url(statistics))
            .with("download", csv_name.clone()),
        el("span", "hint", vec![text(fill(tr(" Tệp {ten_tep}, mở được bằng Excel."), &[("ten_tep", &csv_name)]))]),
    ]));
    el("section", "stats-units", children).with("aria-labelledby", "theo-don-vi")
}

const TREND_WIDTH: f64 = 560.0;
const TREND_HEIGHT: f64 = 200.0;
/// Room around the plot for the axis labels, in viewBox units.
const TREND_LEFT: f64 = 44.0;
const TREND_TOP: f64 = 12.0;
const TREND_BOTTOM: f64 = 28.0;

fn svg_text(class: &'static str, x: f64, y: f64, anchor: &str, content: String) -> Node {
    el("text", class, vec![text(content)])
        .with("x", format!("{x:.1}"))
        .with("y", format!("{y:.1}"))
        .with("text-anchor", anchor)
}

fn svg_line(class: &'static str, (x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> Node {
    el("line", class, Vec::new())
        .with("x1", format!("{x1:.1}"))
        .with("y1", format!("{y1:.1}"))
        .with("x2", format!("{x2:.1}"))
        .with("y2", format!("{y2:.1}"))
}

fn trend_section(statistics: &Statistics) -> Node {
    let mut children = vec![heading("h2", "heading-l", tr("Diễn biến theo tháng")).with("id", "theo-thang")];
    let trend = statistics.trend();
    if trend.is_empty() {
        children.push(p(vec![text(tr("Tệp số liệu chưa có số liệu các tháng."))]));
        return el("section", "", children).with("aria-labelledby", "theo-thang");
    }
    let target = format_percent(statistics.target);
    let chart = trend_chart(&trend, statistics.target, TREND_WIDTH, TREND_HEIGHT);
    let mut plot = Vec::new();
    for tick in &chart.y_ticks {
        plot.push(svg_line("trend__grid", (0.0, tick.position), (TREND_WIDTH, tick.position)));
        plot.push(svg_text("trend__label", -6.0, tick.position + 4.0, "end", tick.label.clone()));
    }
    plot.push(svg_line("trend__target", (0.0, chart.target_y), (TREND_WIDTH, chart.target_y)));
    plot.push(svg_text(
        "trend__target-label",
        TREND_WIDTH,
        chart.target_y - 5.0,
        "end",
        fill(tr("Mục tiêu {muc_tieu}"), &[("muc_tieu", &target)]),
    ));
    plot.push(el("path", "trend__line", Vec::new()).with("d", chart.line_path.clone()));
    let label_every = chart.points.len().div_ceil(6).max(1);
    let last = chart.points.len() - 1;
    for (index, point) in chart.points.iter().enumerate() {
        plot.push(
            el("circle", "trend__point", Vec::new())
                .with("cx", format!("{:.1}", point.x))
                .with("cy", format!("{:.1}", point.y))
                .with("r", "4"),
        );
        // Counted from the latest month, so it always has its label and none overlap.
        if (last - index).is_multiple_of(label_every) {
            plot.push(svg_text("trend__label", point.x, TREND_HEIGHT + 20.0, "middle", point.month_label.clone()));
        }
    }
    let (first, latest) = (&chart.points[0], &chart.points[last]);
    let summary = fill(
        tr("Biểu đồ đường: tỷ lệ có thẻ từ {thang_dau} ({ty_le_dau}) đến {thang_cuoi} ({ty_le_cuoi}), so với mục tiêu {muc_tieu}."),
        &[
            ("thang_dau", &first.month_label),
            ("ty_le_dau", &first.value_label),
            ("thang_cuoi", &latest.month_label),
            ("ty_le_cuoi", &latest.value_label),
            ("muc_tieu", &target),
        ],
    );
    children.push(el(
        "figure",
        "trend",
        vec![
            el(
                "svg",
                "trend__svg",
                vec![el("g", "", plot).with("transform", format!("translate({TREND_LEFT} {TREND_TOP})"))],
            )
            .with(
                "viewBox",
                format!("0 0 {} {}", TREND_WIDTH + TREND_LEFT + 12.0, TREND_HEIGHT + TREND_TOP + TREND_BOTTOM),
            )
            .with("role", "img")
            .with("aria-label", summary.clone()),
            el("figcaption", "hint", vec![text(summary)]),
        ],
    ));
    let rows = chart
        .points
        .iter()
        .zip(&trend)
        .map(|(point, month)| {
            (
                vec![text(point.month_label.clone())],
                vec![
                    format_count(month.coverage.population),
                    format_count(month.coverage.insured),
                    point.value_label.clone(),
                ],
            )
        })
        .collect();
    children.push(el(
        "details",
        "stats-details",
        vec![
            el("summary", "", vec![text(tr("Xem bảng số liệu theo tháng"))]),
            data_table(
                "bang-theo-thang",
                "table",
                tr("Số liệu cuối mỗi tháng").to_owned(),
                &[tr("Tháng"), tr("Dân số"), tr("Có thẻ"), tr("Tỷ lệ")],
                rows,
            ),
        ],
    ));
    el("section", "", children).with("aria-labelledby", "theo-thang")
}

pub(super) fn groups_section(statistics: &Statistics) -> Node {
    let breakdown = statistics.group_breakdown();
    let mut rows: Vec<(Vec<Node>, Vec<String>)> = breakdown
        .rows
        .iter()
        .map(|row| (vec![text(row.group.label())], vec![format_count(row.insured), format_percent(row.share)]))
        .collect();
    if breakdown.unclassified > 0 {
        rows.push((
            vec![text(tr("Chưa phân nhóm"))],
            vec![
                format_count(breakdown.unclassified),
                format_percent(Percent::of(breakdown.unclassified, statistics.insured)),
            ],
        ));
    }
    el(
        "section",
        "",
        vec![
            heading("h2", "heading-l", tr("Theo nhóm đối tượng")).with("id", "theo-nhom"),
            data_table(
                "bang-theo-nhom",
                "table",
                tr("Người có thẻ theo nhóm đối tượng (mỗi người tính vào một nhóm)").to_owned(),
                &[tr("Nhóm"), tr("Có thẻ"), tr("Tỷ trọng")],
                rows,
            ),
        ],
    )
    .with("aria-labelledby", "theo-nhom")
}

fn review_section(statistics: &Statistics) -> Node {
    let totals = statistics.review_totals();
    let item = |label: &str, count: u64| {
        el(
            "div",
            "",
            vec![
                el("dt", "", vec![text(label)]),
                el("dd", "", vec![text(fill(tr("{so} người"), &[("so", &format_count(count))]))]),
            ],
        )
    };
    el(
        "section",
        "",
        vec![
            heading("h2", "heading-l", tr("Số người cần rà soát")).with("id", "can-ra-soat"),
            p(vec![text(tr(
                "Kế hoạch yêu cầu từng đơn vị rà soát ba nhóm người dưới đây. Số của từng đơn vị có trong bảng ở trên và trong tệp CSV.",
            ))]),
            el(
                "dl",
                "stats-review",
                vec![
                    item(tr("Chưa tham gia bảo hiểm y tế lần nào"), totals.never_enrolled),
                    item(tr("Thẻ đã hết hạn, chưa gia hạn"), totals.card_expired),
                    item(tr("Thuộc diện chính sách chưa được hỗ trợ đầy đủ"), totals.policy_not_fully_supported),
                ],
            ),
        ],
    )
    .with("aria-labelledby", "can-ra-soat")
}

/// Title of the widget, also the iframe's `title` in the embed code.
pub fn widget_title(locality_name: &str) -> String {
    fill(tr("Tỷ lệ tham gia bảo hiểm y tế – {dia_ban}"), &[("dia_ban", locality_name)])
}

fn embed_section(place: &Place, interactive: bool) -> Node {
    let code = embed_code(
        &place.base_url,
        &routes::path_in_page_language(routes::WIDGET.path),
        &widget_title(&place.locality_name),
    );
    let mut children = vec![
        heading("h2", "heading-l", tr("Đưa số liệu lên cổng thông tin")).with("id", "nhung-trang"),
        p(vec![text(tr(
            "Dán đoạn mã dưới đây vào cổng thông tin của xã, phường. Khung tự co giãn theo bề ngang và tự đổi chiều cao cho vừa nội dung.",
        ))]),
        el("label", "label", vec![text(tr("Mã nhúng"))]).with("for", "ma-nhung"),
        el("textarea", "stats-embed", vec![text(code)])
            .with("id", "ma-nhung")
            .with("readonly", "")
            .with("rows", "8")
            .with("spellcheck", "false"),
    ];
    if interactive {
        children.push(p(vec![
            action_button("sao-chep", "", tr("Sao chép mã nhúng"), false),
            el("span", "stats-copied", Vec::new()).with("role", "status"),
        ]));
    }
    children.push(p(vec![
        text(tr("Xem trước: ")),
        link(routes::page_href(routes::WIDGET.path), tr("khung số liệu để nhúng")),
        text("."),
    ]));
    el("section", "no-print", children).with("aria-labelledby", "nhung-trang")
}

/// The iframe widget: the headline figures and a link to the full page.
pub fn widget(statistics: &Statistics, origin: Origin, place: &Place) -> Node {
    let overall = statistics.overall();
    let mut children = vec![heading("h1", "widget__heading", widget_title(&statistics.locality.name))];
    if statistics.is_sample {
        children.push(sample_banner());
    }
    children.push(
        p(vec![
            el("span", "widget__percent", vec![text(format_percent(overall.percent()))]),
            text(fill(tr(" dân số có thẻ (mục tiêu {muc_tieu})"), &[("muc_tieu", &format_percent(statistics.target))])),
        ])
        .with("class", "widget__figure"),
    );
    children.push(coverage_bar(overall.percent(), statistics.target, overall.meets_target()));
    children.push(p(uninsured_line(statistics)).with("class", "widget__note"));
    children.push(p(vec![text(verdict(statistics.overall()))]).with("class", "widget__note"));
    children.push(as_of(statistics, None));
    let full_page = routes::absolute_url(&place.base_url, &routes::path_in_page_language(place.dashboard_path));
    children.push(
        p(vec![link(full_page, tr("Xem chi tiết từng đơn vị")).with("target", "_top")]).with("class", "widget__link"),
    );
    el("div", "stats widget", children).with("data-origin", origin.id())
}
