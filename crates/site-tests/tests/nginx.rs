//! The shipped nginx configuration (deploy/nginx/bhyt-toan-dan.conf), run for real against
//! `dist/` on 127.0.0.1: precompressed brotli and gzip, the WebAssembly type, cache lifetimes,
//! the 404 page, and a hydrated page in Chromium.

use bhyt_site_tests::browser::{Browser, BrowserOptions};
use bhyt_site_tests::nginx::{hashed_file, Nginx, SITE_AT_THE_ROOT};
use bhyt_site_tests::{dist_dir, read, static_h1};
use reqwest::header::{ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE};

#[tokio::test(flavor = "multi_thread")]
async fn nginx_serves_precompressed_typed_cached_files_and_the_404_page() {
    let dist = dist_dir();
    let nginx = Nginx::start(&dist, SITE_AT_THE_ROOT);
    let url = |path: &str| nginx.url(path);
    // reqwest is built without decompression: the bytes on the wire are what we check.
    let client = reqwest::Client::new();
    let get = |path: String, encoding: &'static str| {
        let request = client.get(url(&path));
        async move { request.header(ACCEPT_ENCODING, encoding).send().await.expect("request") }
    };
    let header = |response: &reqwest::Response, name| {
        response.headers().get(name).map(|v| v.to_str().unwrap_or_default().to_owned()).unwrap_or_default()
    };

    let wasm_path = hashed_file(&dist, "wasm");
    let wasm = get(wasm_path.clone(), "br, gzip").await;
    assert_eq!(wasm.status(), 200);
    assert_eq!(header(&wasm, CONTENT_TYPE), "application/wasm");
    assert_eq!(header(&wasm, CONTENT_ENCODING), "br", "brotli copy served");
    assert!(header(&wasm, CACHE_CONTROL).contains("immutable"), "hashed files cached for a year");
    let wasm_br_len = std::fs::metadata(dist.join(format!("{}.br", &wasm_path[1..]))).expect(".br").len();
    assert_eq!(wasm.bytes().await.expect("body").len() as u64, wasm_br_len, "the precompressed file itself");

    let gzip_only = get(wasm_path.clone(), "gzip").await;
    assert_eq!(header(&gzip_only, CONTENT_ENCODING), "gzip", "gzip copy for clients without brotli");
    let plain = get(wasm_path, "identity").await;
    assert_eq!(header(&plain, CONTENT_ENCODING), "", "uncompressed for clients that ask for nothing");

    for (path, extension) in [(hashed_file(&dist, "js"), "javascript"), (hashed_file(&dist, "css"), "css")] {
        let response = get(path.clone(), "br").await;
        assert!(header(&response, CONTENT_TYPE).contains(extension), "{path}: type");
        assert_eq!(header(&response, CONTENT_ENCODING), "br", "{path}: brotli");
        assert!(header(&response, CACHE_CONTROL).contains("max-age=31536000"), "{path}: long cache");
    }

    let page = get("/ke-hoach/".into(), "gzip").await;
    assert_eq!(page.status(), 200);
    assert!(header(&page, CONTENT_TYPE).starts_with("text/html"));
    assert_eq!(header(&page, CONTENT_ENCODING), "gzip");
    assert!(!header(&page, CACHE_CONTROL).contains("immutable"), "pages are not cached for a year");
    assert!(
        header(&page, CONTENT_SECURITY_POLICY).contains("frame-ancestors 'self'"),
        "pages are framed by this site only"
    );
    let worker = get("/sw.js".into(), "br").await;
    assert_eq!(worker.status(), 200);
    assert!(header(&worker, CONTENT_TYPE).contains("javascript"), "the service worker's type");
    assert_eq!(header(&worker, CACHE_CONTROL), "no-cache", "a new build's service worker is seen at once");
    for path in ["/nhung/thong-ke/", "/en/nhung/thong-ke/"] {
        let widget = get(path.into(), "gzip").await;
        assert_eq!(widget.status(), 200, "{path}");
        assert!(header(&widget, CONTENT_SECURITY_POLICY).contains("frame-ancestors *"), "{path}: portals may frame it");
    }

    let missing = get("/khong-co-trang-nay/".into(), "identity").await;
    assert_eq!(missing.status(), 404);
    let body = missing.text().await.expect("404 body");
    assert_eq!(static_h1(&body), static_h1(&read(&dist.join("404.html"))), "the site's own 404 page");

    let robots = get("/robots.txt".into(), "identity").await;
    assert_eq!(robots.status(), 200);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_page_served_by_nginx_hydrates_in_chromium() {
    let dist = dist_dir();
    let nginx = Nginx::start(&dist, SITE_AT_THE_ROOT);
    let browser = Browser::start(BrowserOptions::default()).await;
    browser.open(&nginx.url("/lien-he/")).await;
    browser.wait_for_hydration().await;
    assert_eq!(browser.text("h1").await, static_h1(&read(&dist.join("lien-he/index.html"))));
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}
