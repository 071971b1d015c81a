//! Shared by the pre-render tests: trunk's output as the pre-renderer finds it, the repository root,
//! and a copy of `content/` to break or change.

use std::path::{Path, PathBuf};

pub const TEMPLATE: &str =
    "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n</head>\n<body></body>\n</html>\n";

/// What the pre-renderer finds in trunk's staging folder: the template and the copied icon
/// (`web/index.html`'s `copy-file`), from which it draws the home-screen icons.
pub fn stage_trunk_output(output: &Path) {
    std::fs::write(output.join("index.html"), TEMPLATE).unwrap();
    std::fs::copy(root().join("public/favicon.svg"), output.join("favicon.svg")).unwrap();
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Copies a folder of small text files, such as `content/`.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}
