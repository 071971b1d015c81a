//! Shared helpers for the checks of the built site: where `dist/` is, a static file server
//! that behaves like a plain static host, and a headless Chromium driven over WebDriver.
//!
//! Browser checks wait for conditions (an element, an attribute), never for fixed sleeps.

pub mod browser;
pub mod nginx;
pub mod print;
pub mod static_server;
pub mod wizard;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The repository root (this crate lives in `crates/site-tests`).
/// The wizard's pre-rendered copy of a page, which the app removes when it takes over
/// (`PRERENDERED_ID` in src/wizard).
pub const WIZARD_PRERENDERED: &str = "#trang-in-san";

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("workspace root")
}

/// The built site: `$BHYT_DIST`, else `dist/` at the root. Fails loudly when it was not built,
/// because a missing build must never pass as "no test ran".
pub fn dist_dir() -> PathBuf {
    // Relative to the repository root: cargo runs tests from the crate's own folder.
    let dir = workspace_root().join(std::env::var_os("BHYT_DIST").map(PathBuf::from).unwrap_or_else(|| "dist".into()));
    assert!(
        dir.join("index.html").is_file(),
        "{} has no index.html: build the site first (`./run test` does it)",
        dir.display()
    );
    dir
}

/// Site paths of every pre-rendered page (`…/index.html`), `/` first.
pub fn prerendered_paths(dist: &Path) -> Vec<String> {
    fn walk(dir: &Path, prefix: &str, out: &mut Vec<String>) {
        if dir.join("index.html").is_file() {
            out.push(prefix.to_owned());
        }
        let mut children: Vec<_> = std::fs::read_dir(dir).expect("read dist").filter_map(|e| e.ok()).collect();
        children.sort_by_key(|e| e.file_name());
        for child in children {
            if child.path().is_dir() {
                walk(&child.path(), &format!("{prefix}{}/", child.file_name().to_string_lossy()), out);
            }
        }
    }
    let mut paths = Vec::new();
    walk(dist, "/", &mut paths);
    paths
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// The file a page path is written to: `/` → `index.html`, `/ke-hoach/` → `ke-hoach/index.html`.
pub fn page_file(dist: &Path, path: &str) -> PathBuf {
    dist.join(format!("{}index.html", path.trim_start_matches('/')))
}

/// The share picture a page should name (site path of the PNG): its article's, its kind's
/// (self-check, plan, statistics, student guide and printables), or the general one.
/// The Vietnamese page a page in any language translates: `/en/lien-he/` → `/lien-he/`.
pub fn vietnamese_path(path: &str) -> &str {
    bhyt_core::Language::ALL
        .iter()
        .filter(|language| !language.path_prefix().is_empty())
        .find_map(|language| path.strip_prefix(language.path_prefix()).filter(|rest| rest.starts_with('/')))
        .unwrap_or(path)
}

pub fn share_picture_path(path: &str) -> String {
    // A translated page shares its Vietnamese page's picture, drawn in Vietnamese for now.
    let path = vietnamese_path(path);
    if let Some(slug) = path.strip_prefix("/tin-tuc/").and_then(|rest| rest.strip_suffix('/')) {
        if !slug.is_empty() && !slug.starts_with("trang/") {
            return format!("/anh-chia-se/tin-tuc/{slug}.png");
        }
    }
    let kind = if path.starts_with("/tu-kiem-tra/") {
        "tu-kiem-tra"
    } else if path == "/ke-hoach/" {
        "ke-hoach"
    } else if path == "/thong-ke/" || path == "/nhung/thong-ke/" {
        "thong-ke"
    } else if path.starts_with("/hoc-sinh/") || path == "/ap-phich/" {
        "hoc-sinh"
    } else {
        return "/chia-se.png".to_owned();
    };
    format!("/anh-chia-se/{kind}.png")
}

/// The locality configuration the site was built with: the `site.toml` of the locality named
/// in the boot data of the first pre-rendered page that has an island (so checks follow
/// whichever locality `dist/` holds; pages without an island carry no boot data).
pub fn built_site(dist: &Path) -> bhyt_content::SiteConfig {
    let html = prerendered_paths(dist)
        .iter()
        .map(|path| read(&page_file(dist, path)))
        .find(|html| html.contains("id=\"du-lieu-khoi-dong\">"))
        .expect("a page with an island, carrying the boot data");
    let json = between(&html, "id=\"du-lieu-khoi-dong\">", "</script>").expect("boot data");
    let boot: serde_json::Value = serde_json::from_str(json).expect("boot data is JSON");
    let locality = boot["locality"]["ma"].as_str().expect("boot data names the locality");
    let file = workspace_root().join("content").join(locality).join("site.toml");
    bhyt_content::SiteConfig::from_toml(&file.display().to_string(), &read(&file))
        .expect("the built locality's site.toml")
}

/// The island modules a page loads: the scripts its `data-modules` names (`public/islands.js`
/// loads each, and the `.wasm` beside it).
pub fn island_modules(html: &str) -> Vec<String> {
    between(html, "data-modules=\"", "\"").map(|list| list.split(' ').map(str::to_owned).collect()).unwrap_or_default()
}

/// Text between the first `start` and the next `end`.
pub fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// Inner text of the first `<h1>` of a static page, with tags and hydration markers removed.
pub fn static_h1(html: &str) -> String {
    let inner = between(html, "<h1", "</h1>").expect("page has an <h1>");
    let inner = &inner[inner.find('>').map(|i| i + 1).unwrap_or(0)..];
    strip_tags(inner)
}

pub fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub fn brotli_size(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("in-memory brotli");
    out.len()
}

/// What the W3C Nu Html Checker (`vnu.jar` from the npm package `vnu-jar`, pinned in tools/, on
/// Debian's Java) reports as errors in `files`, one `file:line: message [extract]` each, with
/// the files named from `root`.
pub fn nu_html_errors(files: &[PathBuf], root: &Path) -> Vec<String> {
    let jar = workspace_root().join("tools/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.is_file(), "{} is missing: run scripts/setup.sh (npm ci in tools/)", jar.display());
    // One Java start for every page; the messages come as JSON on stderr.
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(files)
        .output()
        .expect("java runs (Debian's openjdk-17-jre-headless, see scripts/setup.sh)");
    let report = String::from_utf8_lossy(&output.stderr);
    let json: serde_json::Value = serde_json::from_str(&report)
        .unwrap_or_else(|err| panic!("vnu printed no JSON ({err}), exit {:?}:\n{report}", output.status.code()));
    let messages = json["messages"].as_array().expect("vnu's messages");
    let errors: Vec<String> = messages
        .iter()
        .map(|message| {
            let file = message["url"].as_str().unwrap_or_default();
            let file = file.strip_prefix("file:").unwrap_or(file);
            let file = Path::new(file).strip_prefix(root).map(|p| p.display().to_string()).unwrap_or(file.to_owned());
            let line = message["lastLine"].as_u64().map(|line| line.to_string()).unwrap_or_default();
            let text = message["message"].as_str().unwrap_or_default();
            let extract = message["extract"].as_str().unwrap_or_default().replace('\n', " ");
            format!("{file}:{line}: {text} [{extract}]")
        })
        .collect();
    assert!(!errors.is_empty() || output.status.success(), "vnu failed without listing an error:\n{report}");
    errors
}
