//! Checks of the files in `dist/` that need no browser: every route is pre-rendered with its
//! content and share tags, the extra files exist, and the WebAssembly stays within budget.

use bhyt_content::routes::{self, absolute_url, document_title, PAGES};
use bhyt_site_tests::{
    between, brotli_size, built_site, dist_dir, island_modules, page_file, prerendered_paths, read, share_picture_path,
    static_h1,
};

/// The most WebAssembly (brotli bytes) one page may download before it is interactive (issue
/// #12): each part's islands are their own module, and a page loads only its parts' modules.
/// 150 KB until the self-check read its words from the page in every language (#15), which
/// took the wizard's module from 148 KB to about 155 KB.
const PAGE_WASM_BROTLI_CEILING_BYTES: u64 = 160 * 1000;
/// The officials' review workspace reads workbooks (zip, XML, CSV): its own, larger module,
/// which no resident's page downloads.
const REVIEW_WASM_BROTLI_CEILING_BYTES: u64 = 400 * 1000;

/// How the pre-rendered share block is marked (`SHARE_BLOCK_ATTRIBUTE` in src/site/share.rs).
const SHARE_BLOCK: &str = " data-share-title=\"";

#[test]
fn every_route_is_prerendered_with_content_and_share_tags() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let locality = site.locality.full_name();
    for page in PAGES {
        let html = read(&page_file(&dist, page.path));
        let url = absolute_url(&site.locality.base_url, page.path);
        let title = document_title(page.title, &locality);
        let expect = |needle: String| assert!(html.contains(&needle), "{}: missing {needle}", page.path);
        expect("<html lang=\"vi\"".into());
        expect(format!("<title>{title}</title>"));
        // A page may put live figures first (the statistics page does); the route's own
        // description always follows.
        for tag in ["<meta name=\"description\" content=\"", "<meta property=\"og:description\" content=\""] {
            let description = between(&html, tag, "\">").unwrap_or_else(|| panic!("{}: missing {tag}", page.path));
            assert!(description.ends_with(page.description), "{}: {tag}{description}", page.path);
        }
        expect(format!("<link href=\"{url}\" rel=\"canonical\">"));
        expect(format!("<meta property=\"og:url\" content=\"{url}\">"));
        expect(format!("<meta property=\"og:title\" content=\"{title}\">"));
        expect("<meta property=\"og:locale\" content=\"vi_VN\">".into());
        expect("<meta name=\"twitter:card\" content=\"summary_large_image\">".into());
        // The page's own picture: the self-check, plan, statistics and student guide have one,
        // the other fixed pages share the general one.
        expect(format!(
            "<meta property=\"og:image\" content=\"{}{}\">",
            site.locality.base_url,
            share_picture_path(page.path)
        ));
        expect("<meta property=\"og:image:width\" content=\"1200\">".into());
        expect("<meta property=\"og:image:height\" content=\"630\">".into());
        assert!(url.starts_with("https://") || url.starts_with("http://"), "{url} is absolute");
        assert_eq!(html.matches("<main").count(), 1, "{}: one <main>", page.path);
        assert_eq!(html.matches("<h1").count(), 1, "{}: one <h1>", page.path);
        assert!(!static_h1(&html).is_empty(), "{}: the <h1> has text", page.path);
        assert!(html.contains("class=\"skip-link\""), "{}: skip link", page.path);
        assert!(html.contains(&locality), "{}: names the locality", page.path);
        assert_eq!(html.matches("<title>").count(), 1, "{}: one <title>", page.path);
    }
}

#[test]
fn content_pages_carry_their_text_and_share_tags_without_javascript() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let paths = prerendered_paths(&dist);
    let articles: Vec<&String> =
        paths.iter().filter(|p| p.starts_with("/tin-tuc/") && !p.contains("/trang/") && p.len() > 9).collect();
    assert!(articles.len() >= 8, "at least eight articles: {articles:?}");
    for path in &paths {
        let html = read(&page_file(&dist, path));
        let url = absolute_url(&site.locality.base_url, path);
        for needle in [
            format!("<link href=\"{url}\" rel=\"canonical\">"),
            format!("<meta property=\"og:url\" content=\"{url}\">"),
            "<meta property=\"og:title\"".to_owned(),
            "<meta property=\"og:description\"".to_owned(),
            "<meta name=\"twitter:card\"".to_owned(),
            "<meta name=\"description\"".to_owned(),
        ] {
            assert!(html.contains(&needle), "{path}: missing {needle}");
        }
        // The news feed is announced on the site's pages, not in the widget a portal frames.
        let feed = "<link href=\"/atom.xml\" hreflang=\"vi\" rel=\"alternate\" title=\"Tin mới\" type=\"application/atom+xml\">";
        let framed = routes::route_of(bhyt_site_tests::vietnamese_path(path))
            .is_some_and(|route| route.frame == routes::Frame::Widget);
        assert_eq!(html.contains(feed), !framed, "{path}: the feed's link");
    }
    for path in articles {
        let html = read(&page_file(&dist, path));
        assert!(html.contains("<meta property=\"og:type\" content=\"article\">"), "{path}: og:type article");
        assert!(
            html.contains("class=\"prose\"") && html.matches("<p>").count() >= 2,
            "{path}: article text in the HTML"
        );
        assert!(html.contains("Bài mẫu"), "{path}: sample badge");
        assert!(html.contains("/ma-qr/"), "{path}: QR code link");
        let qr = dist.join(bhyt_content::routes::qr_code_path(path).trim_start_matches('/'));
        assert!(read(&qr).starts_with("<?xml") || read(&qr).contains("<svg"), "{path}: QR code file");
    }
    let plan = read(&page_file(&dist, "/ke-hoach/"));
    assert!(plan.contains("Mục lục") && plan.contains("class=\"toc\""), "plan has a table of contents");
    assert!(plan.contains("52-CT/TW"), "plan names the directive");
}

#[test]
fn the_feed_lists_the_articles() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let text = read(&dist.join("atom.xml"));
    let feed: atom_syndication::Feed = text.parse().expect("atom.xml parses as an Atom feed");
    let articles = prerendered_paths(&dist)
        .iter()
        .filter(|p| p.starts_with("/tin-tuc/") && !p.contains("/trang/") && p.len() > 9)
        .count();
    assert_eq!(feed.entries().len(), articles.min(bhyt_content::FEED_ENTRY_LIMIT), "one entry per article");
    for entry in feed.entries() {
        let link = entry.links().first().map(|l| l.href().to_owned()).unwrap_or_default();
        assert!(link.starts_with(&format!("{}/tin-tuc/", site.locality.base_url)), "absolute article link: {link}");
        assert!(!entry.title().as_str().is_empty());
    }
}

/// A PNG's width and height, from its header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    (u32::from_be_bytes(bytes[16..20].try_into().unwrap()), u32::from_be_bytes(bytes[20..24].try_into().unwrap()))
}

#[test]
fn the_share_image_is_a_1200_by_630_png() {
    let bytes = std::fs::read(dist_dir().join("chia-se.png")).expect("chia-se.png");
    assert_eq!(png_size(&bytes), (1200, 630));
    assert!(bytes.len() > 10_000, "the picture has content ({} bytes)", bytes.len());
}

/// The service worker shows a saved page's line by these two exact strings (`web/sw.js`): every
/// page that registers it carries them once, and every page of the site's frame registers it.
#[test]
fn every_page_that_registers_the_service_worker_carries_its_saved_copy_line() {
    let dist = dist_dir();
    let mut registering = 0;
    for path in prerendered_paths(&dist) {
        let html = read(&page_file(&dist, &path));
        if !html.contains(" data-script=\"offline\"") {
            assert!(
                bhyt_site_tests::vietnamese_path(&path).starts_with("/nhung/"),
                "{path}: a page of the site registers the service worker"
            );
            continue;
        }
        registering += 1;
        for marker in [" data-saved-copy=\"\" hidden=\"\"", "<span data-saved-at=\"\"></span>"] {
            assert_eq!(html.matches(marker).count(), 1, "{path}: {marker}");
        }
    }
    assert!(registering >= PAGES.len(), "{registering} pages register it");
}

/// Every page links the manifest and the iPhone's icon; the manifest names the locality, starts
/// at its home page and lists icons that exist at their stated sizes, one for launchers' masks.
#[test]
fn a_resident_can_add_the_site_to_the_home_screen() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let home = routes::href_under(routes::base_path(&site.locality.base_url), "/");
    for path in prerendered_paths(&dist) {
        let html = read(&page_file(&dist, &path));
        assert!(
            html.contains(&format!("<link rel=\"manifest\" href=\"{home}manifest.json\">")),
            "{path}: the manifest"
        );
        assert!(
            html.contains(&format!("<link rel=\"apple-touch-icon\" href=\"{home}bieu-tuong-180.png\">")),
            "{path}: the iPhone's icon"
        );
    }
    assert_eq!(png_size(&std::fs::read(dist.join("bieu-tuong-180.png")).unwrap()), (180, 180));
    let manifest: serde_json::Value = serde_json::from_str(&read(&dist.join("manifest.json"))).expect("JSON");
    assert_eq!(manifest["name"], format!("Bảo hiểm y tế toàn dân – {}", site.locality.full_name()));
    assert_eq!(manifest["short_name"], format!("BHYT {}", site.locality.name));
    assert!(manifest["short_name"].as_str().unwrap().chars().count() <= 15, "fits under a home-screen icon");
    assert_eq!(manifest["lang"], "vi");
    for field in ["id", "start_url", "scope"] {
        assert_eq!(manifest[field], home.as_str(), "{field}");
    }
    let icons = manifest["icons"].as_array().unwrap();
    for icon in icons {
        let file = icon["src"].as_str().unwrap().strip_prefix(home.as_str()).expect("an icon of this site");
        let side = png_size(&std::fs::read(dist.join(file)).unwrap_or_else(|err| panic!("{file}: {err}"))).0;
        assert_eq!(icon["sizes"], format!("{side}x{side}"), "{file}");
        assert_eq!(icon["type"], "image/png");
    }
    let sides = |purpose: &str| -> Vec<&str> {
        icons.iter().filter(|icon| icon["purpose"] == purpose).map(|icon| icon["sizes"].as_str().unwrap()).collect()
    };
    assert_eq!(sides("any"), ["192x192", "512x512"], "what Android asks for");
    assert_eq!(sides("maskable"), ["512x512"]);
}

#[test]
fn pages_load_nothing_from_other_sites() {
    let dist = dist_dir();
    for page in PAGES {
        let html = read(&page_file(&dist, page.path));
        for forbidden in [
            "<script src=\"http",
            "<script src=\"//",
            "rel=\"stylesheet\" href=\"http",
            "fonts.googleapis",
            "googletagmanager",
            "facebook.net",
        ] {
            assert!(!html.contains(forbidden), "{}: loads {forbidden}", page.path);
        }
    }
}

/// Every page carries its Content-Security-Policy right after `<meta charset>`, before any
/// script: no inline script runs unless its hash is listed (the browser tests show the listed
/// hashes are right: every page hydrates with no console error).
#[test]
fn every_page_carries_a_strict_content_security_policy() {
    let dist = dist_dir();
    let mut paths = prerendered_paths(&dist);
    paths.push("/404.html".to_owned());
    for path in paths {
        let file = if path == "/404.html" { dist.join("404.html") } else { page_file(&dist, &path) };
        let html = read(&file);
        let meta_start = "<meta http-equiv=\"Content-Security-Policy\" content=\"";
        let position = html.find(meta_start).unwrap_or_else(|| panic!("{path}: no CSP meta"));
        assert!(position < html.find("<script").unwrap_or(usize::MAX), "{path}: the policy comes before every script");
        let policy = between(&html, meta_start, "\"").unwrap();
        for directive in [
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "object-src 'none'",
            "base-uri 'self'",
            "connect-src 'self'",
        ] {
            assert!(policy.contains(directive), "{path}: {directive} in {policy}");
        }
        for loose in ["'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:"] {
            assert!(!policy.contains(loose), "{path}: {loose} in {policy}");
        }
        let inline_scripts = html
            .split("<script")
            .skip(1)
            .filter(|tag| {
                let open = &tag[..tag.find('>').unwrap_or(tag.len())];
                !open.contains(" src=") && !open.contains("application/json")
            })
            .count();
        assert_eq!(policy.matches("'sha256-").count(), inline_scripts, "{path}: one hash per inline script");
    }
}

#[test]
fn not_found_robots_and_sitemap_are_written() {
    let dist = dist_dir();
    let site = built_site(&dist);
    let not_found = read(&dist.join("404.html"));
    assert!(static_h1(&not_found).contains("Không tìm thấy trang"));
    assert!(not_found.contains("<meta name=\"robots\" content=\"noindex\">"));

    let robots = read(&dist.join("robots.txt"));
    assert!(robots.contains(&format!("Sitemap: {}/sitemap.xml", site.locality.base_url)));

    let sitemap = read(&dist.join("sitemap.xml"));
    // Pages that carry a resident's answers are `noindex` and stay out of the sitemap.
    let pages: Vec<String> = prerendered_paths(&dist)
        .into_iter()
        .filter(|path| !read(&page_file(&dist, path)).contains("<meta name=\"robots\" content=\"noindex\">"))
        .collect();
    assert!(pages.len() > PAGES.len(), "content pages are pre-rendered too: {pages:?}");
    for path in &pages {
        let loc = format!("<loc>{}</loc>", absolute_url(&site.locality.base_url, path));
        assert_eq!(sitemap.matches(&loc).count(), 1, "sitemap lists {loc} once");
    }
    assert_eq!(sitemap.matches("<url>").count(), pages.len(), "sitemap lists only pre-rendered pages");
    let lastmod = between(&sitemap, "<lastmod>", "</lastmod>").expect("lastmod");
    assert!(lastmod.len() == 10 && lastmod.as_bytes()[4] == b'-', "lastmod is a date: {lastmod}");
}

#[test]
fn text_files_have_precompressed_copies() {
    let dist = dist_dir();
    let mut checked = 0;
    for entry in walk(&dist) {
        let ext = entry.extension().and_then(|e| e.to_str()).unwrap_or_default();
        if ["html", "css", "js", "wasm", "xml", "txt", "svg", "json"].contains(&ext) {
            for suffix in ["br", "gz"] {
                let copy = std::path::PathBuf::from(format!("{}.{suffix}", entry.display()));
                assert!(copy.is_file(), "missing {}", copy.display());
            }
            checked += 1;
        }
    }
    assert!(checked >= PAGES.len() + 3, "checked {checked} files");
}

/// Every module in `dist/` is one some page loads (the per-page count below reads each one's
/// brotli copy).
#[test]
fn every_webassembly_module_is_loaded_by_some_page() {
    let dist = dist_dir();
    let mut in_dist: Vec<String> = walk(&dist)
        .into_iter()
        .filter_map(|path| path.file_name()?.to_str()?.strip_suffix("_bg.wasm").map(|stem| format!("/{stem}.js")))
        .collect();
    in_dist.sort();
    let mut loaded: Vec<String> =
        prerendered_paths(&dist).iter().flat_map(|path| island_modules(&read(&page_file(&dist, path)))).collect();
    loaded.sort();
    loaded.dedup();
    assert_eq!(in_dist, loaded, "the modules in dist and the modules the pages load");
    assert!(in_dist.len() >= 2, "the wizard and the statistics have their own modules: {in_dist:?}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dist") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// A page downloads the WebAssembly only when it has an island: the home page, the wizard's
/// start page, the news list, contacts and the others without one are plain HTML and CSS.
#[test]
fn only_pages_with_islands_load_webassembly() {
    let dist = dist_dir();
    let mut plain = Vec::new();
    for path in prerendered_paths(&dist) {
        let html = read(&page_file(&dist, &path));
        let islands = html.contains("<leptos-island");
        let loads = !island_modules(&html).is_empty();
        assert_eq!(loads, islands, "{path}: loads WebAssembly: {loads}; has an island: {islands}");
        if !islands {
            // Only the small plain scripts of what the page has: the share block, the dated
            // figures, and the service worker's registration.
            for tag in html.split("<script").skip(1) {
                assert!(
                    PLAIN_SCRIPTS
                        .iter()
                        .any(|script| tag.starts_with(&format!(" type=\"module\" data-script=\"{script}\">"))),
                    "{path}: a page without an island runs no other script: <script{}",
                    &tag[..tag.len().min(80)]
                );
            }
            plain.push(path);
        }
    }
    println!("pages without WebAssembly: {plain:?}");
    assert!(plain.iter().any(|path| path == "/"), "the home page has no island: {plain:?}");
    assert!(island_modules(&read(&dist.join("404.html"))).is_empty(), "404.html loads no WebAssembly");
}

/// The plain JavaScript of `public/` that pages without islands may load.
const PLAIN_SCRIPTS: [&str; 4] = ["share", "dated", "read-aloud", "offline"];

/// A deterministic count, not a timing: for every page, the brotli bytes of WebAssembly it
/// downloads (the `.wasm.br` that nginx serves for each module it names; 0 if it names none).
#[test]
fn webassembly_bytes_each_page_downloads() {
    let dist = dist_dir();
    let mut rows = Vec::new();
    for path in prerendered_paths(&dist) {
        let html = read(&page_file(&dist, &path));
        let bytes: u64 = island_modules(&html)
            .iter()
            .map(|script| {
                let compressed =
                    dist.join(format!("{}_bg.wasm.br", script.trim_start_matches('/').trim_end_matches(".js")));
                std::fs::metadata(&compressed).unwrap_or_else(|err| panic!("{}: {err}", compressed.display())).len()
            })
            .sum();
        // A preload in the head would compete with the first paint; the loader fetches it.
        assert!(!html.contains("type=\"application/wasm\""), "{path}: the WebAssembly is not preloaded");
        let islands = html.contains("<leptos-island");
        let share = html.contains(SHARE_BLOCK);
        rows.push((path, bytes, islands, share));
    }
    println!("{:<60} {:>12}  islands  share block", "page", "wasm (br)");
    for (path, bytes, islands, share) in &rows {
        println!(
            "{path:<60} {bytes:>12}  {:<7}  {}",
            if *islands { "yes" } else { "no" },
            if *share { "yes" } else { "no" }
        );
    }
    for (path, bytes, islands, _) in &rows {
        if !islands {
            assert_eq!(*bytes, 0, "{path}: no island, so no WebAssembly");
        }
        let ceiling =
            if path == routes::REVIEW.path { REVIEW_WASM_BROTLI_CEILING_BYTES } else { PAGE_WASM_BROTLI_CEILING_BYTES };
        assert!(*bytes <= ceiling, "{path}: {bytes} brotli bytes of WebAssembly, over the {ceiling}-byte ceiling");
    }
    // The plan, the questions and answers and every article have the share block and nothing
    // else interactive: they download no WebAssembly.
    let share_only: Vec<_> = rows.iter().filter(|(_, _, islands, share)| *share && !islands).collect();
    for (path, bytes, _, _) in &share_only {
        assert_eq!(*bytes, 0, "{path}: the share block needs no WebAssembly");
    }
    for path in ["/ke-hoach/", "/hoi-dap/"] {
        assert!(share_only.iter().any(|(p, ..)| p == path), "{path} has the share block and no island");
    }
    assert!(share_only.iter().filter(|(p, ..)| p.starts_with("/tin-tuc/")).count() >= 8, "every article too");
    assert!(rows.iter().any(|(_, bytes, ..)| *bytes > 0), "the self-check still loads its WebAssembly");
}

/// The review workspace's module is loaded by its page alone, and that page loads nothing else:
/// the residents' pages and their modules are as they were without it.
#[test]
fn the_review_module_is_loaded_by_the_review_page_only() {
    let dist = dist_dir();
    let is_review = |script: &String| script.starts_with("/bhyt-review-island-");
    for path in prerendered_paths(&dist) {
        let modules = island_modules(&read(&page_file(&dist, &path)));
        if path == routes::REVIEW.path {
            assert!(modules.len() == 1 && is_review(&modules[0]), "{path} loads the review module alone: {modules:?}");
        } else {
            assert!(!modules.iter().any(is_review), "{path} is a resident's page: {modules:?}");
        }
    }
}

/// The share block's buttons come from one small module, written inline (no request before the
/// first paint) into exactly the pages with the block; no page loads a script file of public/.
#[test]
fn the_share_script_is_small_and_only_where_the_block_is() {
    let dist = dist_dir();
    let mut script = None;
    for path in prerendered_paths(&dist) {
        let html = read(&page_file(&dist, &path));
        assert!(!html.contains("<script src="), "{path}: the plain scripts are inline");
        let text = between(&html, "<script type=\"module\" data-script=\"share\">", "</script>");
        assert_eq!(text.is_some(), html.contains(SHARE_BLOCK), "{path}: share.js exactly where the share block is");
        script = script.or(text.map(str::to_owned));
    }
    let script = script.expect("some page has the share block");
    let compressed = brotli_size(script.as_bytes());
    println!("share.js: {} bytes, {compressed} bytes brotli", script.len());
    assert!(compressed <= 700, "share.js stays a few hundred bytes: {compressed} brotli");
}

/// A page's boot data carries what its islands read, and nothing for the other part: the units'
/// officials (about 100 B each) stay off the wizard's pages, the offices and the local support
/// off the statistics pages.
#[test]
fn each_page_carries_only_the_boot_data_its_islands_read() {
    let dist = dist_dir();
    let boot = |path: &str| -> serde_json::Value {
        let html = read(&page_file(&dist, path));
        serde_json::from_str(between(&html, "id=\"du-lieu-khoi-dong\">", "</script>").expect("boot data"))
            .expect("boot data is JSON")
    };
    let site = built_site(&dist);
    let wizard = boot(routes::RESULT.path);
    assert_eq!(wizard["units"], serde_json::json!([]), "no officials on the wizard's pages");
    assert!(!wizard["offices"].as_array().expect("offices").is_empty(), "the wizard names the offices");
    for path in [routes::STATISTICS.path, routes::REPORT.path] {
        let statistics = boot(path);
        assert_eq!(statistics["units"].as_array().map(Vec::len), Some(site.units.len()), "{path}: every official");
        assert_eq!(statistics["offices"], serde_json::json!([]), "{path}: no offices");
    }
}
