//! The pre-renderer run natively on the shipped content and on broken content.
#![cfg(feature = "ssr")]

mod common;

use bhyt_content::routes::{self, qr_code_path, route_of, Pages, NOT_FOUND_TITLE, PAGES, ROUTES};
use bhyt_content::{fixed_paths, load_locality};
use bhyt_core::Date;
use bhyt_toan_dan::prerender::{run, site_pages, Options};
use common::{copy_dir, root, stage_trunk_output};
use std::path::{Path, PathBuf};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("bhyt-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn prerender(content_dir: &Path, locality: &str, output: &Path) -> Result<Vec<PathBuf>, String> {
    let _ = any_spawner::Executor::init_futures_executor(); // once per process; later calls are no-ops
    stage_trunk_output(output);
    run(&Options {
        output_dir: output.to_path_buf(),
        content_dir: content_dir.to_path_buf(),
        locality: locality.to_owned(),
        built_on: Date::parse("2026-11-23").unwrap(),
        cache_dir: None,
    })
}

#[test]
fn both_shipped_localities_render_every_route() {
    for (locality, name) in [("kien-an", "Phường Kiến An"), ("long-thanh", "Xã Long Thạnh")] {
        let output = temp_dir(locality);
        prerender(&root().join("content"), locality, &output).unwrap_or_else(|e| panic!("{locality}: {e}"));
        for page in PAGES {
            let file = output.join(format!("{}index.html", page.path.trim_start_matches('/')));
            let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            assert!(html.contains(&format!("<title>{} – {name}</title>", page.title)), "{locality} {}", page.path);
            assert!(html.contains("<h1"), "{locality} {}", page.path);
            // The boot data is for the islands: a page without one carries none.
            let boot = html.contains("id=\"du-lieu-khoi-dong\"");
            assert_eq!(boot, html.contains("<leptos-island"), "boot data in {}", page.path);
        }
        assert!(output.join("404.html").is_file() && output.join("sitemap.xml").is_file());
        assert!(output.join("index.html.br").is_file() && output.join("index.html.gz").is_file());
        let _ = std::fs::remove_dir_all(&output);
    }
}

/// Every page of the route table is written as a real page (not the fallback), and what the
/// table says of it holds in the output: `noindex`, the QR code, the sitemap, the frame.
#[test]
fn every_route_renders_a_real_page_as_the_table_says() {
    let output = temp_dir("routes");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    let content = load_locality(&root().join("content"), "kien-an", &fixed_paths()).unwrap();
    let pages = site_pages(&content);
    let sitemap = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
    for route in ROUTES {
        let members = pages.iter().filter(|page| page.route == *route).count();
        // A locality with ten articles or fewer has no second news page (the scale test has).
        let may_be_empty =
            route.pages == Pages::NewsListPages && content.articles.len() <= bhyt_content::NEWS_PAGE_SIZE;
        assert!(members > 0 || may_be_empty, "no page written for the route {} ({:?})", route.path, route.pages);
    }
    for page in &pages {
        let file = output.join(format!("{}index.html", page.path.trim_start_matches('/')));
        let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let path = &page.path;
        assert!(!html.contains(&format!("<title>{NOT_FOUND_TITLE}")), "{path} renders the fallback page");
        assert!(html.contains("<h1"), "{path} has no heading");
        assert_eq!(route_of(path), Some(&page.route), "{path}");
        let route = page.route;
        assert_eq!(html.contains("<meta name=\"robots\" content=\"noindex\">"), route.noindex, "noindex of {path}");
        let qr = output.join(qr_code_path(path).trim_start_matches('/'));
        assert_eq!(qr.is_file(), route.qr_code, "QR code of {path}");
        assert_eq!(sitemap.contains(&format!("{path}</loc>")), route.sitemap, "sitemap entry of {path}");
        let (header, navigation) = (html.contains("class=\"site-header"), html.contains("class=\"site-nav"));
        let frame = match (header, navigation) {
            (true, true) => routes::Frame::Site,
            (true, false) => routes::Frame::Journey,
            _ => routes::Frame::Widget,
        };
        assert_eq!(frame, route.frame, "frame of {path}");
    }
    let _ = std::fs::remove_dir_all(&output);
}

/// The router's `path!` literals in `src/app.rs` and the route table name the same pages.
#[test]
fn the_router_and_the_route_table_agree() {
    let app = std::fs::read_to_string(root().join("src/app.rs")).unwrap();
    let literals: Vec<String> =
        app.split("path!(\"").skip(1).map(|rest| rest[..rest.find('"').unwrap()].to_owned()).collect();
    assert!(literals.len() > 10, "{literals:?}");
    // A `:name` segment of the router matches any one segment.
    let matches = |literal: &str, path: &str| {
        let (literal, path) = (literal.trim_matches('/'), path.trim_matches('/'));
        literal.split('/').count() == path.split('/').count()
            && literal.split('/').zip(path.split('/')).all(|(l, p)| l.starts_with(':') || l == p)
    };
    // A route's pages: the path itself, or for a family a page in it.
    let example = |route: &routes::Route| match route.pages {
        Pages::One => route.path.to_owned(),
        _ => routes::member_path(*route, "mau"),
    };
    for literal in &literals {
        let known = ROUTES.iter().any(|route| matches(literal, &example(route)));
        assert!(known, "{literal} in src/app.rs is not in the route table");
    }
    for route in ROUTES {
        let served = literals.iter().any(|literal| matches(literal, &example(route)));
        // The widget has its own document (`WidgetApp`), outside the router.
        assert!(served || route.frame == routes::Frame::Widget, "{} has no <Route> in src/app.rs", route.path);
    }
}

#[test]
fn a_second_run_on_rendered_output_is_refused() {
    let output = temp_dir("twice");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    let err = run(&Options {
        output_dir: output.clone(),
        content_dir: root().join("content"),
        locality: "kien-an".into(),
        built_on: Date::parse("2026-11-23").unwrap(),
        cache_dir: None,
    })
    .unwrap_err();
    assert!(err.contains("trunk build"), "{err}");
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn malformed_site_toml_fails_with_file_line_and_field() {
    let content = temp_dir("broken-content");
    std::fs::create_dir_all(content.join("kien-an")).unwrap();
    let shipped = std::fs::read_to_string(root().join("content/kien-an/site.toml")).unwrap();
    let broken = shipped.replacen("cap = \"phuong\"", "cap = \"quan\"", 1);
    assert_ne!(broken, shipped);
    std::fs::write(content.join("kien-an/site.toml"), &broken).unwrap();
    let line = broken.lines().position(|l| l.starts_with("cap = \"quan\"")).unwrap() + 1;

    let output = temp_dir("broken-output");
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains(&format!("site.toml:{line}: trường `dia_phuong.cap`")), "{err}");
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn an_unknown_locality_is_reported() {
    let output = temp_dir("unknown");
    let err = prerender(&root().join("content"), "khong-co", &output).unwrap_err();
    assert!(err.contains("khong-co") && err.contains("site.toml"), "{err}");
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn statistics_snapshot_is_published_and_rendered_without_javascript() {
    let output = temp_dir("statistics");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    let published = std::fs::read_to_string(output.join("du-lieu/thong-ke.json")).unwrap();
    let shipped = std::fs::read_to_string(root().join("content/kien-an/thong-ke.json")).unwrap();
    assert_eq!(published, shipped, "the snapshot is published as it is");
    assert!(output.join("du-lieu/thong-ke.schema.json").is_file());
    let statistics = bhyt_stats::parse(&shipped, bhyt_stats::Date::parse("2026-11-23").unwrap()).unwrap();
    let percent = bhyt_stats::format_percent(statistics.overall().percent());
    for path in ["thong-ke/index.html", "nhung/thong-ke/index.html"] {
        let html = std::fs::read_to_string(output.join(path)).unwrap();
        assert!(html.contains(&percent), "{path} shows {percent}");
        assert!(html.contains(&bhyt_stats::format_date(statistics.as_of)), "{path} shows the as-of date");
        assert!(html.contains("Số liệu mẫu"), "{path} says the figures are a sample");
        assert!(html.contains("data-origin=\"ban-chup\""), "{path}");
    }
    let page = std::fs::read_to_string(output.join("thong-ke/index.html")).unwrap();
    assert!(
        page.contains(&format!("<meta property=\"og:description\" content=\"{percent} dân số Phường Kiến An có thẻ")),
        "the preview gives the figure"
    );
    let widget = std::fs::read_to_string(output.join("nhung/thong-ke/index.html")).unwrap();
    assert!(!widget.contains("site-header") && !widget.contains("skip-link"), "the widget has no site frame");
    assert!(widget.contains("<meta name=\"robots\" content=\"noindex\""));
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn malformed_statistics_snapshot_fails_with_file_line_and_field() {
    let content = temp_dir("broken-statistics");
    copy_dir(&root().join("content"), &content);
    let file = content.join("kien-an/thong-ke.json");
    let shipped = std::fs::read_to_string(&file).unwrap();
    let broken = shipped.replacen("\"da_tham_gia\": 1741", "\"da_tham_gia\": -1741", 1);
    assert_ne!(broken, shipped);
    std::fs::write(&file, &broken).unwrap();
    let line = broken.lines().position(|l| l.contains("-1741")).unwrap() + 1;

    let output = temp_dir("broken-statistics-output");
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains(&format!("thong-ke.json:{line}: don_vi[1].da_tham_gia:")), "{err}");
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn the_rules_review_lists_every_policy_value_and_local_item() {
    use bhyt_rules::{LocalTopUps, Policy};
    let source = std::fs::read_to_string(root().join("content/chinh-sach.toml")).unwrap();
    let policy = Policy::from_toml("content/chinh-sach.toml", &source).unwrap();
    for locality in ["kien-an", "long-thanh"] {
        let output = temp_dir(&format!("review-{locality}"));
        prerender(&root().join("content"), locality, &output).unwrap();
        let html = std::fs::read_to_string(output.join("quy-dinh/index.html")).unwrap();
        let text = html
            .replace("&amp;", "&")
            .replace("&quot;", "\"")
            .replace("&#x27;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
        assert!(html.contains(r#"<meta name="robots" content="noindex">"#), "{locality}: noindex");
        let mut missing = Vec::new();
        for summary in policy.summaries() {
            for value in &summary.values {
                for shown in
                    [&value.text, &value.basis, &value.from.to_vietnamese(), &value.last_checked.to_vietnamese()]
                {
                    if !text.contains(shown.as_str()) {
                        missing.push(format!("{} {}: {shown}", summary.key, value.from));
                    }
                }
            }
            if !text.contains(&summary.label) {
                missing.push(summary.label.clone());
            }
        }
        for (key, citation) in policy.citations.all() {
            if !text.contains(&citation.text) {
                missing.push(format!("{key}: {}", citation.text));
            }
        }
        for note in &policy.unconfirmed {
            if !text.contains(&note.text) {
                missing.push(note.title.clone());
            }
        }
        let local = LocalTopUps::load(&root().join("content"), locality).unwrap();
        for item in &local.items {
            if !text.contains(&item.name) || !text.contains(&item.basis) {
                missing.push(item.id.clone());
            }
        }
        for notice in &local.notices {
            if !text.contains(&notice.text) {
                missing.push(notice.text.clone());
            }
        }
        for amount in &local.social_pensions {
            if !text.contains(&amount.basis) {
                missing.push(amount.name.clone());
            }
        }
        assert!(missing.is_empty(), "{locality}: /quy-dinh/ thiếu {missing:#?}");
        // Every question and every group is listed.
        for spec in bhyt_rules::questions() {
            assert!(text.contains(spec.title()), "{locality}: câu hỏi {}", spec.title());
        }
        for group in bhyt_rules::GROUPS {
            assert!(text.contains(group.name()), "{locality}: nhóm {}", group.name());
        }
        assert!(text.contains("data-freshness=\"2026-10-05\""), "{locality}: độ mới của số liệu");
        let about = std::fs::read_to_string(output.join("ve-trang-nay/index.html")).unwrap();
        assert!(about.contains("href=\"/quy-dinh/\""), "{locality}: liên kết từ trang Về trang này");
        let sitemap = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
        assert!(!sitemap.contains("/quy-dinh/"), "{locality}: not in the sitemap");
        let _ = std::fs::remove_dir_all(&output);
    }
}

#[test]
fn the_brand_colour_is_the_one_the_pictures_and_the_manifest_use() {
    let read = |file: &str| std::fs::read_to_string(root().join(file)).unwrap();
    let brand = bhyt_share_image::BRAND;
    assert!(read("web/index.html").contains(&format!("<meta name=\"theme-color\" content=\"{brand}\">")));
    assert!(read("style/main.css").contains(&format!("--brand: {brand};")));
}

/// The contacts page in each language the locality publishes: at `/<code>/lien-he/`, with its
/// `lang`, its words, the head's alternates and the switch; the unchecked Khmer says so; names
/// and addresses from `site.toml` stay Vietnamese, marked so. A locality publishing Vietnamese
/// only writes no other language.
#[test]
fn a_locality_publishes_its_contacts_in_each_of_its_languages() {
    let output = temp_dir("languages");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    let page = |path: &str| page_in(&output, path);
    let base = "https://bhyt.kienan.haiphong.gov.vn";
    let alternates = format!(
        "<link href=\"{base}/lien-he/\" hreflang=\"vi\" rel=\"alternate\"><link href=\"{base}/en/lien-he/\" hreflang=\"en\" rel=\"alternate\"><link href=\"{base}/km/lien-he/\" hreflang=\"km\" rel=\"alternate\"><link href=\"{base}/lien-he/\" hreflang=\"x-default\" rel=\"alternate\">"
    );
    for (path, lang, title, locale) in [
        ("/lien-he/", "vi", "Liên hệ và nơi đăng ký bảo hiểm y tế – Phường Kiến An", "vi_VN"),
        ("/en/lien-he/", "en", "Contacts and where to register for health insurance – Kiến An Ward", "en_GB"),
        ("/km/lien-he/", "km", "ទំនាក់ទំនង និងកន្លែងចុះឈ្មោះធានារ៉ាប់រងសុខភាព – សង្កាត់ Kiến An", "km_KH"),
    ] {
        let html = page(path);
        assert!(html.starts_with(&format!("<!DOCTYPE html>\n<html lang=\"{lang}\">")), "{path}");
        assert!(html.contains(&format!("<title>{title}</title>")), "{path}");
        assert!(html.contains(&format!("<meta property=\"og:locale\" content=\"{locale}\">")), "{path}");
        assert!(html.contains(&format!("<link href=\"{base}{path}\" rel=\"canonical\">")), "{path}");
        assert!(html.contains(&alternates), "{path}: every language and x-default");
        for (code, name, href) in
            [("vi", "Tiếng Việt", "/lien-he/"), ("en", "English", "/en/lien-he/"), ("km", "ភាសាខ្មែរ", "/km/lien-he/")]
        {
            let current = if code == lang { " aria-current=\"page\"" } else { "" };
            let link = format!("<a href=\"{href}\" lang=\"{code}\" hreflang=\"{code}\"{current}>{name}</a>");
            assert!(html.contains(&link), "{path}: the switch links {code}: {link}");
        }
        let unchecked = html.contains("notice--translation");
        assert_eq!(unchecked, lang == "km", "{path}: only the unchecked translation says so");
        if lang != "vi" {
            // A name from site.toml, in Vietnamese, marked so; a page with no translation is
            // linked in Vietnamese, and says so.
            assert!(html.contains("<h3 lang=\"vi\" class=\"heading-s\">Tổ dân phố 1</h3>"), "{path}");
            assert!(html.contains("<a href=\"/ke-hoach/\" hreflang=\"vi\">"), "{path}: the plan, in Vietnamese");
        }
    }
    assert!(page("/en/lien-he/").contains("Call 0123 456 701"));
    // The home page in English: its own words, and the self-check in English.
    let home = page("/en/");
    assert!(home.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    // The locality's name, in Vietnamese inside the English, is marked so.
    assert!(
        home.contains(
            "<h1 class=\"heading-xl\">Health insurance for everyone in <span lang=\"vi\">Kiến An</span> Ward</h1>"
        ),
        "{home}"
    );
    assert!(home.contains(&format!("<link href=\"{base}/en/\" hreflang=\"en\" rel=\"alternate\">")));
    assert!(
        home.contains("<a href=\"/en/tu-kiem-tra/\" class=\"button button--start\">Start the self-check</a>"),
        "{home}"
    );
    assert!(
        home.contains("<a href=\"/en/lien-he/\" class=\"card__link\">Contact</a>"),
        "a translated page is linked in English"
    );
    let floor = bhyt_toan_dan::site::policy_data::national_policy()
        .support_floors
        .near_poor
        .value_on(Date::parse("2026-11-23").unwrap())
        .expect("the near-poor floor on the build day")
        .value;
    assert!(home.contains(&format!("The State pays at least {floor} of the card")), "the floor, from the policy data");
    assert!(page("/km/").contains("<a href=\"/km/\" class=\"site-header__brand\">"), "the header leads home in Khmer");
    assert!(page("/km/lien-he/").contains("<a href=\"/lien-he/\" hreflang=\"vi\">អានទំព័រភាសាវៀតណាម</a>"));
    assert!(
        page("/km/lien-he/").contains("(<span lang=\"vi\">Bảo hiểm xã hội Việt Nam</span>)"),
        "a Vietnamese term, marked"
    );
    let sitemap = std::fs::read_to_string(output.join("sitemap.xml")).unwrap();
    for path in ["/lien-he/", "/en/lien-he/", "/km/lien-he/"] {
        assert!(sitemap.contains(&format!("<loc>{base}{path}</loc>")), "sitemap: {path}");
    }
    assert_eq!(sitemap.matches(&format!("hreflang=\"km\" href=\"{base}/km/lien-he/\"")).count(), 3);
    // Untranslated pages have no alternates.
    assert!(!page("/ke-hoach/").contains("hreflang=\"en\""));
    let _ = std::fs::remove_dir_all(&output);

    let content = temp_dir("vietnamese-only");
    copy_dir(&root().join("content"), &content);
    let site = content.join("kien-an/site.toml");
    let shipped = std::fs::read_to_string(&site).unwrap();
    std::fs::write(&site, shipped.replace("ngon_ngu = [\"vi\", \"en\", \"km\"]", "ngon_ngu = [\"vi\"]")).unwrap();
    let output = temp_dir("vietnamese-only-output");
    prerender(&content, "kien-an", &output).unwrap();
    assert!(!output.join("en").exists() && !output.join("km").exists());
    let contacts = page_in(&output, "/lien-he/");
    assert!(!contacts.contains("hreflang=\"en\"") && !contacts.contains("language-switch"));
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}

fn page_in(output: &Path, path: &str) -> String {
    std::fs::read_to_string(output.join(format!("{}index.html", &path[1..]))).unwrap()
}

#[test]
fn a_broken_translation_fails_the_build_naming_its_file_line_and_field() {
    let content = temp_dir("broken-translation");
    copy_dir(&root().join("content"), &content);
    let words = content.join("chung/giao-dien.en.toml");
    let shipped = std::fs::read_to_string(&words).unwrap();
    let broken = shipped.replacen("goi = \"Call {so}\"", "goi = \"Call {phone}\"", 1);
    assert_ne!(broken, shipped);
    std::fs::write(&words, &broken).unwrap();
    let line = broken.lines().position(|l| l.starts_with("goi = ")).unwrap() + 1;
    let output = temp_dir("broken-translation-output");
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains(&format!("giao-dien.en.toml:{line}: trường `khung.goi`")), "{err}");

    // A language named in site.toml needs its file.
    std::fs::remove_file(&words).unwrap();
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains("giao-dien.en.toml") && err.contains("ngon_ngu"), "{err}");
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}

/// The text a reader sees in `<main>`, tags removed.
fn main_text(html: &str) -> String {
    let main = &html[html.find("<main").unwrap()..html.find("</main>").unwrap()];
    let mut text = String::new();
    let mut in_tag = false;
    for c in main.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&nbsp;", " ").replace("&amp;", "&")
}

/// The digits and separators just before `end` in `text`, e.g. `1.366.200` before ` đồng`.
fn number_before(text: &str, end: usize) -> &str {
    let start = text[..end]
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || *c == '.' || *c == ',')
        .last()
        .map_or(end, |(index, _)| index);
    text[start..end].trim_matches(['.', ','])
}

/// Every amount of money in the text, in any language's form, in đồng.
fn amounts(text: &str) -> Vec<u64> {
    let mut found: Vec<u64> = [" đồng", " VND", " ដុង"]
        .iter()
        .flat_map(|unit| text.match_indices(unit).map(|(at, _)| number_before(text, at)))
        .filter(|number| !number.is_empty())
        .map(|number| number.replace(['.', ','], "").parse().unwrap())
        .collect();
    found.sort();
    found
}

/// Every percentage, in hundredths of a percent (`4,5%` and `4.5%` are both 450).
fn shares(text: &str) -> Vec<u32> {
    let mut found: Vec<u32> = text
        .match_indices('%')
        .map(|(at, _)| number_before(text, at))
        .filter(|number| !number.is_empty())
        .map(|number| match number.rsplit_once(['.', ',']) {
            Some((whole, fraction)) if fraction.len() <= 2 => {
                whole.parse::<u32>().unwrap() * 100 + format!("{fraction:0<2}").parse::<u32>().unwrap()
            }
            _ => number.replace(['.', ','], "").parse::<u32>().unwrap() * 100,
        })
        .collect();
    found.sort();
    found
}

/// Every day written `1/9/2026` or `1 September 2026`, as `2026-09-01`.
fn days(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split(|c: char| c.is_whitespace() || ";:,()៖".contains(c)).collect();
    let mut found = Vec::new();
    for (index, word) in words.iter().enumerate() {
        let word = word.trim_end_matches(['.', '។']);
        let parts: Vec<&str> = word.split('/').collect();
        if let [d, m, y] = parts[..] {
            if let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u8>(), m.parse::<u8>(), y.parse::<u16>()) {
                found.push(format!("{y}-{m:02}-{d:02}"));
            }
        }
        if let Some(month) = bhyt_core::ENGLISH_MONTHS.iter().position(|name| *name == word) {
            let day = index.checked_sub(1).and_then(|i| words[i].parse::<u8>().ok());
            let year = words.get(index + 1).and_then(|w| w.trim_end_matches('.').parse::<u16>().ok());
            if let (Some(d), Some(y)) = (day, year) {
                found.push(format!("{y}-{:02}-{d:02}", month + 1));
            }
        }
    }
    found.sort();
    found
}

/// The figures in a statistics page's tables, without their separators (`12.345` and `12,345`
/// are both `12345`; `93,4%` and `93.4%` both `934%`).
fn table_figures(html: &str) -> Vec<String> {
    html.split("<td class=\"numeric\">")
        .skip(1)
        .map(|cell| cell[..cell.find("</td>").unwrap()].replace(['.', ','], ""))
        .collect()
}

/// The languages the shipped words translate the statistics into.
const STATISTICS_LANGUAGES: [bhyt_core::Language; 2] = [bhyt_core::Language::English, bhyt_core::Language::Khmer];

#[test]
fn the_statistics_and_their_widget_are_built_in_each_language_with_the_same_figures() {
    use bhyt_core::Language;
    let output = temp_dir("statistics-in-each-language");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    for path in ["/thong-ke/", "/nhung/thong-ke/"] {
        let vietnamese_html = page_in(&output, path);
        let vietnamese = main_text(&vietnamese_html);
        assert!(!vietnamese_html.contains("data-words="), "{path}: a Vietnamese page fetches no words");
        assert!(!table_figures(&vietnamese_html).is_empty() || path != "/thong-ke/", "{path}: the tables");
        // The languages whose words translate the statistics (`thong-ke.<code>.toml`).
        for language in STATISTICS_LANGUAGES {
            let prefix = language.path_prefix();
            let translated_path = format!("{prefix}{path}");
            let html = page_in(&output, &translated_path);
            let text = main_text(&html);
            assert!(html.contains(&format!("<html lang=\"{}\"", language.code())), "{translated_path}");
            assert_eq!(shares(&text), shares(&vietnamese), "{translated_path}: percentages");
            assert_eq!(days(&text), days(&vietnamese), "{translated_path}: days");
            assert_eq!(table_figures(&html), table_figures(&vietnamese_html), "{translated_path}: the tables' figures");
            assert!(
                html.contains(&format!(" data-words=\"{prefix}/thong-ke/tu-ngu.json\"")),
                "{translated_path}: the island's words"
            );
            // The page's own words are translated; only the data's stay Vietnamese, marked so.
            for vietnamese_words in ["Theo từng", "Dân số", "Tỷ lệ có thẻ", "Diễn biến theo tháng", "Số liệu tính đến"]
            {
                assert!(!text.contains(vietnamese_words), "{translated_path}: {vietnamese_words}");
            }
            assert!(
                html.contains("<span lang=\"vi\">Số liệu mẫu để minh họa, không phải số liệu chính thức</span>"),
                "{translated_path}: the file's source, in Vietnamese"
            );
        }
    }
    let english = page_in(&output, "/en/thong-ke/");
    // The locality's kind of unit as the English words name it, and its figures in English form.
    assert!(english.contains("residential group"), "the unit kind in English");
    let statistics = bhyt_stats::parse(
        &std::fs::read_to_string(root().join("content/kien-an/thong-ke.json")).unwrap(),
        Date::parse("2026-11-23").unwrap(),
    )
    .unwrap();
    let population = Language::English.figure(statistics.overall().population);
    assert!(english.contains(&population) && population.contains(','), "{population}");
    // The embed code frames the widget in the same language.
    assert!(english.contains("/en/nhung/thong-ke/"), "the English widget's embed code");
    // The year-end report is in Vietnamese only: linked as such.
    assert!(english.contains("href=\"/thong-ke/bao-cao/\" hreflang=\"vi\""), "the report, in Vietnamese");
    let file = std::fs::read_to_string(output.join("en/thong-ke/tu-ngu.json")).unwrap();
    let file: bhyt_core::Translation = serde_json::from_str(&file).unwrap();
    assert_eq!(file.language, Some(Language::English));
    assert!(file.texts.iter().any(|(source, _)| source == "Theo từng {don_vi}"));
    assert!(file.texts.iter().all(|(source, _)| source != "Tôi không biết"), "the statistics' words only");
    // Words not yet reviewed by a speaker are said to be so on the page.
    assert!(page_in(&output, "/km/thong-ke/").contains("notice--translation"), "the Khmer words are unreviewed");
    assert!(!page_in(&output, "/en/thong-ke/").contains("notice--translation"), "the English words are reviewed");
}

#[test]
fn every_translated_page_shows_the_same_amounts_shares_and_days_as_the_vietnamese_one() {
    use bhyt_core::Language;
    let output = temp_dir("amounts-in-each-language");
    prerender(&root().join("content"), "kien-an", &output).unwrap();
    let today = Date::parse("2026-11-23").unwrap();
    let policy = bhyt_toan_dan::site::policy_data::national_policy();
    let local = bhyt_rules::LocalTopUps::load(&root().join("content"), "kien-an").unwrap();
    let year = bhyt_rules::SchoolYear::containing(today);
    let costs = bhyt_rules::school_year_costs(policy, &local, year, false).unwrap();
    let current = bhyt_rules::cost_on(&costs, today).unwrap();
    for path in ["/", "/hoc-sinh/", "/hoc-sinh/to-roi/", "/ap-phich/", "/hoi-dap/", "/lien-he/"] {
        let vietnamese = main_text(&page_in(&output, path));
        assert!(!amounts(&vietnamese).is_empty() || !shares(&vietnamese).is_empty() || path == "/lien-he/", "{path}");
        for language in [Language::English, Language::Khmer] {
            let translated_path = format!("{}{path}", language.path_prefix());
            let html = page_in(&output, &translated_path);
            let translated = main_text(&html);
            assert_eq!(amounts(&translated), amounts(&vietnamese), "{translated_path}: amounts");
            assert_eq!(shares(&translated), shares(&vietnamese), "{translated_path}: percentages");
            assert_eq!(days(&translated), days(&vietnamese), "{translated_path}: days");
            if path == "/hoc-sinh/" {
                // And the amount itself is the policy data's, in the language's own form.
                let yearly = format!("<strong data-amount=\"nam\">{}</strong>", language.money(current.pays.yearly));
                assert!(html.contains(&yearly), "{translated_path}: {yearly}");
                let rate = current.premium_rate.in_language(language);
                assert!(translated.contains(&rate), "{translated_path}: {rate}");
            }
        }
    }
    let english = page_in(&output, "/en/hoc-sinh/");
    assert!(english.contains("683,100 VND") && english.contains("4.5%") && english.contains("1 August 2026"));
    let khmer = page_in(&output, "/km/hoc-sinh/");
    assert!(khmer.contains("683.100 ដុង") && khmer.contains("4,5%") && khmer.contains("notice--translation"));
    // Data from the policy and local files stays in Vietnamese, marked so.
    assert!(english.contains("<span lang=\"vi\">Nghị định 188/2025/NĐ-CP"), "the basis, in Vietnamese");
    // The printables' QR codes lead to the page in the same language when it has one.
    assert!(page_in(&output, "/en/hoc-sinh/to-roi/")
        .contains("data-qr=\"https://bhyt.kienan.haiphong.gov.vn/en/hoc-sinh/\""));
    assert!(
        page_in(&output, "/en/ap-phich/").contains("data-qr=\"https://bhyt.kienan.haiphong.gov.vn/en/tu-kiem-tra/\"")
    );
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn the_self_check_is_built_in_each_language_that_translates_it() {
    use bhyt_core::Language;
    use bhyt_rules::{question, QuestionId};
    let output = temp_dir("wizard-in-each-language");
    prerender(&root().join("content"), "long-thanh", &output).unwrap();
    let vietnamese = page_in(&output, "/tu-kiem-tra/cau-hoi/tuoi/");
    assert!(!vietnamese.contains("data-words="), "a Vietnamese page fetches no words");
    for language in [Language::English, Language::Khmer] {
        let words = bhyt_content::load_words(&root().join("content"), "long-thanh", language).unwrap();
        let translation = bhyt_toan_dan::prerender::island_translation::load(
            &root().join("content"),
            language,
            &words,
            bhyt_toan_dan::site::boot::Island::Wizard,
        )
        .unwrap()
        .expect("the shipped translation")
        .0
        .keep();
        let prefix = language.path_prefix();
        let page = page_in(&output, &format!("{prefix}/tu-kiem-tra/cau-hoi/tuoi/"));
        assert!(page.contains(&format!("<html lang=\"{}\"", language.code())));
        // The question, readable before the WebAssembly, in the page's language; and the
        // island's words, in the page.
        let (title, options) = bhyt_core::with_translation(Some(translation), || {
            let age = question(QuestionId::Age);
            (age.title(), age.options.iter().map(|choice| choice.label()).collect::<Vec<_>>())
        });
        let text = main_text(&page);
        assert!(text.contains(title), "{prefix}: {title}");
        assert!(options.iter().all(|label| text.contains(label)), "{prefix}: {options:?}");
        assert!(!text.contains(question(QuestionId::Age).title()), "{prefix}: no Vietnamese question");
        assert!(page.contains(&format!(" data-words=\"{prefix}/tu-kiem-tra/tu-ngu.json\"")), "{prefix}: the words");
        let file = std::fs::read_to_string(output.join(format!("{}/tu-kiem-tra/tu-ngu.json", &prefix[1..]))).unwrap();
        let file: bhyt_core::Translation = serde_json::from_str(&file).unwrap();
        assert_eq!(file.language, Some(language));
        assert_eq!(
            file.texts.iter().find(|(source, _)| source == "Tôi không biết").map(|(_, text)| text.as_str()),
            bhyt_core::with_translation(Some(translation), || Some(bhyt_rules::unknown_label()))
        );
        // Its links stay in the language; the other pages link to it.
        let start = page_in(&output, &format!("{prefix}/tu-kiem-tra/"));
        assert!(start.contains(&format!("href=\"{prefix}/tu-kiem-tra/cau-hoi/tuoi/\"")), "{prefix}: start");
        for path in ["/tu-kiem-tra/kiem-tra/", "/tu-kiem-tra/ket-qua/", "/tu-kiem-tra/ho-gia-dinh/"] {
            let page = page_in(&output, &format!("{prefix}{path}"));
            assert!(page.contains(&format!("hreflang=\"{}\"", language.code())), "{prefix}{path}: alternates");
        }
        assert!(page_in(&output, &format!("{prefix}/")).contains(&format!("href=\"{prefix}/tu-kiem-tra/\"")));
    }
    let _ = std::fs::remove_dir_all(&output);
}

#[test]
fn a_broken_self_check_translation_fails_the_build_naming_its_file_line_and_field() {
    let content = temp_dir("broken-wizard-translation");
    copy_dir(&root().join("content"), &content);
    let texts = content.join("chung/tu-kiem-tra.en.toml");
    let shipped = std::fs::read_to_string(&texts).unwrap();
    let output = temp_dir("broken-wizard-translation-output");
    // A Vietnamese text the code no longer has.
    let stale = shipped.replacen("vi = \"Tôi không biết\"", "vi = \"Tôi chưa biết\"", 1);
    assert_ne!(stale, shipped);
    std::fs::write(&texts, &stale).unwrap();
    let line = stale[..stale.find("vi = \"Tôi chưa biết\"").unwrap()].rfind("[[cau]]").unwrap();
    let line = stale[..line].matches('\n').count() + 1;
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains(&format!("tu-kiem-tra.en.toml:{line}:")) && err.contains("Tôi chưa biết"), "{err}");
    // A translation that drops a placeholder.
    let dropped = shipped.replacen("less than {gian_doan_tu_ngay} days ago", "less than ninety days ago", 1);
    assert_ne!(dropped, shipped);
    std::fs::write(&texts, &dropped).unwrap();
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains("tu-kiem-tra.en.toml:") && err.contains("{gian_doan_tu_ngay}"), "{err}");
    // A missing file.
    std::fs::remove_file(&texts).unwrap();
    let err = prerender(&content, "kien-an", &output).unwrap_err();
    assert!(err.contains("tu-kiem-tra.en.toml"), "{err}");
    let _ = std::fs::remove_dir_all(&content);
    let _ = std::fs::remove_dir_all(&output);
}
