//! The officials' review `/can-bo/ra-soat/` in headless Chromium on a phone-sized window, as an
//! official would use it: the sample list in, each hamlet's counts (checked against the file's
//! own cells, counted here), the worklist printed to PDF, the file to publish previewed and
//! saved and checked by the dashboard's parser, the working copy kept and erased, a broken
//! file refused, and a ward of 20,000 people read from a workbook. The page makes no request
//! while it works. Every wait is on a condition in the page.

use bhyt_content::routes;
use bhyt_core::Date;
use bhyt_review::{by_unit, read_date, read_rows, review, rows_from_file};
use bhyt_rules::{LocalTopUps, Policy};
use bhyt_site_tests::browser::{Browser, BrowserOptions, TempDir};
use bhyt_site_tests::print::pdf_text_as_drawn;
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::{built_site, dist_dir, workspace_root};
use thirtyfour::prelude::*;

const REVIEW_DATE: &str = "2026-11-30";
const RESULTS: &str = "document.querySelector('#ra-soat-so-lieu') !== null";

fn review_date() -> Date {
    Date::parse(REVIEW_DATE).unwrap()
}

fn policy() -> Policy {
    let file = workspace_root().join("content/chinh-sach.toml");
    Policy::from_toml("chinh-sach.toml", &std::fs::read_to_string(file).unwrap()).unwrap()
}

fn sample_file() -> std::path::PathBuf {
    dist_dir().join(format!("{}ra-soat-mau.csv", routes::REVIEW.path.trim_start_matches('/')))
}

/// What each hamlet's row must say, counted from the list's cells without the crate's reader
/// (an empty expiry: never enrolled; an expiry before the review date: expired), and the people
/// in a state-supported group without a valid card from the same engine the page runs natively.
struct Expected {
    unit: String,
    people: usize,
    never: usize,
    expired: usize,
    supported: usize,
}

fn expected(rows: &[Vec<String>], local: &LocalTopUps, units: &[String]) -> Vec<Expected> {
    let header = &rows[0];
    let at = |key: &str| header.iter().position(|cell| cell.trim_start_matches('\u{feff}') == key).unwrap();
    let (unit_at, expiry_at) = (at("ma_don_vi"), at("han_the"));
    let policy = policy();
    let reviewed = review(read_rows(rows, review_date(), &policy).people, &policy, local, review_date(), "UBND");
    by_unit(&reviewed, units)
        .into_iter()
        .filter(|unit| unit.people > 0)
        .map(|unit| {
            let cells: Vec<&Vec<String>> = rows[1..].iter().filter(|row| row[unit_at] == unit.unit).collect();
            Expected {
                people: cells.len(),
                never: cells.iter().filter(|row| row[expiry_at].trim().is_empty()).count(),
                expired: cells
                    .iter()
                    .filter(|row| read_date(&row[expiry_at]).is_some_and(|on| on < review_date()))
                    .count(),
                supported: unit.not_fully_supported,
                unit: unit.unit,
            }
        })
        .collect()
}

fn number(text: &str) -> usize {
    text.replace('.', "").trim().parse().unwrap_or_else(|_| panic!("a count: {text:?}"))
}

async fn row_counts(browser: &Browser, unit: &str) -> Vec<usize> {
    let cells = browser
        .eval(&format!(
            "Array.from(document.querySelectorAll('#ra-soat-so-lieu tr[data-unit=\"{unit}\"] td')).map(td => td.innerText)"
        ))
        .await;
    cells.as_array().unwrap_or_else(|| panic!("row {unit}")).iter().map(|cell| number(cell.as_str().unwrap())).collect()
}

/// The page, once its island has enabled the file picker.
async fn open_review(browser: &Browser, server: &StaticServer) {
    browser.open(&server.url(routes::REVIEW.path)).await;
    browser.wait_for_hydration().await;
    browser.wait_until("!document.getElementById('ra-soat-tep').disabled", "the file picker is ready").await;
}

async fn choose_file(browser: &Browser, file: &std::path::Path) {
    browser.eval("document.getElementById('ra-soat').removeAttribute('data-time-read') || true").await;
    let input = browser.driver.find(By::Id("ra-soat-tep")).await.expect("the file picker");
    input.send_keys(file.to_str().unwrap()).await.expect("choose the file");
}

async fn resources(browser: &Browser) -> u64 {
    browser.eval("performance.getEntriesByType('resource').length").await.as_u64().unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_official_goes_from_the_sample_list_to_worklists_and_a_valid_statistics_file() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    open_review(&browser, &server).await;
    let html = bhyt_site_tests::read(&bhyt_site_tests::page_file(&dist, routes::REVIEW.path));
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"), "noindex");
    let privacy = html.find("chỉ được đọc trên máy này").expect("the privacy sentence");
    assert!(privacy < html.find("id=\"ra-soat-tep\"").unwrap(), "the privacy sentence is above the picker");

    let before = resources(&browser).await;
    browser.eval(&format!("(document.getElementById('ra-soat-ngay').value = '{REVIEW_DATE}') && true")).await;
    choose_file(&browser, &sample_file()).await;
    browser.wait_until(RESULTS, "the sample's results").await;
    assert_eq!(
        browser.eval("document.documentElement.scrollWidth <= window.innerWidth").await,
        true,
        "the results fit the phone's width: wide tables scroll inside themselves, worklists are cards"
    );

    // Each hamlet's counts, and their total, against the file's cells.
    let bytes = std::fs::read(sample_file()).unwrap();
    let rows = rows_from_file("ra-soat-mau.csv", &bytes).unwrap();
    let local = LocalTopUps::load(&workspace_root().join("content"), &site.locality.id).unwrap();
    let ids: Vec<String> = site.units.iter().map(|unit| unit.id.clone()).collect();
    let expected = expected(&rows, &local, &ids);
    assert!(expected.len() >= 8, "the sample spreads over the hamlets");
    let mut total = [0; 4];
    for unit in &expected {
        let shown = row_counts(&browser, &unit.unit).await;
        // Số người, có thẻ còn hạn, chưa từng có thẻ, hết hạn, tổng cần vận động, nhóm được hỗ trợ.
        let wanted = vec![
            unit.people,
            unit.people - unit.never - unit.expired,
            unit.never,
            unit.expired,
            unit.never + unit.expired,
            unit.supported,
        ];
        assert_eq!(shown, wanted, "{}", unit.unit);
        for (sum, value) in total.iter_mut().zip([unit.people, unit.never, unit.expired, unit.supported]) {
            *sum += value;
        }
        let listed = browser.count(&format!(".worklist[data-unit=\"{}\"] tbody tr", unit.unit)).await as usize;
        assert_eq!(listed, unit.never + unit.expired, "{}: everyone to visit is on the worklist", unit.unit);
    }
    let [people, never, expired, supported] = total;
    assert_eq!(people, 300);
    assert_eq!(
        row_counts(&browser, "tong").await,
        vec![people, people - never - expired, never, expired, never + expired, supported]
    );
    assert!(never > 0 && expired > 0 && supported > 0, "the sample has all three: {never} {expired} {supported}");

    // The file to publish: exactly the preview, accepted by the dashboard's parser, no names.
    let preview = browser.eval("document.getElementById('ra-soat-xem-truoc').innerText").await;
    let preview = preview.as_str().unwrap().to_owned();
    let statistics = bhyt_stats::parse(&preview, review_date()).expect("the dashboard's parser accepts the file");
    assert_eq!(statistics.population, people as u64);
    assert_eq!(statistics.insured, (people - never - expired) as u64);
    assert_eq!(statistics.is_sample, site.is_sample);
    assert_eq!(statistics.units.iter().map(|unit| unit.policy_not_fully_supported).sum::<u64>(), supported as u64);
    for row in &rows[1..] {
        assert!(!preview.contains(&row[2]), "no name in the file: {}", row[2]);
        assert!(!preview.contains(&row[1]), "no household in the file: {}", row[1]);
    }
    browser
        .eval(
            "(() => { const create = URL.createObjectURL; window.savedFiles = []; \
             URL.createObjectURL = blob => { window.savedFiles.push(blob); return create(blob); }; return true; })()",
        )
        .await;
    browser.click(By::Css("[data-action=luu-thong-ke]")).await;
    browser.wait_until("window.savedFiles.length === 1", "the file is saved").await;
    let saved = browser.eval("window.savedFiles[0].text()").await;
    assert_eq!(saved.as_str(), Some(preview.as_str()), "the saved file is the preview");
    browser.click(By::Css("[data-action=luu-ket-qua]")).await;
    browser.wait_until("window.savedFiles.length === 2", "the results are saved").await;
    let results = browser.eval("window.savedFiles[1].text()").await;
    let results = rows_from_file("ket-qua.csv", results.as_str().unwrap().as_bytes()).unwrap();
    assert_eq!(results.len(), 301, "one line per person");

    // One hamlet's worklist on paper: its people, nobody else's. The test stands in for the
    // print dialog, which a headless browser has not.
    let first = &expected[0].unit;
    let other = expected.iter().find(|unit| unit.never + unit.expired > 0 && unit.unit != *first).unwrap();
    browser.eval("(window.print = () => {}) && true").await;
    browser.click(By::Css(format!("[data-action=in][data-value=\"{first}\"]"))).await;
    browser.wait_until("document.querySelector('.worklist--printing') !== null", "the worklist is chosen").await;
    let names_of = |unit: &str| -> Vec<String> {
        let policy = policy();
        let reviewed = review(read_rows(&rows, review_date(), &policy).people, &policy, &local, review_date(), "UBND");
        reviewed.into_iter().filter(|r| r.person.unit == unit && r.to_visit()).filter_map(|r| r.person.name).collect()
    };
    let temp = TempDir::new("bhyt-review");
    let pdf = temp.path.join("worklist.pdf");
    bhyt_site_tests::print::print_shown_page(&browser, &pdf).await;
    let text = pdf_text_as_drawn(&pdf);
    for name in names_of(first) {
        assert!(text.contains(&name), "{first}'s worklist names {name}");
    }
    for name in names_of(&other.unit) {
        assert!(!text.contains(&name), "{first}'s worklist leaves out {}'s {name}", other.unit);
    }
    assert!(!text.contains("Lưu tệp thong-ke.json"), "no controls on paper");

    assert_eq!(resources(&browser).await, before, "no request while reviewing");
    assert_eq!(browser.eval("localStorage.length").await, 0, "nothing kept unless asked");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe with the results");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_working_copy_is_kept_only_when_asked_and_one_button_erases_it_and_a_broken_file_is_refused() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    open_review(&browser, &server).await;

    let temp = TempDir::new("bhyt-review");
    let broken = temp.path.join("danh-sach.pdf");
    std::fs::write(&broken, b"%PDF-1.4 not a list").unwrap();
    choose_file(&browser, &broken).await;
    browser
        .wait_until(
            "document.getElementById('ra-soat-trang-thai').innerText.includes('Chỉ đọc được tệp .xlsx hoặc .csv')",
            "the wrong type is refused",
        )
        .await;
    let bomb = temp.path.join("danh-sach.xlsx");
    std::fs::write(&bomb, b"PK\x03\x04 not really a workbook").unwrap();
    choose_file(&browser, &bomb).await;
    browser
        .wait_until(
            "document.getElementById('ra-soat-trang-thai').className.includes('error-message') && document.getElementById('ra-soat-trang-thai').innerText.includes('danh-sach.xlsx')",
            "a broken workbook is refused",
        )
        .await;

    browser.click(By::Id("ra-soat-giu")).await;
    choose_file(&browser, &sample_file()).await;
    browser.wait_until(RESULTS, "the sample's results").await;
    assert_eq!(browser.eval("localStorage.length").await, 2, "the rows and their name");
    browser.driver.refresh().await.expect("reload");
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('[data-action=mo-lai]') !== null", "the working copy is offered").await;
    assert_eq!(browser.count("#ra-soat-so-lieu").await, 0, "nothing shown until asked");
    browser.click(By::Css("[data-action=mo-lai]")).await;
    browser.wait_until(RESULTS, "the working copy's results").await;
    assert!(
        browser.text("#ra-soat-trang-thai").await.contains("300 người"),
        "{}",
        browser.text("#ra-soat-trang-thai").await
    );
    browser.click(By::Css("[data-action=xoa]")).await;
    browser.wait_until("localStorage.length === 0", "the working copy is erased").await;
    assert_eq!(browser.count("[data-action=mo-lai]").await, 0);
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

/// A large ward: 20,000 people as a workbook, read and counted in the browser. The reading
/// time is `./run bench`'s to measure; here only that it ends and that everyone counts.
#[tokio::test(flavor = "multi_thread")]
async fn a_ward_of_20000_people_is_read_from_a_workbook() {
    let dist = dist_dir();
    let rows = rows_from_file("ra-soat-mau.csv", &std::fs::read(sample_file()).unwrap()).unwrap();
    let temp = TempDir::new("bhyt-review");
    let workbook = temp.path.join("danh-sach-20000.xlsx");
    std::fs::write(&workbook, bhyt_review::list_xlsx(&bhyt_review::made_up_list(&rows, 20_000))).unwrap();
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    open_review(&browser, &server).await;
    let before = resources(&browser).await;
    choose_file(&browser, &workbook).await;
    browser
        .wait_until("document.getElementById('ra-soat').hasAttribute('data-time-read')", "the ward's list is read")
        .await;
    assert_eq!(row_counts(&browser, "tong").await[0], 20_000);
    assert_eq!(resources(&browser).await, before, "no request while reviewing");
    browser.quit().await;
}

/// `./run bench`: a ward of 20,000 people read in Chromium from CSV and from a workbook, from
/// the file's choice to the results on screen (the page's own `data-time-read`).
#[tokio::test(flavor = "multi_thread")]
#[ignore = "a measurement for ./run bench"]
async fn benchmark_review_of_20000_people() {
    let dist = dist_dir();
    let rows = rows_from_file("ra-soat-mau.csv", &std::fs::read(sample_file()).unwrap()).unwrap();
    let list = bhyt_review::made_up_list(&rows, 20_000);
    let temp = TempDir::new("bhyt-review");
    let csv = temp.path.join("danh-sach-20000.csv");
    let workbook = temp.path.join("danh-sach-20000.xlsx");
    std::fs::write(&csv, bhyt_review::list_csv(&list)).unwrap();
    std::fs::write(&workbook, bhyt_review::list_xlsx(&list)).unwrap();
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    for file in [&csv, &workbook] {
        open_review(&browser, &server).await;
        choose_file(&browser, file).await;
        browser
            .wait_until("document.getElementById('ra-soat').hasAttribute('data-time-read')", "the list is read")
            .await;
        let took = browser.eval("document.getElementById('ra-soat').getAttribute('data-time-read')").await;
        let bytes = std::fs::metadata(file).unwrap().len();
        println!(
            "review: 20,000 people, {} ({bytes} bytes): {} ms",
            file.file_name().unwrap().to_string_lossy(),
            took.as_str().unwrap()
        );
    }
    browser.quit().await;
}
