//! Every pre-rendered page is valid HTML: the W3C Nu Html Checker (`vnu.jar` from the npm
//! package `vnu-jar`, pinned in tools/, on Debian's Java) reports no error on any of them.

use bhyt_site_tests::{dist_dir, workspace_root};
use std::path::{Path, PathBuf};
use std::process::Command;

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
    let jar = workspace_root().join("tools/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(jar.is_file(), "{} is missing: run scripts/setup.sh (npm ci in tools/)", jar.display());
    let mut files = Vec::new();
    html_files(&dist, &mut files);
    files.sort();
    assert!(files.len() > 10, "pages to check: {files:?}");
    // One Java start for every page; the messages come as JSON on stderr.
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--format", "json"])
        .args(&files)
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
            let file = Path::new(file).strip_prefix(&dist).map(|p| p.display().to_string()).unwrap_or(file.to_owned());
            let line = message["lastLine"].as_u64().map(|line| line.to_string()).unwrap_or_default();
            let text = message["message"].as_str().unwrap_or_default();
            let extract = message["extract"].as_str().unwrap_or_default().replace('\n', " ");
            format!("{file}:{line}: {text} [{extract}]")
        })
        .collect();
    println!("vnu checked {} pages: {} errors", files.len(), errors.len());
    assert!(errors.is_empty(), "{} HTML errors:\n{}", errors.len(), errors.join("\n"));
    assert!(output.status.success(), "vnu failed without listing an error:\n{report}");
}
