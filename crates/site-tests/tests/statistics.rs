//! The statistics dashboard `/thong-ke/` and the widget `/nhung/thong-ke/` in headless Chromium,
//! with the live file played by the test server: good, malformed, missing, slow, failing after
//! a good load (the copy kept in localStorage), and province-sized. Every wait is on a
//! condition in the page, never a fixed time.

use bhyt_content::routes;
use bhyt_site_tests::browser::{Browser, BrowserOptions};
use bhyt_site_tests::static_server::{Gate, Override, StaticServer};
use bhyt_site_tests::{built_site, dist_dir, read};
use bhyt_stats::{
    csv_file_name, embed_code, format_count, format_date, format_percent, parse, Date, SortChoice, SortOrder,
    Statistics, UnitSort, CHART_DEFAULT_UNITS, CHART_MAX_UNITS, TABLE_PAGE_SIZE,
};
use serde_json::Value;
use thirtyfour::prelude::*;

const PAGE: &str = "/thong-ke/";
const WIDGET: &str = "/nhung/thong-ke/";
const TODAY: &str = "2026-11-23";
const LIVE_AS_OF: &str = "2026-11-20";

fn live_path() -> String {
    built_site(&dist_dir()).statistics.url
}

fn snapshot_json() -> String {
    read(&dist_dir().join("du-lieu/thong-ke.json"))
}

fn parsed(json: &str) -> Statistics {
    parse(json, Date::parse(TODAY).unwrap()).expect("test file is valid")
}

/// The snapshot, a few weeks later: a newer date and 100 more people with a card.
fn newer_live_json() -> String {
    let mut file: Value = serde_json::from_str(&snapshot_json()).unwrap();
    file["tinh_den_ngay"] = LIVE_AS_OF.into();
    let insured = file["da_tham_gia"].as_u64().unwrap() + 100;
    file["da_tham_gia"] = insured.into();
    serde_json::to_string_pretty(&file).unwrap()
}

fn selector_text_is(selector: &str, text: &str) -> String {
    format!("(document.querySelector({selector:?}) || {{}}).innerText === {text:?}")
}

fn origin_is(origin: &str) -> String {
    format!("document.querySelector('.stats[data-origin={origin}]') !== null")
}

#[tokio::test(flavor = "multi_thread")]
async fn good_file_shows_its_figures_sorts_and_offers_the_csv() {
    let server = StaticServer::start(&dist_dir());
    let live = newer_live_json();
    let statistics = parsed(&live);
    server.set_override(&live_path(), Override::json(live.clone()));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the live file replaced the snapshot").await;

    let overall = statistics.overall();
    assert_eq!(browser.text(".stats-overall__percent").await, format_percent(overall.percent()));
    assert_eq!(browser.text(".stats-as-of__date").await, format_date(statistics.as_of));
    let uninsured = browser.text(".stats-overall__uninsured").await;
    assert!(uninsured.contains(&format!("Còn {} người chưa có thẻ", format_count(overall.uninsured()))), "{uninsured}");
    let needed = browser.text(".stats-overall__needed").await;
    assert!(needed.contains(&format_count(overall.needed_for_target())), "{needed}");
    assert_eq!(browser.count(".bar-chart__row").await as usize, statistics.units.len().min(CHART_DEFAULT_UNITS));
    assert_eq!(browser.count(".stats-table tbody tr").await as usize, statistics.units.len().min(TABLE_PAGE_SIZE));
    assert_eq!(browser.count(".stats-table caption").await, 1);
    assert!(browser.count(".stats-table th[scope=col]").await >= 9);
    if statistics.is_sample {
        assert!(browser.text(".stats-sample").await.contains("Số liệu mẫu"));
    }

    // Lowest coverage first by default; then by name.
    let lowest = statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending)[0].name.clone();
    assert_eq!(browser.text(".stats-table tbody tr th .stats-unit").await, lowest);
    // Each unit's official in charge, from site.toml, with a call link (seed plan 000, §III.2).
    let site = bhyt_site_tests::built_site(&dist_dir());
    let lowest_id = &statistics.sorted_units(UnitSort::Coverage, SortOrder::Ascending)[0].id;
    let person = site.units.iter().find(|unit| &unit.id == lowest_id).expect("site.toml names the unit's official");
    let named = browser.text(".stats-table tbody tr th .stats-person").await;
    assert!(named.contains(&person.person) && named.contains(&person.phone), "{named}");
    let call =
        browser.eval("document.querySelector('.stats-table tbody tr th .stats-person a').getAttribute('href')").await;
    assert_eq!(call, bhyt_content::tel_href(&person.phone));
    let first_by_name = statistics.sorted_units(UnitSort::Name, SortOrder::Ascending)[0].name.clone();
    browser.click(By::XPath("//button[normalize-space()='Theo tên']")).await;
    browser.wait_until("location.search === '?sap-xep=ten'", "the address keeps the order").await;
    browser
        .wait_until(
            &selector_text_is(".stats-table tbody tr th .stats-unit", &first_by_name),
            "the table is sorted by name",
        )
        .await;
    assert_eq!(browser.text(".bar-chart__name").await, first_by_name, "the chart follows the sort");

    let download = browser.eval("document.querySelector('a.stats-csv').getAttribute('download')").await;
    assert_eq!(download, csv_file_name(&statistics));
    let href = browser.eval("document.querySelector('a.stats-csv').getAttribute('href')").await;
    assert!(href.as_str().unwrap_or_default().starts_with("data:text/csv;charset=utf-8,"), "{href}");

    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe on the dashboard");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn malformed_file_gets_an_error_panel_and_the_site_keeps_working() {
    let server = StaticServer::start(&dist_dir());
    let mut file: Value = serde_json::from_str(&snapshot_json()).unwrap();
    file["don_vi"][0]["da_tham_gia"] = (-5).into();
    file["don_vi"][1]["dan_so"] = "1200".into();
    server.set_override(&live_path(), Override::json(serde_json::to_string(&file).unwrap()));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-errors') !== null", "the error panel shows").await;
    let panel = browser.text(".stats-errors").await;
    assert!(panel.contains("don_vi[0].da_tham_gia"), "{panel}");
    assert!(panel.contains("don_vi[1].dan_so"), "{panel}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe with the error panel");
    assert!(browser.eval(&origin_is("ban-chup")).await == true, "the snapshot is still shown");
    assert!(browser.count(".stats-table tbody tr").await > 0);

    browser.click(By::Css(".site-nav a[href='/lien-he/']")).await;
    browser.wait_until(&selector_text_is("h1", bhyt_content::routes::CONTACTS.title), "navigation still works").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn missing_file_keeps_the_snapshot_and_retry_loads_it_later() {
    let server = StaticServer::start(&dist_dir());
    let snapshot = parsed(&snapshot_json());
    server.set_override(&live_path(), Override::status(404));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the failure message shows").await;
    assert!(browser.text(".stats-offline").await.contains("không tìm thấy"));
    assert_eq!(browser.eval(&origin_is("ban-chup")).await, true);
    assert_eq!(browser.text(".stats-as-of__date").await, format_date(snapshot.as_of));

    server.set_override(&live_path(), Override::json(newer_live_json()));
    browser.click(By::XPath("//button[normalize-space()='Thử lại']")).await;
    browser.wait_until(&origin_is("moi-nhat"), "retry loads the file").await;
    assert_eq!(browser.count(".stats-offline").await, 0);
    // Chromium logs the 404 of the first attempt; nothing else.
    let errors: Vec<String> = browser.console_errors().await.into_iter().filter(|e| !e.contains("404")).collect();
    assert_eq!(errors, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn slow_file_shows_the_snapshot_first_then_the_live_figures() {
    let server = StaticServer::start(&dist_dir());
    let snapshot = parsed(&snapshot_json());
    let live = newer_live_json();
    let gate = Gate::default();
    server.set_override(&live_path(), Override { gate: Some(gate.clone()), ..Override::json(live.clone()) });
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-status') !== null", "the page says it is loading").await;
    assert_eq!(browser.eval(&origin_is("ban-chup")).await, true, "the snapshot shows while the file is on its way");
    // The loading line has its place kept: the figures do not move when it comes or goes.
    let figures_top = "document.getElementById('thong-ke-so-lieu').getBoundingClientRect().top";
    let top_while_loading = browser.eval(figures_top).await;
    assert_eq!(browser.text(".stats-overall__percent").await, format_percent(snapshot.overall().percent()));

    gate.open();
    browser.wait_until(&origin_is("moi-nhat"), "the live file replaced the snapshot").await;
    assert_eq!(browser.text(".stats-overall__percent").await, format_percent(parsed(&live).overall().percent()));
    assert_eq!(browser.text(".stats-as-of__date").await, format_date(Date::parse(LIVE_AS_OF).unwrap()));
    assert_eq!(browser.count(".stats-status").await, 0);
    assert_eq!(browser.eval(figures_top).await, top_while_loading, "no layout shift when the line goes");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn last_good_copy_is_shown_with_its_date_when_the_network_fails() {
    let server = StaticServer::start(&dist_dir());
    server.set_override(&live_path(), Override::json(newer_live_json()));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the live file loads once").await;

    server.set_override(&live_path(), Override::status(503));
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the failure message shows").await;
    browser.wait_until(&origin_is("ban-luu"), "the copy kept on this device is shown").await;
    assert_eq!(browser.text(".stats-as-of__date").await, format_date(Date::parse(LIVE_AS_OF).unwrap()));
    assert!(browser.text(".stats-as-of__origin").await.contains("Bản lưu trên máy này"));
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn widget_has_no_site_frame_passes_axe_and_sizes_its_iframe() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions { width: 360, ..Default::default() }).await;
    browser.open(&server.url(WIDGET)).await;
    browser.wait_for_hydration().await;
    for selector in [".site-header", ".site-footer", ".site-nav", ".skip-link"] {
        assert_eq!(browser.count(selector).await, 0, "widget has no {selector}");
    }
    assert_eq!(browser.count("main").await, 1);
    let link = browser.eval("document.querySelector('.widget__link a').getAttribute('href')").await;
    assert!(link.as_str().unwrap_or_default().ends_with("/thong-ke/"), "{link}");
    assert_eq!(browser.count("meta[name=robots][content=noindex]").await, 1);
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe on the widget");

    // A portal page with the embed code the dashboard offers, pointed at this server.
    let base = server.url("");
    let portal = format!(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Cổng thông tin</title></head><body><main>{}</main></body></html>",
        embed_code(&base, routes::WIDGET.path, "Tỷ lệ tham gia bảo hiểm y tế")
    );
    server.set_override("/cong-thong-tin.html", Override::html(portal));
    browser.open(&server.url("/cong-thong-tin.html")).await;
    browser
        .wait_until(
            "parseFloat(document.querySelector('iframe').style.height) > 100",
            "the widget set its iframe's height",
        )
        .await;
    let height = browser.eval("parseFloat(document.querySelector('iframe').style.height)").await.as_f64().unwrap();
    let content = browser
        .eval("document.querySelector('iframe').contentDocument.documentElement.offsetHeight")
        .await
        .as_f64()
        .unwrap();
    assert!((height - content).abs() <= 1.0, "the iframe is as tall as the widget: {height} vs {content}");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn province_sized_file_renders_a_page_at_a_time() {
    let server = StaticServer::start(&dist_dir());
    let province = bhyt_stats::synthetic_province_json(5000);
    server.set_override(&live_path(), Override::json(province));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the 5,000-unit file is shown").await;
    assert_eq!(browser.count(".bar-chart__row").await as usize, CHART_DEFAULT_UNITS);
    assert_eq!(browser.count(".stats-table tbody tr").await as usize, TABLE_PAGE_SIZE);
    assert_eq!(browser.text(".pager__status").await, "Trang 1 trên 100");
    browser.click(By::Css("[data-action=trang-sau]")).await;
    browser.wait_until(&selector_text_is(".pager__status", "Trang 2 trên 100"), "the next page shows").await;
    assert_eq!(browser.count(".stats-table tbody tr").await as usize, TABLE_PAGE_SIZE);
    browser.click(By::Css("[data-action=tat-ca]")).await;
    browser
        .wait_until(
            &format!("document.querySelectorAll('.bar-chart__row').length === {CHART_MAX_UNITS}"),
            "the chart grows to its limit",
        )
        .await;
    assert_eq!(
        browser.eval("document.querySelector('[data-action=tat-ca]').getAttribute('aria-expanded')").await,
        "true"
    );
    browser.quit().await;
}

/// Benchmark, not a check (`./run bench` runs it): how long Chromium takes to fetch, parse and
/// render a 5,000-unit file, to re-sort it and to draw the most bars the chart shows. The page records the
/// first three itself (`data-time-*` on the container); the clicks are timed around the
/// synchronous re-render they cause.
#[tokio::test(flavor = "multi_thread")]
#[ignore]
async fn benchmark_province_sized_file() {
    let province = bhyt_stats::synthetic_province_json(5000);
    let started = std::time::Instant::now();
    parsed(&province);
    println!("5000 units, {} bytes; native parse {:.1} ms", province.len(), started.elapsed().as_secs_f64() * 1000.0);
    let server = StaticServer::start(&dist_dir());
    server.set_override(&live_path(), Override::json(province));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('#thong-ke[data-time-render]') !== null", "the file is shown").await;
    let attribute = |name: &str| format!("document.querySelector('#thong-ke').getAttribute('{name}')");
    println!(
        "Chromium, 5000 units: fetch {} ms, parse {} ms, render {} ms",
        browser.eval(&attribute("data-time-fetch")).await,
        browser.eval(&attribute("data-time-parse")).await,
        browser.eval(&attribute("data-time-render")).await
    );
    for (what, selector) in
        [("re-sort by name", "[data-value=ten]"), ("draw the most bars the chart shows", "[data-action=tat-ca]")]
    {
        let elapsed = browser
            .eval(&format!("(() => {{ const start = performance.now(); document.querySelector('{selector}').click(); return performance.now() - start; }})()"))
            .await;
        println!("{what}: {:.0} ms", elapsed.as_f64().unwrap_or(f64::NAN));
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_address_keeps_the_view_and_bad_values_get_a_notice() {
    let server = StaticServer::start(&dist_dir());
    let live = newer_live_json();
    let statistics = parsed(&live);
    server.set_override(&live_path(), Override::json(live));
    let browser = Browser::start(BrowserOptions::default()).await;
    // As a link shared on Facebook arrives: with `fbclid`, which is not the page's business.
    browser.open(&server.url(&format!("{PAGE}?sap-xep=ten&trang=abc&fbclid=IwAR0"))).await;
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the live file is shown").await;
    let first_by_name = statistics.sorted_units(UnitSort::Name, SortOrder::Ascending)[0].name.clone();
    assert_eq!(browser.text(".stats-table tbody tr th .stats-unit").await, first_by_name, "sorted as the address says");
    assert_eq!(browser.eval("document.querySelector('[data-value=ten]').getAttribute('aria-pressed')").await, "true");
    let notice = browser.text(".stats-notices").await;
    assert!(notice.contains("“abc”") && !notice.contains("fbclid"), "{notice}");

    // A keyboard user picks another order: focus stays on the button they pressed.
    let button = browser.driver.find(By::Css("[data-value=ty-le-cao]")).await.expect("sort button");
    button.send_keys(Key::Enter).await.expect("enter");
    let highest = statistics.sorted_units(UnitSort::Coverage, SortOrder::Descending)[0].name.clone();
    browser
        .wait_until(&selector_text_is(".stats-table tbody tr th .stats-unit", &highest), "sorted by highest coverage")
        .await;
    assert_eq!(browser.eval("location.search").await, "?sap-xep=ty-le-cao");
    assert_eq!(
        browser.eval("document.activeElement.dataset.value || ''").await,
        "ty-le-cao",
        "focus stays on the button"
    );
    assert_eq!(browser.count(".stats-notices").await, 0, "the notice was about the old address");

    // Reload: the same view.
    browser.driver.refresh().await.expect("reload");
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the live file is shown again").await;
    assert_eq!(browser.text(".stats-table tbody tr th .stats-unit").await, highest);
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_that_never_answers_times_out_with_a_retry() {
    let server = StaticServer::start(&dist_dir());
    let gate = Gate::default();
    server.set_override(&live_path(), Override { gate: Some(gate.clone()), ..Override::json(newer_live_json()) });
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(PAGE)).await;
    browser.wait_for_hydration().await;
    // The page gives up by itself after its time limit; the test only waits for the message.
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the page gives up waiting").await;
    assert!(
        browser.text(".stats-offline").await.contains("không trả lời sau"),
        "{}",
        browser.text(".stats-offline").await
    );
    assert_eq!(browser.eval(&origin_is("ban-chup")).await, true, "the pre-rendered snapshot stays");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe with the failure message");

    gate.open();
    server.set_override(&live_path(), Override::json(newer_live_json()));
    browser.click(By::XPath("//button[normalize-space()='Thử lại']")).await;
    browser.wait_until(&origin_is("moi-nhat"), "retry loads the file").await;
    browser.quit().await;
}

/// The page as built, but with the statistics address pointing at `url` (the build writes the
/// address from `site.toml` into the page's boot data).
fn page_reading_from(url: &str) -> String {
    let html = read(&dist_dir().join("thong-ke/index.html"));
    let configured = format!("\"statistics_url\":\"{}\"", live_path());
    assert!(html.contains(&configured), "the boot data holds {configured}");
    // The build also lets the page's Content-Security-Policy connect to that address's origin.
    let origin = url.split('/').take(3).collect::<Vec<_>>().join("/");
    let connect = "connect-src 'self';";
    assert!(html.contains(connect), "the page's policy allows only this site");
    html.replacen(&configured, &format!("\"statistics_url\":\"{url}\""), 1).replacen(
        connect,
        &format!("connect-src 'self' {origin};"),
        1,
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_file_may_live_on_another_server_that_allows_it() {
    let site = StaticServer::start(&dist_dir());
    let data_host = StaticServer::start(&dist_dir());
    let live = newer_live_json();
    data_host.set_override("/so-lieu/thong-ke.json", Override { any_origin: true, ..Override::json(live.clone()) });
    data_host.set_override("/khong-cho-phep.json", Override::json(live.clone()));
    let browser = Browser::start(BrowserOptions::default()).await;

    site.set_override(PAGE, Override::html(page_reading_from(&data_host.url("/so-lieu/thong-ke.json"))));
    browser.open(&site.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until(&origin_is("moi-nhat"), "the file from the other server is shown").await;
    assert_eq!(browser.text(".stats-as-of__date").await, format_date(Date::parse(LIVE_AS_OF).unwrap()));

    // A server that does not send Access-Control-Allow-Origin: the browser refuses the answer.
    site.set_override(PAGE, Override::html(page_reading_from(&data_host.url("/khong-cho-phep.json"))));
    browser.open(&site.url(PAGE)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the failure is reported").await;
    assert!(browser.text(".stats-offline").await.contains("không kết nối được"));
    browser.quit().await;
}

/// The statistics' English words, as the build wrote them for the island.
fn english_words() -> &'static bhyt_core::Installed {
    let text = read(&dist_dir().join("en/thong-ke/tu-ngu.json"));
    serde_json::from_str::<bhyt_core::Translation>(&text).expect("the English words file").keep()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_english_page_says_why_the_file_failed_and_builds_the_live_figures_in_english() {
    let server = StaticServer::start(&dist_dir());
    server.set_override(&live_path(), Override::status(404));
    let live = newer_live_json();
    let statistics = parsed(&live);
    let english = english_words();
    let (not_found, retry, percent, as_of, uninsured, by_name) = bhyt_core::with_translation(Some(english), || {
        let overall = statistics.overall();
        (
            bhyt_core::tr("không tìm thấy tệp số liệu (lỗi 404)"),
            bhyt_core::tr("Thử lại"),
            format_percent(overall.percent()),
            format_date(statistics.as_of),
            format_count(overall.uninsured()),
            SortChoice::Name.label(),
        )
    });
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url("/en/thong-ke/")).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the failure message shows").await;
    let failure = browser.text(".stats-offline").await;
    assert!(failure.contains(not_found) && !failure.contains("không tìm thấy"), "{failure}");

    server.set_override(&live_path(), Override::json(live));
    browser.click(By::XPath(format!("//button[normalize-space()={retry:?}]"))).await;
    browser.wait_until(&origin_is("moi-nhat"), "retry loads the file").await;
    assert_eq!(browser.text(".stats-overall__percent").await, percent);
    assert!(percent.contains('.'), "{percent}: an English decimal point");
    assert_eq!(browser.text(".stats-as-of__date").await, as_of);
    let line = browser.text(".stats-overall__uninsured").await;
    assert!(line.contains(&uninsured) && !line.contains("người"), "{line}");
    // The island's own controls are in English, and the page stays so when one is used.
    browser.click(By::XPath(format!("//button[normalize-space()={by_name:?}]"))).await;
    browser.wait_until("location.search === '?sap-xep=ten'", "the address keeps the order").await;
    let pressed = browser.eval("document.querySelector('.stats-sort button[aria-pressed=true]').innerText").await;
    assert_eq!(pressed, by_name);
    let heading = browser.text("#theo-don-vi").await;
    assert!(!heading.contains("Theo từng"), "{heading}");
    let errors: Vec<String> = browser.console_errors().await.into_iter().filter(|e| !e.contains("404")).collect();
    assert_eq!(errors, Vec::<String>::new());
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe on the English dashboard");
    browser.quit().await;
}
