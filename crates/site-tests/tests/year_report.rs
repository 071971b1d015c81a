//! The year-end report `/thong-ke/bao-cao/` in headless Chromium: printed to an A4 PDF whose
//! figures are checked against the statistics file, each unit with its official; the year
//! picked by `?nam=`, a year without figures and an unreadable one explained on the page; axe
//! at 360 px with the app's controls shown. The province's report is checked in `province.rs`.

use bhyt_content::routes;
use bhyt_site_tests::browser::{Browser, BrowserOptions, TempDir};
use bhyt_site_tests::print::{pdf_pages_and_size, pdf_text, print_to_pdf};
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::{built_site, dist_dir, page_file, read, strip_tags};
use bhyt_stats::{format_count, format_date, format_percent, parse, year_report, Date, Statistics};

fn snapshot() -> Statistics {
    parse(&read(&dist_dir().join("du-lieu/thong-ke.json")), Date::parse("2026-11-30").unwrap()).expect("valid snapshot")
}

fn report_shows(year: u16) -> String {
    format!("document.querySelector('.report[data-origin=moi-nhat][data-year=\"{year}\"]') !== null")
}

/// What the report must say of `year`, from the file: the start and end of the whole
/// locality, and each unit's end figure and official.
fn expected_figures(statistics: &Statistics, year: u16) -> Vec<String> {
    let report = year_report(statistics, year).expect("the sample file has this year");
    let site = built_site(&dist_dir());
    let mut expected = vec![
        format!("Năm {year}"),
        format_percent(report.start.percent()),
        format_percent(report.end.percent()),
        format_count(report.start.insured),
        format_count(report.end.insured),
        report.change().words(),
        report.start_moment.label(),
        report.end_moment.label(),
        statistics.source.clone(),
    ];
    for unit in &report.units {
        expected.push(unit.unit.name.clone());
        if let Some(end) = unit.end {
            expected.push(format_percent(end.percent()));
        }
        if let Some(person) = site.units.iter().find(|person| person.id == unit.unit.id) {
            expected.push(person.person.clone());
            expected.push(person.phone.clone());
        }
    }
    expected
}

#[tokio::test(flavor = "multi_thread")]
async fn the_report_prints_on_a4_with_the_files_figures_and_the_officials() {
    let statistics = snapshot();
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions { width: 360, height: 740, ..BrowserOptions::default() }).await;
    let work = TempDir::new("bhyt-bao-cao");
    let pdf = work.path.join("bao-cao.pdf");
    print_to_pdf(&browser, &server.url(routes::REPORT.path), &report_shows(2026), &pdf).await;

    let (pages, size) = pdf_pages_and_size(&pdf);
    assert!(size.contains("(A4)"), "page size {size}");
    let text = pdf_text(&pdf);
    assert!((1..=4).contains(&pages), "{pages} pages:\n{text}");
    for expected in expected_figures(&statistics, 2026) {
        assert!(text.contains(expected.trim()), "the printed report lacks “{expected}”:\n{text}");
    }
    let totals = statistics.review_totals();
    let uninsured = statistics.units.iter().map(|unit| unit.population - unit.insured).sum::<u64>();
    // pdftotext reads a table's cells in no fixed order: each total on its own.
    assert!(text.contains("Người chưa có thẻ, theo lý do Số liệu ngày 31/10/2026"), "the reasons' section:\n{text}");
    for total in [uninsured, totals.never_enrolled, totals.card_expired, totals.policy_not_fully_supported] {
        assert!(text.contains(&format_count(total)), "the reasons' total {total}:\n{text}");
    }
    assert!(text.contains(&format_date(statistics.as_of)), "the data's date");
    assert!(text.contains("Số liệu mẫu"), "sample figures are marked as such on paper");
    assert!(text.contains("Người lập báo cáo") && text.contains("(Ký, ghi rõ họ tên)"), "the signatures, on paper");
    // On paper: the figures, not the site's controls or its footer.
    for chrome in ["In báo cáo", "Báo cáo các năm", "Về trang này, quyền riêng tư"] {
        assert!(!text.contains(chrome), "“{chrome}” printed:\n{text}");
    }

    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe at 360 px with the app's controls");
    assert!(browser.console_errors().await.is_empty(), "console errors");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_address_picks_the_year_and_a_year_without_figures_is_explained() {
    let statistics = snapshot();
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions { width: 360, height: 740, ..BrowserOptions::default() }).await;
    let url = |query: &str| server.url(&format!("{}?{query}", routes::REPORT.path));

    browser.open(&url("nam=2025")).await;
    browser.wait_until(&report_shows(2025), "the 2025 report").await;
    let shown = browser.text(".report").await;
    for expected in expected_figures(&statistics, 2025) {
        assert!(shown.contains(expected.trim()), "2025 lacks “{expected}”:\n{shown}");
    }
    assert!(shown.contains("không có hai phần này"), "no reasons for a past year:\n{shown}");
    assert!(!shown.contains("Người lập báo cáo"), "the signatures are for paper only");
    assert_eq!(browser.count("a[aria-current=page][href='?nam=2025']").await, 1, "the year's link is marked");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe on the 2025 report");

    for (query, says) in [
        ("nam=2019", "Chưa có số liệu đầu năm và cuối năm 2019; các năm có báo cáo: 2025, 2026"),
        ("nam=hai-nghin", "Năm “hai-nghin” trong đường dẫn không đọc được"),
    ] {
        browser.open(&url(query)).await;
        browser.wait_until(&report_shows(2026), "the latest year instead").await;
        let notice = browser.text(".report [role=alert]").await;
        assert!(notice.contains(says), "{query}: {notice}");
    }
    browser.quit().await;
}

#[test]
fn the_prerendered_report_reads_without_javascript() {
    let statistics = snapshot();
    let html = read(&page_file(&dist_dir(), routes::REPORT.path));
    assert!(html.contains(r#"data-year="2026""#), "the latest year is pre-rendered");
    let text = strip_tags(&html);
    for expected in expected_figures(&statistics, 2026) {
        assert!(text.contains(expected.trim()), "the pre-rendered report lacks “{expected}”");
    }
    assert!(!text.contains("Báo cáo các năm"), "links to other years need the app, so are not pre-rendered");
}
