//! Smoke test of the self-check in WebKit, the engine of every browser on an iPhone: Debian's
//! WebKitGTK at an iPhone's width. The full journeys run in Chromium (`wizard.rs`); this checks
//! that the WebAssembly hydrates in WebKit and that a resident gets from the start page to a
//! result and back.

use bhyt_content::routes;
use bhyt_site_tests::browser::Browser;
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::{dist_dir, WIZARD_PRERENDERED};
use thirtyfour::prelude::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_child_under_six_gets_a_result_in_webkit() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start_webkit(390, 844).await;
    browser.open(&server.url(routes::WIZARD.path)).await;
    browser.click(By::Css(".button--start")).await;
    let live_question =
        format!("document.querySelector('{WIZARD_PRERENDERED}') === null && document.querySelector('form[data-question=tuoi]') !== null");
    browser.wait_until(&live_question, "the app shows the age question").await;
    browser.click(By::Css("form[data-question] input[value='duoi-6']")).await;
    browser.click(By::Css("form[data-question] button[type=submit]")).await;
    let check = format!("location.pathname === {:?}", routes::CHECK.path);
    browser.wait_until(&check, "the check page").await;
    browser
        .wait_until(
            "document.querySelector('a.button[href^=\"/tu-kiem-tra/ket-qua/\"]') !== null",
            "a link to the result",
        )
        .await;
    browser.click(By::Css("a.button[href^='/tu-kiem-tra/ket-qua/']")).await;
    browser.wait_until("document.querySelector('.result-panel') !== null", "the result").await;
    assert_eq!(browser.text(".result-panel__group").await, "Trẻ em dưới 6 tuổi");
    let main = browser.text("main").await;
    assert!(main.contains("Bạn không phải đóng tiền"), "{main}");
    let overflow = browser.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
    assert_eq!(overflow, 0, "no horizontal scrolling at 390 px");
    // Back returns to the check page, rebuilt from its address.
    browser.driver.back().await.expect("back");
    browser.wait_until(&check, "back on the check page").await;
    browser
        .wait_until(
            "document.querySelector('a.button[href^=\"/tu-kiem-tra/ket-qua/\"]') !== null",
            "the check page again",
        )
        .await;
    browser.quit().await;
}
