//! `./run build-all`: every locality of a province in one command, into `OUT_DIR/<locality>/`,
//! with one WebAssembly build shared byte for byte, and nothing published when one locality's
//! files have a mistake. The province is built as a province portal publishes it: both sample
//! localities under paths of one host (`https://…/kien-an/`). Every link, asset, address and QR
//! code of every built file must resolve under its own commune's path, and the shipped nginx
//! configuration for that layout (deploy/nginx/bhyt-tinh.conf) serves it, hydrated in Chromium.

use bhyt_site_tests::browser::{Browser, BrowserOptions};
use bhyt_site_tests::nginx::{hashed_file, Nginx, PROVINCE_UNDER_PATHS};
use bhyt_site_tests::static_server::{Override, StaticServer};
use bhyt_site_tests::{nu_html_errors, read, static_h1, workspace_root};
use reqwest::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, CONTENT_TYPE, LOCATION,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;
use thirtyfour::By;

/// The province portal's host, as written in each commune's `dia_chi_trang`.
const HOST: &str = "https://bhyt.tinh-mau.example.gov.vn";
const LOCALITIES: [(&str, &str); 2] = [("kien-an", "Kiến An"), ("long-thanh", "Long Thạnh")];

fn build_all(content: &Path, out: &Path) -> std::process::Output {
    Command::new("bash")
        .arg("scripts/build-all.sh")
        .arg(content)
        .arg(out)
        .current_dir(workspace_root())
        .output()
        .expect("run scripts/build-all.sh")
}

/// A copy of `content/` in `target/<name>`, each locality's address changed by `address`.
fn content_copy(name: &str, address: impl Fn(&str) -> String) -> PathBuf {
    let copy = workspace_root().join("target").join(name);
    let _ = std::fs::remove_dir_all(&copy);
    assert!(Command::new("cp")
        .arg("-r")
        .arg(workspace_root().join("content"))
        .arg(&copy)
        .status()
        .expect("cp")
        .success());
    for (id, _) in LOCALITIES {
        let site = copy.join(id).join("site.toml");
        let text = read(&site);
        let line = text.lines().find(|line| line.starts_with("dia_chi_trang = ")).expect("dia_chi_trang in site.toml");
        std::fs::write(&site, text.replace(line, &format!("dia_chi_trang = \"{}\"", address(id)))).expect("write");
    }
    copy
}

/// The province, built once for every test of this file.
fn province() -> &'static Path {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT.get_or_init(|| {
        let content = content_copy("province-test-content", |id| format!("{HOST}/{id}"));
        let out = workspace_root().join("target/province-test");
        let _ = std::fs::remove_dir_all(&out);
        let built = build_all(&content, &out);
        assert!(built.status.success(), "build-all failed:\n{}", String::from_utf8_lossy(&built.stderr));
        out
    })
}

/// The WebAssembly and JavaScript files of a built locality, by name.
fn modules(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read a locality's folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".wasm") || name.ends_with(".js"))
        // The service worker lists each locality's own pages, under its own path.
        .filter(|name| name != "sw.js")
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).expect("read a module");
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_province_builds_in_one_command_and_a_mistake_in_one_locality_publishes_nothing() {
    let out = province();
    for (id, name) in LOCALITIES {
        let home = read(&out.join(id).join("index.html"));
        assert!(home.contains(name), "{id}: its own home page");
    }
    let (kien_an, long_thanh) = (modules(&out.join("kien-an")), modules(&out.join("long-thanh")));
    assert!(kien_an.keys().any(|name| name.ends_with(".wasm")), "{:?}", kien_an.keys());
    assert!(kien_an == long_thanh, "the localities share the WebAssembly and its scripts byte for byte");
    let robots = read(&out.join("robots.txt"));
    for (id, _) in LOCALITIES {
        assert!(robots.contains(&format!("Disallow: /{id}/tu-kiem-tra/ket-qua/")), "{robots}");
        assert!(robots.contains(&format!("Sitemap: {HOST}/{id}/sitemap.xml")), "{robots}");
    }

    // A mistake in one locality: the build stops and names it, and the last build stays published.
    let broken = content_copy("province-test-broken", |id| format!("{HOST}/{id}"));
    let site = broken.join("long-thanh/site.toml");
    std::fs::write(&site, read(&site).replace("cap = \"xa\"", "cap = \"huyen\"")).expect("write site.toml");
    let before = std::fs::read(out.join("kien-an/index.html")).expect("the published home page");
    let failed = build_all(&broken, out);
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(!failed.status.success(), "a mistake stops the build");
    assert!(message.contains("`long-thanh`") && message.contains("site.toml:") && message.contains("cap"), "{message}");
    assert_eq!(
        std::fs::read(out.join("kien-an/index.html")).expect("still published"),
        before,
        "nothing half-published"
    );
    assert!(!workspace_root().join("target/province-test.dang-dung").exists(), "no half-built folder is left behind");

    // A commune on the province's host under another path than its folder's would link elsewhere.
    let misplaced = content_copy("province-test-misplaced", |id| {
        if id == "kien-an" {
            format!("{HOST}/khac")
        } else {
            format!("{HOST}/{id}")
        }
    });
    let failed = build_all(&misplaced, out);
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(!failed.status.success(), "a misplaced commune stops the build");
    assert!(
        message.contains("kien-an/site.toml:")
            && message.contains("dia_chi_trang")
            && message.contains(&format!("{HOST}/kien-an")),
        "{message}"
    );
    assert_eq!(
        std::fs::read(out.join("kien-an/index.html")).expect("still published"),
        before,
        "nothing half-published"
    );
}

/// Every address a built file names: its attributes' links (`href`, `src`, `action`, the
/// modules `islands.js` loads and their `.wasm`) and every absolute address on the province's
/// host anywhere in the text (canonical and share tags, the widget's embed code, the sitemap,
/// the feed).
fn addresses_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for attribute in [" href=\"", " src=\"", " action=\"", " data-modules=\""] {
        for (at, _) in text.match_indices(attribute) {
            let value = text[at + attribute.len()..].split('"').next().unwrap_or_default();
            for link in value.split(' ').filter(|link| !link.is_empty()) {
                found.push(link.to_owned());
                if attribute == " data-modules=\"" {
                    found.push(link.replace(".js", "_bg.wasm"));
                }
            }
        }
    }
    for (at, _) in text.match_indices(HOST) {
        let end = text[at..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || "/:._~%-".contains(c)))
            .map_or(text.len(), |end| at + end);
        found.push(text[at..end].to_owned());
    }
    found
}

/// Why `address`, found in a file of commune `id` (empty for the province's own files at the
/// root), does not resolve to a file of that commune under `out`; `None` when it does, or when
/// it leaves the site.
fn broken(out: &Path, id: &str, address: &str) -> Option<String> {
    let path = match address.strip_prefix(HOST) {
        Some(path) => path,
        None if address.starts_with('/') && !address.starts_with("//") => address,
        None if ["#", "?", "tel:", "mailto:", "data:", "https://", "http://"]
            .iter()
            .any(|kept| address.starts_with(kept)) =>
        {
            return None;
        }
        None => return Some("a relative link (the site writes every link from the host's root)".to_owned()),
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    // The host alone is the origin the widget's embed code checks messages against; the
    // commune's address without its last slash is its boot data's, and nginx redirects it home.
    if path.is_empty() || path == format!("/{id}") {
        return None;
    }
    let under = if id.is_empty() { "/".to_owned() } else { format!("/{id}/") };
    if !path.starts_with(&under) {
        return Some(format!("outside /{id}/"));
    }
    let file = out.join(path.trim_start_matches('/'));
    let file = if path.ends_with('/') { file.join("index.html") } else { file };
    (!file.is_file()).then(|| format!("no file {}", file.display()))
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read a folder").filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The text of the QR code in an SVG that `qrcode` drew (one `M x y h… v…` square per module).
fn qr_text(svg: &str) -> String {
    let size: usize =
        svg.split("width=\"").nth(1).and_then(|rest| rest.split('"').next()?.parse().ok()).expect("width");
    let path = svg.split(" d=\"").nth(1).and_then(|rest| rest.split('"').next()).expect("the dark modules");
    let mut dark = vec![false; size * size];
    for square in path.split('M').filter(|square| !square.is_empty()) {
        let numbers: Vec<usize> = square
            .split(|c: char| !c.is_ascii_digit())
            .filter(|number| !number.is_empty())
            .map(|number| number.parse().expect("a number"))
            .collect();
        let (x, y, side) = (numbers[0], numbers[1], numbers[2]);
        for row in y..y + side {
            for column in x..x + side {
                dark[row * size + column] = true;
            }
        }
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| if dark[y * size + x] { 0 } else { 255 });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    grids[0].decode().expect("a readable QR code").1
}

#[test]
fn every_link_asset_address_and_qr_code_of_every_commune_resolves_under_its_own_path() {
    let out = province();
    let mut problems = Vec::new();
    let mut checked = 0;
    let communes: Vec<&str> = LOCALITIES.iter().map(|(id, _)| *id).collect();
    let province_files: Vec<PathBuf> =
        files_under(out).into_iter().filter(|file| !communes.iter().any(|id| file.starts_with(out.join(id)))).collect();
    assert!(province_files.iter().any(|file| file.ends_with("index.html")), "the province's overview is built");
    let every_file = LOCALITIES.iter().map(|(id, _)| (*id, files_under(&out.join(id)))).chain([("", province_files)]);
    for (id, files) in every_file {
        for file in files {
            let name = file.to_string_lossy().into_owned();
            let addresses = if name.ends_with(".html") || name.ends_with(".xml") {
                addresses_in(&read(&file))
            } else if name.ends_with(".svg") && name.contains("/ma-qr/") {
                let text = qr_text(&read(&file));
                if !text.starts_with(&format!("{HOST}/{id}")) {
                    problems.push(format!("{name}: the QR code reads {text}"));
                }
                vec![text]
            } else if name.ends_with("robots.txt") {
                read(&file)
                    .lines()
                    .filter_map(|line| line.split_once(": "))
                    .map(|(_, value)| value.to_owned())
                    .collect()
            } else {
                continue;
            };
            for address in addresses.iter().filter(|address| address.as_str() != "*") {
                checked += 1;
                if let Some(why) = broken(out, id, address) {
                    problems.push(format!("{name}: {address}: {why}"));
                }
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "{} of {checked} addresses do not resolve:\n{}", problems.len(), problems.join("\n"));
    assert!(checked > 1000, "only {checked} addresses were found: the search is broken");
}

#[tokio::test(flavor = "multi_thread")]
async fn nginx_serves_each_commune_under_its_path_with_its_own_404_page() {
    let out = province();
    let nginx = Nginx::start(out, PROVINCE_UNDER_PATHS);
    // reqwest is built without decompression or redirects followed: the bytes on the wire are what we check.
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let get = |path: String, encoding: &'static str| {
        let request = client.get(nginx.url(&path)).header(ACCEPT_ENCODING, encoding);
        async move { request.send().await.expect("request") }
    };
    let header = |response: &reqwest::Response, name| {
        response.headers().get(name).map(|v| v.to_str().unwrap_or_default().to_owned()).unwrap_or_default()
    };
    for (id, name) in LOCALITIES {
        let dir = out.join(id);
        let wasm = get(format!("/{id}{}", hashed_file(&dir, "wasm")), "br, gzip").await;
        assert_eq!(wasm.status(), 200, "{id}: the WebAssembly");
        assert_eq!(header(&wasm, CONTENT_TYPE), "application/wasm", "{id}");
        assert_eq!(header(&wasm, CONTENT_ENCODING), "br", "{id}: brotli copy served");
        assert!(header(&wasm, CACHE_CONTROL).contains("immutable"), "{id}: hashed files cached for a year");
        for (extension, kind) in [("js", "javascript"), ("css", "css")] {
            let response = get(format!("/{id}{}", hashed_file(&dir, extension)), "gzip").await;
            assert!(header(&response, CONTENT_TYPE).contains(kind), "{id}: {extension} type");
            assert_eq!(header(&response, CONTENT_ENCODING), "gzip", "{id}: {extension} gzip");
            assert!(header(&response, CACHE_CONTROL).contains("max-age=31536000"), "{id}: {extension} long cache");
        }

        let page = get(format!("/{id}/ke-hoach/"), "br").await;
        assert_eq!(page.status(), 200, "{id}: a page");
        assert!(header(&page, CONTENT_TYPE).starts_with("text/html"), "{id}");
        assert_eq!(header(&page, CONTENT_ENCODING), "br", "{id}");
        assert!(!header(&page, CACHE_CONTROL).contains("immutable"), "{id}: pages are not cached for a year");
        assert!(header(&page, CONTENT_SECURITY_POLICY).contains("frame-ancestors 'self'"), "{id}");
        let data = get(format!("/{id}/du-lieu/thong-ke.json"), "identity").await;
        assert_eq!(header(&data, CACHE_CONTROL), "no-cache", "{id}: the statistics are revalidated");
        assert_eq!(header(&data, CONTENT_TYPE), "application/json", "{id}");
        let worker = get(format!("/{id}/sw.js"), "identity").await;
        assert_eq!(worker.status(), 200, "{id}: its service worker");
        assert_eq!(header(&worker, CACHE_CONTROL), "no-cache", "{id}: a new build's service worker is seen at once");
        let widget = get(format!("/{id}/nhung/thong-ke/"), "identity").await;
        assert!(
            header(&widget, CONTENT_SECURITY_POLICY).contains("frame-ancestors *"),
            "{id}: portals may frame the widget"
        );

        let home = get(format!("/{id}"), "identity").await;
        assert_eq!(home.status(), 301, "{id}: the address without its last slash");
        assert_eq!(header(&home, LOCATION), nginx.url(&format!("/{id}/")));
        let missing = get(format!("/{id}/khong-co-trang-nay/"), "identity").await;
        assert_eq!(missing.status(), 404, "{id}");
        let body = missing.text().await.expect("404 body");
        assert_eq!(static_h1(&body), static_h1(&read(&dir.join("404.html"))), "{id}: its own 404 page");
        assert!(body.contains(name), "{id}: the 404 page is the commune's own");
        assert!(body.contains(&format!("href=\"/{id}/\"")), "{id}: the 404 page links to its home");
    }
    let robots = get("/robots.txt".into(), "identity").await;
    assert_eq!(robots.status(), 200, "the host's robots.txt");
}

/// Every link on the page the browser shows, as it resolved them: each must stay under `/{id}/`
/// of this host or leave the site.
async fn links_outside(browser: &Browser, origin: &str, id: &str) -> Vec<String> {
    let links = browser
        .eval(&format!(
            "[...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map((e) => e.href || e.src).filter((url) => url.startsWith({origin:?}) && !url.startsWith({:?}))",
            format!("{origin}/{id}/")
        ))
        .await;
    links.as_array().expect("links").iter().map(|link| link.as_str().unwrap_or_default().to_owned()).collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn each_commune_hydrates_under_its_path_and_its_islands_link_under_it() {
    let out = province();
    let nginx = Nginx::start(out, PROVINCE_UNDER_PATHS);
    let origin = nginx.url("");
    let browser = Browser::start(BrowserOptions::default()).await;
    for (id, _) in LOCALITIES {
        // The statistics island fetches the commune's own published file.
        browser.open(&nginx.url(&format!("/{id}/thong-ke/"))).await;
        browser.wait_for_hydration().await;
        browser
            .wait_until(
                &format!("performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/{id}/du-lieu/thong-ke.json'))"),
                "the statistics island fetched its commune's file",
            )
            .await;
        assert_eq!(links_outside(&browser, &origin, id).await, Vec::<String>::new(), "{id}: /thong-ke/");

        // The self-check: a question answered goes to the commune's next step, whose links stay
        // under the commune's path too.
        browser.open(&nginx.url(&format!("/{id}/tu-kiem-tra/cau-hoi/tuoi/"))).await;
        browser.wait_for_hydration().await;
        browser.click(By::Css("form[data-question] input[name='tuoi'][value='duoi-6']")).await;
        browser.click(By::Css("form[data-question] button[type=submit]")).await;
        browser
            .wait_until(
                &format!(
                    "location.pathname !== '/{id}/tu-kiem-tra/cau-hoi/tuoi/' && document.readyState === 'complete'"
                ),
                "the next step opened",
            )
            .await;
        browser.wait_for_hydration().await;
        let path = browser.eval("location.pathname").await;
        assert!(path.as_str().unwrap_or_default().starts_with(&format!("/{id}/tu-kiem-tra/")), "{id}: went to {path}");
        assert_eq!(links_outside(&browser, &origin, id).await, Vec::<String>::new(), "{id}: {path}");
        // Under six is all the check needs: on to the result, which the island writes.
        browser.click(By::LinkText("Xem kết quả")).await;
        browser
            .wait_until(
                &format!("location.pathname === '/{id}/tu-kiem-tra/ket-qua/' && document.readyState === 'complete'"),
                "the result opened",
            )
            .await;
        browser.wait_for_hydration().await;
        browser.wait_until("document.getElementById('duong-dan-ket-qua') !== null", "the result is shown").await;
        assert_eq!(links_outside(&browser, &origin, id).await, Vec::<String>::new(), "{id}: the result");
        let shared = browser.eval("document.getElementById('duong-dan-ket-qua').value").await;
        let shared = shared.as_str().unwrap_or_default();
        assert!(
            shared.starts_with(&format!("{origin}/{id}/tu-kiem-tra/ket-qua/?tuoi=duoi-6")),
            "{id}: shares {shared}"
        );
        for path in ["/tu-kiem-tra/ho-gia-dinh/", "/nhung/thong-ke/"] {
            browser.open(&nginx.url(&format!("/{id}{path}"))).await;
            browser.wait_for_hydration().await;
            assert_eq!(links_outside(&browser, &origin, id).await, Vec::<String>::new(), "{id}: {path}");
        }
        assert_eq!(browser.console_errors().await, Vec::<String>::new(), "{id}");
    }
    browser.quit().await;
}

/// The names of the units in the order the dashboard's table lists them.
fn table_order(html: &str) -> Vec<String> {
    html.split("class=\"stats-unit\">")
        .skip(1)
        .map(|rest| bhyt_site_tests::strip_tags(rest.split("</span>").next().unwrap_or_default()).trim().to_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_province_overview_lists_every_commune_lowest_first_with_its_contact_and_site() {
    let out = province();
    let today = bhyt_stats::Date::parse("2100-01-01").expect("a date");
    let parse = |file: &Path| bhyt_stats::parse(&read(file), today).unwrap_or_else(|errors| panic!("{errors:?}"));
    let province = parse(&out.join("du-lieu/thong-ke.json"));
    let mut coverage = Vec::new();
    for (id, _) in LOCALITIES {
        let commune = parse(&out.join(id).join("du-lieu/thong-ke.json"));
        let unit = province.units.iter().find(|unit| unit.id == id).unwrap_or_else(|| panic!("{id} is a unit"));
        assert_eq!((unit.population, unit.insured), (commune.population, commune.insured), "{id}: its own figures");
        assert_eq!(unit.name, commune.locality.name, "{id}");
        coverage.push((commune.overall().percent(), unit.name.clone()));
    }
    assert_eq!(province.population, province.units.iter().map(|unit| unit.population).sum::<u64>());
    coverage.sort();
    let lowest_first: Vec<String> = coverage.into_iter().map(|(_, name)| name).collect();

    let overview = read(&out.join("index.html"));
    assert_eq!(table_order(&overview), lowest_first, "the communes furthest below the target first");
    for (id, _) in LOCALITIES {
        assert!(overview.contains(&format!("<a href=\"{HOST}/{id}/\">")), "{id}: a link to its site");
    }
    assert_eq!(overview.matches("class=\"stats-person\"").count(), LOCALITIES.len(), "each commune's contact");

    let pages =
        [out.join("index.html"), out.join("thong-ke/bao-cao/index.html"), out.join("nhung/thong-ke/index.html")];
    assert_eq!(
        nu_html_errors(&pages, out),
        Vec::<String>::new(),
        "the overview, its report and its widget are valid HTML"
    );

    let nginx = Nginx::start(out, PROVINCE_UNDER_PATHS);
    let widget = reqwest::get(nginx.url("/nhung/thong-ke/")).await.expect("the province's widget");
    let policy = widget.headers().get(CONTENT_SECURITY_POLICY).map(|v| v.to_str().unwrap_or_default().to_owned());
    assert!(policy.unwrap_or_default().contains("frame-ancestors *"), "portals may frame the province's widget");
    for (width, height) in [(360, 740), (1280, 900)] {
        let browser = Browser::start(BrowserOptions { width, height, ..Default::default() }).await;
        browser.open(&nginx.url("/")).await;
        browser.wait_for_hydration().await;
        browser
            .wait_until(
                "performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/du-lieu/thong-ke.json')) && document.querySelector('[data-origin=moi-nhat]') !== null",
                "the overview loaded the province's published figures",
            )
            .await;
        let names =
            browser.eval("[...document.querySelectorAll('.stats-unit')].map((unit) => unit.innerText.trim())").await;
        assert_eq!(names, serde_json::json!(lowest_first), "{width} px: the live table keeps the order");
        let calls = browser.count(".stats-person a[href^='tel:']").await;
        assert_eq!(calls, LOCALITIES.len() as u64, "{width} px: a call link per commune");
        assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{width} px: the overview passes axe");
        browser.open(&nginx.url("/nhung/thong-ke/")).await;
        browser.wait_for_hydration().await;
        assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "{width} px: the widget passes axe");
        let full = browser.eval("document.querySelector('.widget__link a').getAttribute('href')").await;
        assert_eq!(full, format!("{HOST}/"), "the widget links to the overview");
        assert_eq!(browser.console_errors().await, Vec::<String>::new());
        browser.quit().await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_provinces_year_end_report_has_each_commune_with_its_contact_and_prints_on_a4() {
    let out = province();
    let today = bhyt_stats::Date::parse("2100-01-01").expect("a date");
    let province = bhyt_stats::parse(&read(&out.join("du-lieu/thong-ke.json")), today).expect("the province's file");
    let report = bhyt_stats::year_report(&province, 2026).expect("the communes' months make a 2026 report");
    let mut expected = vec![
        bhyt_stats::format_percent(report.start.percent()),
        bhyt_stats::format_percent(report.end.percent()),
        report.change().words(),
    ];
    for unit in &report.units {
        let (start, end) = (unit.start.expect("each commune's December"), unit.end.expect("each commune's figures"));
        expected.extend([unit.unit.name.clone(), bhyt_stats::format_percent(start.percent())]);
        expected.push(bhyt_stats::format_percent(end.percent()));
    }
    let nginx = Nginx::start(out, PROVINCE_UNDER_PATHS);
    let browser = Browser::start(BrowserOptions { width: 360, height: 740, ..Default::default() }).await;
    let work = bhyt_site_tests::browser::TempDir::new("bhyt-bao-cao-tinh");
    let pdf = work.path.join("bao-cao.pdf");
    let ready = "document.querySelector('.report[data-origin=moi-nhat][data-year=\"2026\"]') !== null";
    bhyt_site_tests::print::print_to_pdf(&browser, &nginx.url("/thong-ke/bao-cao/"), ready, &pdf).await;
    let (pages, size) = bhyt_site_tests::print::pdf_pages_and_size(&pdf);
    let text = bhyt_site_tests::print::pdf_text(&pdf);
    assert!(size.contains("(A4)") && (1..=3).contains(&pages), "{pages} pages of {size}");
    for figure in expected {
        assert!(text.contains(&figure), "the province's report lacks “{figure}”:\n{text}");
    }
    let calls = browser.count("#bang-don-vi ~ tbody .stats-person a[href^='tel:']").await;
    assert_eq!(calls, LOCALITIES.len() as u64, "each commune's contact, with a call link");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "the province's report passes axe at 360 px");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_overview_adds_up_the_communes_live_files_and_keeps_its_figures_when_one_fails() {
    let out = province();
    let server = StaticServer::start(out);
    let today = bhyt_stats::Date::parse("2100-01-01").expect("a date");
    let kien_an = read(&out.join("kien-an/du-lieu/thong-ke.json"));
    let mut newer = bhyt_stats::parse(&kien_an, today).unwrap_or_else(|errors| panic!("{errors:?}"));
    // More people with a card in one residential group, in the live file only.
    let unit = newer.units.iter_mut().max_by_key(|unit| unit.never_enrolled).expect("a unit");
    let more = unit.never_enrolled.min(20);
    assert!(more > 0, "someone to enrol");
    unit.insured += more;
    unit.never_enrolled -= more;
    newer.insured += more;
    let snapshot = bhyt_stats::parse(&read(&out.join("du-lieu/thong-ke.json")), today).expect("the province's file");
    server.set_override("/kien-an/du-lieu/thong-ke.json", Override::json(serde_json::to_string(&newer).unwrap()));
    let browser = Browser::start(BrowserOptions { width: 360, height: 740, ..Default::default() }).await;
    browser.open(&server.url("/")).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('[data-origin=moi-nhat]') !== null", "the live figures").await;
    let headline = browser.text(".stats-overall").await;
    let expected = bhyt_stats::format_count(snapshot.population - snapshot.insured - more);
    assert!(headline.contains(&expected), "the live files added up: {expected} without a card in {headline}");

    // One commune's file is broken: the overview says whose, and keeps what it shows.
    server.set_override("/long-thanh/du-lieu/thong-ke.json", Override::status(500));
    browser.open(&server.url("/")).await;
    browser.wait_for_hydration().await;
    browser.wait_until("document.querySelector('.stats-offline') !== null", "the failure is reported").await;
    let status = browser.text(".stats-offline").await;
    assert!(status.contains("Xã Long Thạnh") && status.contains("500"), "{status}");
    let shown = browser.eval("document.querySelector('[data-origin]').dataset.origin").await;
    assert!(shown == "ban-luu" || shown == "ban-chup", "a kept copy stays on screen, not a partial total: {shown}");
    assert_eq!(browser.axe_violations().await, Vec::<String>::new(), "the failure notice passes axe");
    browser.quit().await;
}
