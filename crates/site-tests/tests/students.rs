//! `/hoc-sinh/` in Chromium: the page holds the amounts of every dated period of this school
//! year and the next, and `public/dated.js` shows the one in force on the day, here
//! previewed with `?ngay=`. On the first and the last day of each period, the amount shown is
//! the one the policy data gives for that date.

use bhyt_content::routes;
use bhyt_rules::pupil_cost;
use bhyt_rules::{format_dong, Date, LocalTopUps, Policy};
use bhyt_site_tests::browser::{Browser, BrowserOptions};
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::{between, dist_dir, page_file, read, workspace_root};

fn policy() -> Policy {
    let file = workspace_root().join("content/chinh-sach.toml");
    Policy::from_toml("chinh-sach.toml", &read(&file)).expect("policy data")
}

/// The locality's top-ups, as the build wrote them into the boot data of a page with islands
/// (the guide has none: its dated figures switch with plain JavaScript).
fn local_top_ups(html: &str) -> LocalTopUps {
    let json = between(html, "id=\"du-lieu-khoi-dong\">", "</script>").expect("boot data");
    let boot: serde_json::Value = serde_json::from_str(json).expect("boot data is JSON");
    LocalTopUps::from_json(&boot["local_top_ups"].to_string()).expect("local top-ups")
}

/// `data-show-from` / `data-show-until` of the pre-rendered period blocks.
fn periods(html: &str) -> Vec<(Date, Date)> {
    html.match_indices("<div id=\"muc-dong-")
        .map(|(at, _)| {
            let open = &html[at..at + html[at..].find('>').unwrap()];
            let date = |name: &str| {
                Date::parse(between(open, &format!("{name}=\""), "\"").unwrap_or_else(|| panic!("{name} in {open}")))
                    .unwrap()
            };
            (date("data-show-from"), date("data-show-until"))
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_guide_shows_the_amount_in_force_on_the_previewed_date() {
    let dist = dist_dir();
    let html = read(&page_file(&dist, routes::STUDENTS.path));
    let policy = policy();
    let local = local_top_ups(&read(&page_file(&dist, routes::RESULT.path)));
    let periods = periods(&html);
    assert!(periods.len() >= 2, "this school year and the next: {periods:?}");
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    for day in periods.iter().flat_map(|(from, until)| [*from, *until]) {
        browser.open(&server.url(&format!("{}?ngay={day}", routes::STUDENTS.path))).await;
        browser
            .wait_until(
                &format!("document.documentElement.dataset.figuresDate === '{day}'"),
                "the script chose the period",
            )
            .await;
        let shown = browser
            .eval("[...document.querySelectorAll('[data-amount=\"nam\"]')].filter(e => e.offsetParent !== null).map(e => e.innerText.trim())")
            .await;
        let expected = pupil_cost(&policy, &local, day, false).expect("policy covers the day").pays.yearly;
        assert_eq!(shown, serde_json::json!([format_dong(expected)]), "{day}: one amount shown, the policy's");
        let marked = browser
            .eval(
                "[...document.querySelectorAll('.cost-row__now')].filter(e => !e.hidden).map(e => e.dataset.showFrom)",
            )
            .await;
        let from = periods.iter().find(|(from, until)| *from <= day && day <= *until).unwrap().0;
        assert_eq!(marked, serde_json::json!([from.to_string()]), "{day}: the row in force is marked");
    }
    assert!(browser.console_errors().await.is_empty(), "console errors");
    browser.quit().await;
}
