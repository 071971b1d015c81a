//! Prints, per route, the bytes a first visit downloads: HTML, CSS, JS and WebAssembly, raw and
//! brotli-compressed (quality 11, as the build precompresses them). Part of `./run bench`.

use bhyt_content::routes::PAGES;
use bhyt_site_tests::{between, brotli_size, island_modules, page_file, read};
use std::path::{Path, PathBuf};

fn main() {
    let argument = std::env::args().nth(1).unwrap_or_else(|| "dist".into());
    if argument == "--list-routes" {
        PAGES.iter().for_each(|page| println!("{}", page.path));
        return;
    }
    let dist = PathBuf::from(argument);
    println!(
        "{:<16} {:>16} {:>16} {:>16} {:>18} {:>12}",
        "route", "HTML raw/br", "CSS raw/br", "JS raw/br", "wasm raw/br", "total br"
    );
    let mut paths: Vec<(String, PathBuf)> =
        PAGES.iter().map(|p| (p.path.to_owned(), page_file(&dist, p.path))).collect();
    paths.push(("404".into(), dist.join("404.html")));
    for (route, file) in paths {
        let html = read(&file);
        let css = asset(&dist, &html, "rel=\"stylesheet\" href=\"", "\"");
        // Every external script, plus each island module's JavaScript glue (the plain scripts of
        // public/ are inline, in the HTML).
        let modules = island_modules(&html);
        let scripts = html
            .split("<script")
            .skip(1)
            .filter_map(|tag| between(&tag[..tag.find('>').unwrap_or(0)], " src=\"", "\""))
            .map(str::to_owned);
        let js = sum(scripts.chain(modules.iter().cloned()).map(|script| file_size(&dist, &script)));
        let wasm = sum(modules.iter().map(|script| file_size(&dist, &script.replace(".js", "_bg.wasm"))));
        let html_size = (html.len(), brotli_size(html.as_bytes()));
        let total = html_size.1 + css.1 + js.1 + wasm.1;
        println!(
            "{route:<16} {:>16} {:>16} {:>16} {:>18} {:>12}",
            pair(html_size),
            pair(css),
            pair(js),
            pair(wasm),
            total
        );
    }
}

fn asset(dist: &Path, html: &str, start: &str, end: &str) -> (usize, usize) {
    between(html, start, end).map_or((0, 0), |href| file_size(dist, href))
}

/// Raw and brotli bytes of a file given by its site path.
fn file_size(dist: &Path, href: &str) -> (usize, usize) {
    let bytes = std::fs::read(dist.join(href.trim_start_matches('/'))).unwrap_or_default();
    (bytes.len(), brotli_size(&bytes))
}

fn sum(sizes: impl Iterator<Item = (usize, usize)>) -> (usize, usize) {
    sizes.fold((0, 0), |(raw, compressed), (more_raw, more_compressed)| (raw + more_raw, compressed + more_compressed))
}

fn pair((raw, compressed): (usize, usize)) -> String {
    format!("{raw}/{compressed}")
}
