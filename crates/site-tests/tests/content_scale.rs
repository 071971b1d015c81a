//! A thousand more articles, or two languages fewer, must not change the WebAssembly: content
//! and words are rendered at build time and never compiled in. `./run test` builds
//! `target/dist-1000` from `content/` plus 1,000 generated articles
//! (crates/content/examples/generate_articles.rs), publishing Vietnamese only, where `dist/`
//! publishes Vietnamese, English and Khmer.

use bhyt_site_tests::{dist_dir, prerendered_paths, read, workspace_root};
use std::path::{Path, PathBuf};

fn large_dist() -> PathBuf {
    let dir = workspace_root().join(std::env::var("BHYT_DIST_1000").unwrap_or_else(|_| "target/dist-1000".into()));
    assert!(dir.join("index.html").is_file(), "{} is missing: `./run test` builds it", dir.display());
    dir
}

/// Every WebAssembly module: its file name (with its content hash) and its bytes.
fn modules(dist: &Path) -> Vec<(String, Vec<u8>)> {
    let mut modules: Vec<_> = std::fs::read_dir(dist)
        .expect("read dist")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with("_bg.wasm"))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).expect("read wasm")))
        .collect();
    modules.sort();
    modules
}

#[test]
fn a_thousand_more_articles_and_one_language_instead_of_three_leave_the_webassembly_unchanged() {
    let languages = |dist: &Path| ["en", "km"].into_iter().filter(|code| dist.join(code).is_dir()).count() + 1;
    assert_eq!(languages(&dist_dir()), 3, "the sample publishes three languages");
    assert_eq!(languages(&large_dist()), 1, "the large build publishes Vietnamese only");
    let normal = modules(&dist_dir());
    let large = modules(&large_dist());
    assert!(normal.len() >= 2, "one module per part: {:?}", normal.iter().map(|(name, _)| name).collect::<Vec<_>>());
    let names = |modules: &[(String, Vec<u8>)]| modules.iter().map(|(name, _)| name.clone()).collect::<Vec<_>>();
    println!("modules with the sample content and with 1,000 more articles: {:?}", names(&normal));
    assert_eq!(names(&large), names(&normal), "the same modules, with the same content hashes in their names");
    assert!(large == normal, "every module must be byte for byte the same");
}

#[test]
fn a_thousand_articles_are_all_published_and_paginated() {
    let dist = large_dist();
    let paths = prerendered_paths(&dist);
    let articles = paths.iter().filter(|p| p.starts_with("/tin-tuc/bai-thu-")).count();
    assert_eq!(articles, 1000, "every generated article has its page");
    let pages = paths.iter().filter(|p| p.starts_with("/tin-tuc/trang/")).count();
    assert!(pages >= 100, "the news list is paginated ({pages} further pages)");
    let last_page = read(&dist.join(format!("tin-tuc/trang/{}/index.html", pages + 1)));
    assert!(last_page.contains("rel=\"prev\"") && !last_page.contains("rel=\"next\""), "the last page links back only");
    let sitemap = read(&dist.join("sitemap.xml"));
    assert!(sitemap.matches("<url>").count() > 1100, "the sitemap lists them");
    let feed = read(&dist.join("atom.xml"));
    assert_eq!(feed.matches("<entry>").count(), bhyt_content::FEED_ENTRY_LIMIT, "the feed keeps the newest");
}

#[test]
fn html_in_content_shows_as_text_and_never_runs() {
    let html = read(&large_dist().join("tin-tuc/bai-co-ma-html/index.html"));
    assert!(html.contains("&lt;script&gt;alert"), "the script tag is shown as text");
    assert!(!html.contains("<script>alert"), "no script from content");
    assert!(!html.contains("<img src=x"), "no element from content");
    assert_eq!(
        html.matches("onerror=").count(),
        html.matches("&lt;img src=x onerror=").count(),
        "handlers only as text"
    );
    assert!(!html.contains("<iframe"), "no frame from content");
}
