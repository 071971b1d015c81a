//! The built site in a real headless Chromium, served from 127.0.0.1 like a static host:
//! every pre-rendered page with JavaScript off and on, island hydration without duplicates or
//! console errors, axe-core on every page, navigation, phone widths, zoom and the keyboard.

use bhyt_content::routes::{self, document_title, Frame};
use bhyt_site_tests::browser::{Browser, BrowserOptions};
use bhyt_site_tests::static_server::{Override, StaticServer};
use bhyt_site_tests::{built_site, dist_dir, page_file, prerendered_paths, read, static_h1};
use thirtyfour::prelude::*;

/// An address no route matches: the host serves 404.html and the app renders its fallback.
const UNKNOWN_PATH: &str = "/khong-co-trang-nay/";

/// The share block's copy button is on screen (share.js reveals it; hidden without JavaScript).
const COPY_BUTTON_SHOWN: &str = "document.querySelector('.share button[data-share=copy]').offsetParent !== null";
const NATIVE_SHARE_SHOWN: &str = "document.querySelector('.share button[data-share=native]').offsetParent !== null";
const COPIED: &str = "Đã sao chép đường liên kết. Bạn có thể dán vào Zalo hoặc Facebook.";

/// Embeddable widgets (`/nhung/…`) are pages of their own without the site's frame.
/// The frame the route table gives a path; an unknown address gets the 404 page in the site's frame.
/// The frame of a page in any language (`/en/tu-kiem-tra/…` is a step of the self-check).
fn frame(path: &str) -> Frame {
    routes::route_of(bhyt_site_tests::vietnamese_path(path)).map_or(Frame::Site, |route| route.frame)
}

/// Every pre-rendered page with the `<h1>` its file carries, plus an unknown address.
fn routes_with_static_h1() -> Vec<(String, String)> {
    let dist = dist_dir();
    let mut routes: Vec<(String, String)> = prerendered_paths(&dist)
        .into_iter()
        .map(|path| {
            let h1 = static_h1(&read(&page_file(&dist, &path)));
            (path, h1)
        })
        .collect();
    routes.push((UNKNOWN_PATH.to_owned(), static_h1(&read(&dist.join("404.html")))));
    routes
}

#[tokio::test(flavor = "multi_thread")]
async fn every_route_reads_without_javascript() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions { javascript: false, ..Default::default() }).await;
    for (path, h1) in routes_with_static_h1() {
        browser.open(&server.url(&path)).await;
        assert_eq!(browser.text("h1").await, h1, "{path}: heading without JavaScript");
        // Inside the self-check the header only links home: no navigation, as GOV.UK does.
        let navigation = browser.count(".site-nav a").await;
        match frame(&path) {
            Frame::Site => assert!(navigation >= 7, "{path}: navigation without JavaScript"),
            Frame::Journey | Frame::Widget => assert_eq!(navigation, 0, "{path}: no navigation"),
        }
        let footers = browser.count(".site-footer").await;
        assert_eq!(footers, u64::from(frame(&path) != Frame::Widget), "{path}: footer");
        let hydrated = browser.eval("document.documentElement.dataset.hydrated || ''").await;
        assert_eq!(hydrated, "", "{path}: JavaScript really was off");
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_route_hydrates_cleanly_and_passes_axe() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions::default()).await;
    for (path, h1) in routes_with_static_h1() {
        browser.open(&server.url(&path)).await;
        assert_eq!(browser.text("h1").await, h1, "{path}: content is there before hydration");
        browser.wait_for_hydration().await;
        assert_eq!(browser.text("h1").await, h1, "{path}: same heading after hydration");
        let framed = u64::from(frame(&path) != Frame::Widget);
        for (selector, expected) in
            [("main", 1), ("h1", 1), (".site-header", framed), (".site-footer", framed), ("title", 1)]
        {
            assert_eq!(browser.count(selector).await, expected, "{path}: {selector} is not duplicated");
        }
        assert_eq!(browser.count("link[rel=canonical]").await, 1, "{path}: one canonical link");
        let page_url = server.url(&path);
        // The unknown address is meant to answer 404; Chromium logs that status for the page itself.
        let errors: Vec<String> = browser
            .console_errors()
            .await
            .into_iter()
            .filter(|e| !(path == UNKNOWN_PATH && e.starts_with(&format!("{page_url} - ")) && e.contains("404")))
            .collect();
        assert_eq!(errors, Vec::<String>::new(), "{path}: console errors");
        assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{path}: axe violations");
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn links_load_the_prerendered_pages_with_their_own_head() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url("/")).await;
    browser.wait_for_hydration().await;
    let home_h1 = browser.text("h1").await;

    browser.click(By::Css(".site-nav a[href='/lien-he/']")).await;
    browser
        .wait_until(
            &format!("document.querySelector('h1').innerText === {:?}", routes::CONTACTS.title),
            "the contacts page shows",
        )
        .await;
    let expected_title = document_title(routes::CONTACTS.title, &site.locality.full_name());
    assert_eq!(browser.eval("document.title").await, expected_title, "the page carries its own title");
    assert_eq!(browser.count("link[rel=canonical]").await, 1);
    let canonical = browser.eval("document.querySelector('link[rel=canonical]').href").await;
    assert_eq!(canonical, format!("{}/lien-he/", site.locality.base_url));
    let current = browser.eval("document.querySelector('.site-nav a[aria-current=page]').getAttribute('href')").await;
    assert_eq!(current, "/lien-he/");
    assert!(browser.count(".contact-card").await >= site.units.len() as u64, "every unit is listed");

    browser.driver.back().await.expect("back");
    browser.wait_until(&format!("document.querySelector('h1').innerText === {home_h1:?}"), "back shows home").await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn news_pages_articles_and_plan_anchors_work() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url("/tin-tuc/")).await;
    browser.wait_for_hydration().await;
    let first = browser.eval("document.querySelector('.article-card a').getAttribute('href')").await;
    let first = first.as_str().expect("an article link").to_owned();
    browser.click(By::Css(".article-card a")).await;
    browser.wait_until(&format!("location.pathname === {first:?}"), "the article opens").await;
    assert!(browser.count(".tag--sample").await >= 1, "sample articles say so");
    assert_eq!(browser.eval("document.querySelector('meta[property=\"og:type\"]').content").await, "article");
    browser.wait_for_hydration().await;
    browser.wait_until(COPY_BUTTON_SHOWN, "share.js shows the copy button").await;
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{first}: axe");

    // A table-of-contents link on the plan moves to its section and the address can be shared.
    browser.open(&server.url("/ke-hoach/")).await;
    browser.wait_for_hydration().await;
    let anchor = browser.eval("document.querySelector('.toc a').getAttribute('href')").await;
    let anchor = anchor.as_str().expect("a table of contents").to_owned();
    browser.click(By::Css(".toc a")).await;
    browser.wait_until(&format!("location.hash === {anchor:?}"), "the address carries the section").await;
    let target_visible = browser
        .eval(&format!("document.getElementById({:?}).getBoundingClientRect().top < innerHeight", &anchor[1..]))
        .await;
    assert_eq!(target_visible, true, "the section is scrolled into view");
    browser.open(&server.url(&format!("/ke-hoach/{anchor}"))).await;
    browser
        .wait_until(&format!("document.getElementById({:?}) !== null", &anchor[1..]), "a shared anchor link opens")
        .await;
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn pages_fit_a_phone_and_reflow_at_zoom() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions::default()).await;
    // A cheap 360 px Android phone, then 320 CSS px (a 1280 px window at 400% zoom, WCAG 1.4.10).
    for (width, mobile) in [(360, true), (320, false)] {
        browser.emulate_viewport(width, 800, if mobile { 2.0 } else { 1.0 }, mobile).await;
        for (path, _) in routes_with_static_h1() {
            browser.open(&server.url(&path)).await;
            browser.wait_for_hydration().await;
            let overflow =
                browser.eval("document.documentElement.scrollWidth - document.documentElement.clientWidth").await;
            assert_eq!(overflow, 0, "{path} at {width} px: no horizontal scrolling");
            // Of what is on screen: a hidden button (the share sheet's, on a browser without one)
            // is no tap target.
            let smallest_tap = browser
                .eval("Math.min(...[...document.querySelectorAll('.site-nav a, .button, .widget__link a')].filter(a => a.offsetParent !== null).map(a => a.getBoundingClientRect().height))")
                .await;
            assert!(
                smallest_tap.as_f64().unwrap_or(0.0) >= 44.0,
                "{path} at {width} px: tap targets ≥ 44 px, got {smallest_tap}"
            );
            if width == 360 {
                assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{path} at 360 px: axe violations");
            }
        }
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn keyboard_users_can_skip_to_the_content_with_visible_focus() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url("/")).await;
    browser.wait_for_hydration().await;
    browser.driver.action_chain().send_keys(Key::Tab).perform().await.expect("tab");
    assert_eq!(browser.eval("document.activeElement.className").await, "skip-link", "first Tab reaches the skip link");
    let visible = browser.eval("document.activeElement.getBoundingClientRect().left >= 0").await;
    assert_eq!(visible, true, "the focused skip link is on screen");
    let focus_colour = browser.eval("getComputedStyle(document.activeElement).backgroundColor").await;
    assert_eq!(focus_colour, "rgb(255, 221, 0)", "focus is shown in yellow");
    browser.driver.action_chain().send_keys(Key::Enter).perform().await.expect("enter");
    browser.wait_until("document.activeElement.id === 'noi-dung'", "focus moved to the main content").await;

    // Tab order then runs through the page's own links.
    browser.driver.action_chain().send_keys(Key::Tab).perform().await.expect("tab");
    let inside_main = browser.eval("document.getElementById('noi-dung').contains(document.activeElement)").await;
    assert_eq!(inside_main, true, "the next Tab stays in the main content");
    browser.quit().await;
}

/// The Content-Security-Policy refuses a script that was not written by the build (say, one a
/// compromised host or a content mistake slipped in), while the page's own scripts still run.
#[tokio::test(flavor = "multi_thread")]
async fn an_injected_inline_script_is_refused() {
    let server = StaticServer::start(&dist_dir());
    let path = routes::CONTACTS.path;
    let injected = read(&page_file(&dist_dir(), path)).replacen(
        "</body>",
        "<script>document.documentElement.dataset.injected = 'ran';</script></body>",
        1,
    );
    server.set_override(path, Override::html(injected));
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(path)).await;
    browser.wait_for_hydration().await;
    assert_eq!(
        browser.eval("document.documentElement.dataset.injected || ''").await,
        "",
        "the injected script did not run"
    );
    let errors = browser.console_errors().await;
    assert!(errors.iter().any(|e| e.contains("Content Security Policy")), "the refusal is reported: {errors:?}");
    browser.quit().await;
}

/// The share block without WebAssembly: without JavaScript the links and a labelled read-only
/// field with the page's address (a resident long-presses it to copy) and no dead buttons;
/// with it, share.js shows the copy button, which announces the copy, and the phone's own share
/// sheet only where `navigator.share` exists.
#[tokio::test(flavor = "multi_thread")]
async fn share_buttons_work_without_webassembly() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let server = StaticServer::start(&dist);
    let plan_url = format!("{}{}", site.locality.base_url, routes::PLAN.path);

    let off = Browser::start(BrowserOptions { javascript: false, ..Default::default() }).await;
    off.open(&server.url(routes::PLAN.path)).await;
    assert_eq!(off.count(".share button[data-share]").await, 2, "both buttons are in the page");
    let hidden = off.eval("[...document.querySelectorAll('.share button')].every(b => b.offsetParent === null)").await;
    assert_eq!(hidden, true, "without JavaScript the buttons are hidden");
    assert_eq!(off.eval("document.getElementById('chia-se-duong-dan').value").await, plan_url.as_str());
    assert_eq!(off.eval("document.getElementById('chia-se-duong-dan').readOnly").await, true);
    assert!(off.text("label[for=chia-se-duong-dan]").await.starts_with("Đường liên kết"), "the field is labelled");
    assert_eq!(off.count(".share a[href^='https://www.facebook.com/sharer/']").await, 1, "Facebook link");
    assert_eq!(off.count(".share a[href^='https://zalo.me/share']").await, 1, "Zalo link");
    off.quit().await;

    let browser = Browser::start(BrowserOptions::default()).await;
    let before_each_page = |source: &'static str| {
        let cdp = browser.driver.cdp();
        async move {
            cdp.send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": source }))
                .await
                .expect("add a script to every page");
        }
    };
    // A phone without a share sheet.
    before_each_page("delete Navigator.prototype.share; delete navigator.share;").await;
    browser
        .driver
        .cdp()
        .send_raw(
            "Browser.grantPermissions",
            serde_json::json!({ "origin": server.url("/").trim_end_matches('/'), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await
        .expect("grant the clipboard");
    browser.open(&server.url(routes::PLAN.path)).await;
    browser.wait_until(COPY_BUTTON_SHOWN, "share.js shows the copy button").await;
    assert_eq!(browser.eval(NATIVE_SHARE_SHOWN).await, false, "no share sheet, no button for it");
    assert_eq!(browser.text(".share [role=status]").await, "", "nothing announced yet");
    browser.click(By::Css(".share button[data-share=copy]")).await;
    browser
        .wait_until(
            &format!("document.querySelector('.share [role=status]').innerText === {COPIED:?}"),
            "the copy is announced",
        )
        .await;
    let wasm = browser.eval("performance.getEntriesByType('resource').some(e => e.name.includes('.wasm'))").await;
    assert_eq!(wasm, false, "the plan downloads no WebAssembly");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "axe with the buttons shown");

    // A phone with one: the button appears and shares the page's title and address.
    before_each_page(
        "Navigator.prototype.share = function (data) { window.sharedWith = data; return Promise.resolve(); };",
    )
    .await;
    browser.open(&server.url(routes::QUESTIONS.path)).await;
    browser.wait_until(NATIVE_SHARE_SHOWN, "share.js shows the share-sheet button").await;
    browser.click(By::Css(".share button[data-share=native]")).await;
    browser.wait_until("window.sharedWith !== undefined", "the share sheet opens").await;
    let shared = browser.eval("window.sharedWith").await;
    assert_eq!(shared["url"], format!("{}{}", site.locality.base_url, routes::QUESTIONS.path).as_str());
    assert_eq!(shared["title"], routes::QUESTIONS.title);
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

/// Chromium reads the web app manifest the pages link, without errors, under the locality's name.
#[tokio::test(flavor = "multi_thread")]
async fn chromium_reads_the_web_app_manifest() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&server.url(routes::HOME.path)).await;
    let manifest =
        browser.driver.cdp().send_raw("Page.getAppManifest", serde_json::json!({})).await.expect("the manifest");
    assert_eq!(manifest["errors"], serde_json::json!([]), "{manifest}");
    assert!(manifest["url"].as_str().unwrap_or_default().ends_with("/manifest.json"), "{manifest}");
    let parsed: serde_json::Value = serde_json::from_str(manifest["data"].as_str().unwrap()).unwrap();
    assert!(parsed["name"].as_str().unwrap().ends_with(&site.locality.full_name()), "{parsed}");
    browser.quit().await;
}
