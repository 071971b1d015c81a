//! `/thong-ke/` and the iframe widget `/nhung/thong-ke/`, pre-rendered from the build-time
//! snapshot. The figures are laid out by [`crate::statistics::view`], the same code the browser
//! runs on the live file.

use crate::pages::PageHeading;
use crate::site::boot::BuildData;
use crate::site::dom::Node;
use crate::site::language::PageLink;
use crate::site::page_meta::page_words;
use crate::site::page_meta::PageMeta;
use crate::statistics::view::{self, Origin, Place};
use crate::statistics::{report, LiveStatistics, Shows, CONTAINER_ID, FIGURES_ID, STATUS_ID};
use bhyt_content::{fill, routes};
use bhyt_core::tr;
use bhyt_stats::{format_date, format_percent, DashboardView, Statistics};
use leptos::prelude::*;
use std::sync::Arc;

/// The snapshot the pre-renderer read and checked (`[thong_ke] ban_chup` in `site.toml`).
#[derive(Clone)]
pub struct Snapshot(pub Arc<Statistics>);

fn place(boot: &BuildData) -> Place {
    Place::new(&boot.site.locality, &boot.site.units)
}

/// The status area and the figures inside the container the island takes over.
#[component]
fn Figures(figures: Node) -> impl IntoView {
    let Snapshot(statistics) = expect_context::<Snapshot>();
    view! {
        <div id=CONTAINER_ID data-snapshot-date=statistics.as_of.to_string()>
            <div id=STATUS_ID class="stats-status-area"></div>
            <div id=FIGURES_ID>{figures.into_view()}</div>
        </div>
    }
}

/// The headline figure in the link preview, so a link shared on Zalo says where things stand.
fn share_description(statistics: &Statistics, about: &str) -> String {
    let sample = if statistics.is_sample { tr(" (số liệu mẫu)") } else { "" };
    let headline = fill(
        tr("{ty_le} dân số {dia_ban} có thẻ bảo hiểm y tế, tính đến ngày {ngay}{mau}; mục tiêu {muc_tieu}."),
        &[
            ("ty_le", &format_percent(statistics.overall().percent())),
            ("dia_ban", &statistics.locality.name),
            ("ngay", &format_date(statistics.as_of)),
            ("mau", sample),
            ("muc_tieu", &format_percent(statistics.target)),
        ],
    );
    format!("{headline} {about}")
}

/// The dashboard of the snapshot, which the island takes over: a commune's `/thong-ke/` and a
/// province's overview.
#[component]
fn Dashboard() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let Snapshot(statistics) = expect_context::<Snapshot>();
    let figures = view::figures(&statistics, Origin::Snapshot, DashboardView::default(), &place(&boot), false);
    view! {
        <LiveStatistics shows=Shows::Dashboard/>
        <Figures figures/>
    }
}

/// From the dashboard to the year-end report.
#[component]
fn ReportLink() -> impl IntoView {
    view! {
        <h2 class="heading-l" id="bao-cao">{tr("Báo cáo cuối năm")}</h2>
        <p>
            <PageLink path=routes::REPORT.path label=tr("Báo cáo kết quả cuối năm")/>
            {tr(": tỷ lệ có thẻ đầu năm và cuối năm, từng đơn vị, người chưa có thẻ theo lý do; in được trên giấy A4.")}
        </p>
    }
}

#[component]
pub fn StatisticsPage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let Snapshot(statistics) = expect_context::<Snapshot>();
    let (title, lead) = page_words(routes::STATISTICS);
    view! {
        <PageMeta title=title.clone() description=share_description(&statistics, &lead) path=routes::STATISTICS.path/>
        <PageHeading title lead/>
        <Dashboard/>
        <h2 class="heading-l" id="tep-so-lieu">{tr("Tệp số liệu")}</h2>
        <p>
            {tr("Số liệu lấy từ tệp ")} <a href=routes::href(&boot.site.statistics.url)>"thong-ke.json"</a>
            {tr(" do xã, phường hoặc cơ quan bảo hiểm xã hội đăng, theo ")}
            <a href=routes::href(routes::SCHEMA_PATH)>{tr("mô tả định dạng (JSON Schema)")}</a>
            {tr(". Trang tải lại tệp mỗi lần mở, nên số liệu mới hiện ngay khi tệp được thay, không cần dựng lại trang.")}
        </p>
        <ReportLink/>
    }
}

/// A province's overview: the dashboard with one unit per commune, each named with its contact
/// and linked to its site, the communes furthest below the target first.
#[component]
pub fn ProvinceOverview() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let Snapshot(statistics) = expect_context::<Snapshot>();
    let title = tr("Tỷ lệ tham gia bảo hiểm y tế của các xã, phường");
    let lead = tr("Tỷ lệ người dân có thẻ bảo hiểm y tế ở từng xã, phường so với mục tiêu, nơi thấp nhất trước. Bấm tên xã, phường để mở trang của nơi đó.");
    view! {
        <PageMeta title description=share_description(&statistics, lead) path=routes::HOME.path/>
        <PageHeading title lead/>
        <Dashboard/>
        <h2 class="heading-l" id="tep-so-lieu">{tr("Tệp số liệu")}</h2>
        <p>
            {tr("Số liệu cộng từ tệp số liệu của từng xã, phường lúc dựng trang, đăng tại ")}
            <a href=routes::href(&boot.site.statistics.url)>"thong-ke.json"</a>
            {tr(", theo ")} <a href=routes::href(routes::SCHEMA_PATH)>{tr("mô tả định dạng (JSON Schema)")}</a> "."
        </p>
        <ReportLink/>
    }
}

/// The year-end report, commune's or province's: the latest year of the snapshot, which the
/// island replaces with the year in the address, from the live file.
#[component]
pub fn YearReportPage() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let Snapshot(statistics) = expect_context::<Snapshot>();
    let place = place(&boot);
    let figures = report::report(&statistics, Origin::Snapshot, &Ok(None), &place, false);
    let page = routes::REPORT;
    view! {
        <PageMeta title=page.title description=share_description(&statistics, page.description) path=page.path/>
        <PageHeading title=page.title lead=page.description/>
        <LiveStatistics shows=Shows::YearReport/>
        <Figures figures/>
    }
}

/// The widget's own document: no site frame, just the figures, for an iframe on the portal.
#[component]
pub fn StatisticsWidget() -> impl IntoView {
    let boot = expect_context::<BuildData>();
    let Snapshot(statistics) = expect_context::<Snapshot>();
    let figures = view::widget(&statistics, Origin::Snapshot, &place(&boot));
    let (title, description) = page_words(routes::STATISTICS);
    view! {
        <PageMeta title description path=routes::WIDGET.path/>
        <main class="widget-main">
            <LiveStatistics shows=Shows::Widget/>
            <Figures figures/>
        </main>
    }
}
