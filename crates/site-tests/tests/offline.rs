//! Offline after the first visit, in Chromium on a phone: the home page once, then the network
//! cut (the server answers nothing and DevTools puts the page offline). The self-check runs to
//! its result, and the contacts and the student guide open, each saying when it was saved. A new
//! build replaces the old copy after reconnecting. Every wait is on a condition.

use bhyt_content::routes;
use bhyt_site_tests::browser::Browser;
use bhyt_site_tests::static_server::{Override, StaticServer};
use bhyt_site_tests::wizard::journey;
use bhyt_site_tests::{dist_dir, page_file, read, static_h1};

const CONTROLLED: &str = "navigator.serviceWorker.controller !== null";
const SAVED_LINE: &str = "document.querySelector('[data-saved-copy]')";
/// The paths the service worker's copy holds.
const KEPT_PATHS: &str = "caches.keys().then((names) => caches.open(names.find((name) => name.startsWith('bhyt|')))).then((cache) => cache.keys()).then((requests) => requests.map((request) => new URL(request.url).pathname))";

/// The first visit: the home page, until its service worker has kept what it keeps.
async fn first_visit(browser: &Browser, server: &StaticServer) {
    browser.open(&server.url(routes::HOME.path)).await;
    browser.wait_for_hydration().await;
    browser.wait_until(CONTROLLED, "the service worker has kept the site and took the page").await;
}

async fn go_offline(browser: &Browser, server: &StaticServer, offline: bool) {
    server.cut_off(offline);
    let cdp = browser.driver.cdp();
    cdp.send_raw("Network.enable", serde_json::json!({})).await.expect("Network.enable");
    cdp.send_raw(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": offline, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    )
    .await
    .expect("cut the network");
}

/// The page on screen came from the device: its line says so, with the time it was saved.
async fn assert_saved_copy(browser: &Browser, what: &str) {
    assert_saved_copy_says(browser, what, "đã lưu trên máy lúc").await;
}

async fn assert_saved_copy_says(browser: &Browser, what: &str, words: &str) {
    let line = browser.eval(&format!("{SAVED_LINE}.hidden === false ? {SAVED_LINE}.innerText : ''")).await;
    let line = line.as_str().unwrap_or_default().to_owned();
    assert!(line.to_lowercase().contains(words), "{what}: the saved copy says so: {line:?}");
    let time = browser.eval("document.querySelector('[data-saved-at]').innerText").await;
    let time = time.as_str().unwrap_or_default().to_owned();
    let shape = time.split(", ").collect::<Vec<_>>();
    assert!(
        shape.len() == 2 && shape[0].len() == 5 && shape[1].split('/').count() == 3,
        "{what}: a time and a day: {time:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn after_one_visit_the_self_check_contacts_and_student_guide_work_without_a_network() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    first_visit(&browser, &server).await;
    assert_eq!(browser.eval(&format!("{SAVED_LINE}.hidden")).await, true, "online, no saved-copy line");
    // A Vietnamese first visit keeps the Vietnamese pages, and of each translation only its
    // home and offline pages: not every language's self-check.
    let kept = browser.eval(KEPT_PATHS).await;
    let kept: Vec<&str> = kept.as_array().expect("kept paths").iter().filter_map(|path| path.as_str()).collect();
    for path in [routes::CONTACTS.path, "/tu-kiem-tra/cau-hoi/tuoi/", "/km/", "/km/ngoai-tuyen/", "/en/"] {
        assert!(kept.contains(&path), "{path} is kept: {kept:?}");
    }
    for path in ["/km/lien-he/", "/km/tu-kiem-tra/cau-hoi/tuoi/", "/en/tu-kiem-tra/tu-ngu.json"] {
        assert!(!kept.contains(&path), "{path} is not kept at a Vietnamese first visit");
    }
    // Opening one English page keeps the English ones too.
    browser.open(&server.url("/en/")).await;
    browser.wait_for_hydration().await;
    browser
        .wait_until(
            "caches.match('/en/lien-he/').then((saved) => saved !== undefined)",
            "the English pages are kept once an English page is opened",
        )
        .await;

    go_offline(&browser, &server, true).await;
    let answers = [
        ("tuoi", "75-tro-len"),
        ("cong_viec", "khong"),
        ("nguoi_co_cong", "khong"),
        ("ho_ngheo", "khong"),
        ("noi_song", "khong"),
        ("bao_tro_xa_hoi", "khong"),
        ("viec_o_thon", "khong"),
        ("huu_tri_xa_hoi", "chua-nhan"),
        ("tro_cap_tuat", "khong"),
        ("ho_nong_nghiep", "khong"),
        ("so_nguoi_trong_ho", "1"),
        ("the_truoc_day", "con-han"),
    ];
    let asked = journey(&browser, &server, &answers, "").await;
    assert!(!asked.is_empty(), "questions were answered offline");
    assert_saved_copy(&browser, "the result").await;
    for page in [routes::CONTACTS, routes::STUDENTS] {
        browser.open(&server.url(page.path)).await;
        browser.wait_for_hydration().await;
        let h1 = browser.text("h1").await;
        let built = static_h1(&read(&page_file(&dist, page.path)));
        assert_eq!(h1, built, "{}: the page itself", page.path);
        assert_saved_copy(&browser, page.path).await;
    }
    // The home and the contacts in English too, saved with the rest, saying so in English.
    for path in ["/en/", "/en/lien-he/"] {
        browser.open(&server.url(path)).await;
        browser.wait_for_hydration().await;
        assert_eq!(browser.text("h1").await, static_h1(&read(&page_file(&dist, path))), "{path}");
        assert_saved_copy_says(&browser, path, "saved on this phone at").await;
    }
    // A page never opened nor kept: the offline page, in that page's language, lists what is
    // saved, and its links open.
    for (path, offline_page) in [(routes::PLAN.path, routes::OFFLINE.path), ("/en/hoi-dap/", "/en/ngoai-tuyen/")] {
        browser.open(&server.url(path)).await;
        let built = static_h1(&read(&page_file(&dist, offline_page)));
        browser.wait_until(&format!("document.querySelector('h1')?.innerText === {built:?}"), path).await;
        let lang = browser.eval("document.documentElement.lang").await;
        assert_eq!(lang, if offline_page.starts_with("/en/") { "en" } else { "vi" }, "{path}");
        let links = browser.eval("[...document.querySelectorAll('main li a')].map(a => a.pathname)").await;
        assert!(links.as_array().is_some_and(|links| links.len() == 5), "{path}: home and the kept sections: {links}");
    }
    browser.open(&server.url(routes::PLAN.path)).await;
    browser.wait_until("document.querySelector('main li a') !== null", "the offline page's links").await;
    browser.eval("(document.querySelector('main li a[href$=\"/lien-he/\"]').click(), true)").await;
    let contacts = static_h1(&read(&page_file(&dist, routes::CONTACTS.path)));
    browser
        .wait_until(&format!("document.querySelector('h1')?.innerText === {contacts:?}"), "a saved page, from the list")
        .await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_new_build_replaces_the_saved_copy_after_reconnecting() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    first_visit(&browser, &server).await;
    let keys = browser.eval("caches.keys()").await;
    assert_eq!(keys.as_array().map(Vec::len), Some(1), "one copy: {keys}");

    // The new build: another service worker version, and a changed contacts page.
    let worker = read(&dist.join("sw.js"));
    let version = bhyt_site_tests::between(&worker, "const VERSION = \"", "\"").expect("the version").to_owned();
    let new_worker = worker.replacen(&version, "0000000000000000", 1);
    server.set_override("/sw.js", Override { content_type: "text/javascript", ..Override::json(new_worker) });
    let contacts = read(&page_file(&dist, routes::CONTACTS.path));
    let old_h1 = static_h1(&contacts);
    let new_contacts = contacts.replacen(&format!(">{old_h1}</h1>"), ">Liên hệ (bản dựng mới)</h1>", 1);
    assert_ne!(new_contacts, contacts, "the heading is replaced");
    server.set_override(routes::CONTACTS.path, Override::html(new_contacts));

    // The next visit finds the new worker, which keeps the new build and drops the old copy.
    browser.open(&server.url(routes::HOME.path)).await;
    browser.wait_for_hydration().await;
    // Each poll asks for the cache's names and looks at what the poll before it got.
    browser
        .wait_until(
            "(caches.keys().then(keys => window.savedCopies = keys), Array.isArray(window.savedCopies) && window.savedCopies.length === 1 && window.savedCopies[0].endsWith('|0000000000000000'))",
            "only the new build's copy is left",
        )
        .await;

    go_offline(&browser, &server, true).await;
    browser.open(&server.url(routes::CONTACTS.path)).await;
    browser.wait_for_hydration().await;
    assert_eq!(browser.text("h1").await, "Liên hệ (bản dựng mới)", "the new build's page, from the device");
    assert_saved_copy(&browser, "the new contacts page").await;
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_kill_switch_removes_the_saved_copies_and_the_service_worker() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    first_visit(&browser, &server).await;
    let keys = browser.eval("caches.keys()").await;
    assert_eq!(keys.as_array().map(Vec::len), Some(1), "one saved copy before: {keys}");

    // The README's way: `cp sw-tat.js sw.js` on the server.
    let kill_switch = read(&dist.join("sw-tat.js"));
    server.set_override("/sw.js", Override { content_type: "text/javascript", ..Override::json(kill_switch) });
    browser.open(&server.url(routes::CONTACTS.path)).await;
    browser.wait_for_hydration().await;
    // Each poll asks again and looks at what the poll before it got.
    browser
        .wait_until(
            "(navigator.serviceWorker.getRegistrations().then(r => window.workers = r.length), caches.keys().then(k => window.savedCopies = k.length), window.workers === 0 && window.savedCopies === 0)",
            "no service worker and no saved copy are left",
        )
        .await;
    // The page it was on stays whole.
    let built = static_h1(&read(&page_file(&dist, routes::CONTACTS.path)));
    assert_eq!(browser.text("h1").await, built);
    browser.quit().await;
}
