//! Every pre-rendered page is valid HTML: the W3C Nu Html Checker (`vnu.jar` from the npm
//! package `vnu-jar`, pinned in tools/, on Debian's Java) reports no error on any of them.

use bhyt_site_tests::{dist_dir, nu_html_errors};
use std::path::{Path, PathBuf};

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read dist") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            html_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "html") {
            out.push(path);
        }
    }
}

#[test]
fn every_page_passes_the_nu_html_checker() {
    let dist = dist_dir();
    let mut files = Vec::new();
    html_files(&dist, &mut files);
    files.sort();
    assert!(files.len() > 10, "pages to check: {files:?}");
    let errors = nu_html_errors(&files, &dist);
    println!("vnu checked {} pages: {} errors", files.len(), errors.len());
    assert!(errors.is_empty(), "{} HTML errors:\n{}", errors.len(), errors.join("\n"));
}
