//! Walking the self-check as a resident does, shared by the wizard's tests and the offline
//! tests: click an option, "Tiếp tục", until the result. Every step is checked with axe, for
//! console errors and for horizontal scrolling.

use crate::browser::{Browser, PHONE};
use crate::static_server::StaticServer;
use crate::WIZARD_PRERENDERED;
use thirtyfour::prelude::*;

pub const START: &str = "/tu-kiem-tra/";
pub const CHECK: &str = "/tu-kiem-tra/kiem-tra/";
pub const RESULT: &str = "/tu-kiem-tra/ket-qua/";
pub const HOUSEHOLD: &str = "/tu-kiem-tra/ho-gia-dinh/";

/// Fails on axe violations or console errors on the page as it is now.
pub async fn check_step(browser: &Browser, step: &str) {
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{step}: axe violations");
    assert_eq!(browser.console_errors().await, Vec::<String>::new(), "{step}: console errors");
    let overflow = browser.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    assert_eq!(overflow, 0, "{step}: no horizontal scrolling");
}

pub async fn current_path(browser: &Browser) -> String {
    browser.eval("location.pathname + location.search").await.as_str().unwrap_or_default().to_owned()
}

/// Waits until a wizard page shows its live content (not the pre-rendered copy).
pub async fn wait_for_wizard(browser: &Browser) {
    browser.wait_for_hydration().await;
    browser
        .wait_until(
            &format!(
                "document.querySelector('{WIZARD_PRERENDERED}') === null && document.querySelector('.back-link') !== null"
            ),
            "the wizard content shows",
        )
        .await;
}

pub async fn open_wizard(browser: &Browser, url: &str) {
    browser.open(url).await;
    wait_for_wizard(browser).await;
}

pub async fn question_key(browser: &Browser) -> String {
    browser.wait_until("document.querySelector('form[data-question]') !== null", "a question shows").await;
    browser
        .eval("document.querySelector('form[data-question]').dataset.question")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Clicks a link or button and waits until the URL has changed and the next page shows.
pub async fn click_and_wait(browser: &Browser, selector: &str) {
    let before = current_path(browser).await;
    browser.click(By::Css(selector)).await;
    browser
        .wait_until(&format!("location.pathname + location.search !== {before:?}"), &format!("{selector} leads on"))
        .await;
    wait_for_wizard(browser).await;
}

/// Answers the page on screen from `answers` (question key → value; several values
/// comma-separated): every question it shows. On a checklist a question's "no" ticks none of its
/// boxes, and with none ticked the resident ticks "Không có mục nào ở trên". Returns the keys of
/// the page's questions.
pub async fn answer_current(browser: &Browser, answers: &[(&str, &str)]) -> Vec<String> {
    let key = question_key(browser).await;
    // On a phone, the live question too shows its first answer on the first screen; after a
    // mistake the error summary comes first, as GOV.UK's does, and links to each field; and an
    // official previewing another day (`?ngay=`) sees that said first.
    let phone = browser.eval("innerWidth").await.as_f64().unwrap_or(0.0) <= PHONE.0 as f64;
    if phone && browser.count(".error-summary, .notice--date").await == 0 {
        let bottom = first_option_bottom(browser).await;
        assert!(bottom <= PHONE.1 as f64, "`{key}`: the first answer ends at {bottom} px, below the first screen");
    }
    let names = browser
        .eval(&format!(
            "[...new Set([...document.querySelectorAll('form[data-question] input')].map((input) => input.name))].filter((name) => name !== '{NONE_LISTED}')"
        ))
        .await;
    let names: Vec<String> = names
        .as_array()
        .expect("input names")
        .iter()
        .map(|name| name.as_str().unwrap_or_default().to_owned())
        .collect();
    let checklist = browser.count(&format!("form[data-question] input[name='{NONE_LISTED}']")).await == 1;
    let mut ticked = false;
    for name in &names {
        let value = answers
            .iter()
            .find(|(k, _)| k == name)
            .unwrap_or_else(|| panic!("the journey has no answer for `{name}` (page `{key}`)"))
            .1;
        let number = format!("form[data-question] input[type=text][name='{name}']");
        if browser.count(&number).await == 1 && value != "khong-biet" {
            browser
                .eval(&format!(
                    "(() => {{ const input = document.querySelector(\"{number}\"); input.value = {value:?}; input.dispatchEvent(new Event('input', {{ bubbles: true }})); return true; }})()"
                ))
                .await;
            continue;
        }
        for part in value.split(',') {
            let option = format!("form[data-question] input[name='{name}'][value='{part}']");
            if checklist && browser.count(&option).await == 0 {
                continue; // a "no": its boxes stay unticked
            }
            browser.click(By::Css(option)).await;
            ticked = true;
        }
    }
    if checklist && !ticked {
        browser.click(By::Css(format!("form[data-question] input[name='{NONE_LISTED}']"))).await;
    }
    click_and_wait(browser, "form[data-question] button[type=submit]").await;
    names
}

/// The name of the checklist's "Không có mục nào ở trên" box.
pub const NONE_LISTED: &str = bhyt_rules::NONE_OF_THE_CHECKLIST.value;

/// Answers pages until the check-your-answers page, checking every step; returns the pages,
/// each the keys of its questions.
pub async fn answer_until_check(browser: &Browser, answers: &[(&str, &str)]) -> Vec<Vec<String>> {
    let mut pages = Vec::new();
    while !current_path(browser).await.contains(CHECK) {
        assert!(pages.len() < 16, "the journey never reaches the check page: {pages:?}");
        pages.push(answer_current(browser, answers).await);
        check_step(browser, &format!("after answering {:?}", pages.last().unwrap())).await;
    }
    pages
}

/// From the start page: "Bắt đầu", every question, the check page, then the result page.
pub async fn journey(
    browser: &Browser,
    server: &StaticServer,
    answers: &[(&str, &str)],
    query_suffix: &str,
) -> Vec<Vec<String>> {
    journey_in(browser, server, "", answers, query_suffix).await
}

/// [`journey`] in the language whose pages are under `prefix` (`/en`; empty for Vietnamese).
pub async fn journey_in(
    browser: &Browser,
    server: &StaticServer,
    prefix: &str,
    answers: &[(&str, &str)],
    query_suffix: &str,
) -> Vec<Vec<String>> {
    browser.open(&server.url(&format!("{prefix}{START}"))).await;
    browser.wait_for_hydration().await;
    check_step(browser, "start page").await;
    let start_href = browser.eval("document.querySelector('.button--start').getAttribute('href')").await;
    let first = format!("{}{query_suffix}", start_href.as_str().unwrap());
    open_wizard(browser, &server.url(&first)).await;
    check_step(browser, "first question").await;
    let asked = answer_until_check(browser, answers).await;
    let questions = asked.iter().map(Vec::len).sum::<usize>();
    assert_eq!(browser.count(".summary-list__row").await, questions as u64, "one row per question asked");
    click_and_wait(browser, &format!("a.button[href^='{prefix}{RESULT}']")).await;
    browser.wait_until("document.querySelector('.result-panel') !== null", "the result shows").await;
    check_step(browser, "result").await;
    // The first screen answers the question: the group, the amount and the first step.
    for part in [".result-panel__group", ".result-amount", ".next-step__title"] {
        let bottom = browser.eval(&format!("document.querySelector('{part}').getBoundingClientRect().bottom")).await;
        let bottom = bottom.as_f64().unwrap_or(f64::MAX);
        assert!(bottom <= PHONE.1 as f64, "result: {part} ends at {bottom} px, below the first screen");
    }
    assert_eq!(browser.count("meta[name=robots][content=noindex]").await, 1, "the result page has noindex");
    asked
}

/// Bottom edge of the first answer (the first choice, or the number field), in CSS pixels.
pub async fn first_option_bottom(browser: &Browser) -> f64 {
    let bottom = browser
        .eval("document.querySelector('form[data-question] .choices__item, form[data-question] .number-field').getBoundingClientRect().bottom")
        .await;
    bottom.as_f64().expect("a question has an answer to tap")
}
