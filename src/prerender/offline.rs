//! The service worker (`sw.js`, from `web/sw.js`) and its kill switch (`sw-tat.js`): what a
//! resident can open again without a signal after the first visit, listed and checked here.

use super::{page_file, write, APP_ICONS, APP_MANIFEST_FILE};
use crate::site::language::split_language;
use bhyt_content::routes;
use bhyt_core::Language;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub const SERVICE_WORKER_FILE: &str = "sw.js";
pub const KILL_SWITCH_FILE: &str = "sw-tat.js";
const SERVICE_WORKER: &str = include_str!("../../web/sw.js");
const KILL_SWITCH: &str = include_str!("../../web/sw-tat.js");

/// The sections kept on the device whole, besides the home page: the self-check, the contacts,
/// the student guide with its handout, and the rules the estimates come from. The offline page
/// lists them.
pub const KEPT_SECTIONS: [routes::Page; 4] = [routes::WIZARD, routes::CONTACTS, routes::STUDENTS, routes::RULES_REVIEW];

/// What the service worker keeps at install, as site paths, and the bytes they take.
pub struct Precache {
    pub paths: Vec<String>,
    pub bytes: u64,
}

/// Writes `sw.js`, versioned by the bytes of everything it keeps, and `sw-tat.js`. `pages` are
/// the site paths of the pages just written. A kept file the build did not write fails the build.
pub fn write_service_worker(output_dir: &Path, pages: &[String]) -> Result<(Vec<PathBuf>, Precache), String> {
    let mut paths: Vec<String> = vec![routes::HOME.path.to_owned()];
    // In every language the locality publishes: the sections, and the home page of each
    // translation (the Vietnamese one is first).
    let kept = |page: &str| {
        let (language, path) = split_language(page);
        (language != Language::SOURCE && path == routes::HOME.path)
            || path == routes::OFFLINE.path
            || KEPT_SECTIONS.iter().any(|section| path.starts_with(section.path))
    };
    paths.extend(pages.iter().filter(|page| kept(page)).cloned());
    // The self-check's words of each language that translates it.
    paths.extend(
        Language::ALL
            .into_iter()
            .map(|language| crate::site::boot::Island::Wizard.words_path(language))
            .filter(|path| output_dir.join(path.trim_start_matches('/')).is_file()),
    );
    // The site's shell: its styles, icons and manifest, and the self-check's module.
    let mut files = vec!["favicon.svg".to_owned(), APP_MANIFEST_FILE.to_owned(), APP_ICONS[1].1.to_owned()];
    for entry in std::fs::read_dir(output_dir).map_err(|err| format!("{}: {err}", output_dir.display()))? {
        let name = entry.map_err(|err| err.to_string())?.file_name().to_string_lossy().into_owned();
        let shell = name.starts_with("main-") && name.ends_with(".css");
        let wizard = name.starts_with("bhyt-wizard-island-") && (name.ends_with(".js") || name.ends_with("_bg.wasm"));
        if shell || wizard {
            files.push(name);
        }
    }
    files.sort();
    paths.extend(files.iter().map(|file| format!("/{file}")));
    paths.dedup();

    let mut version = Sha256::new();
    let mut bytes = 0;
    for path in &paths {
        let file = output_dir.join(if path.ends_with('/') {
            page_file(path)
        } else {
            path.trim_start_matches('/').to_owned()
        });
        let contents = std::fs::read(&file).map_err(|_| {
            format!(
                "{SERVICE_WORKER_FILE}: danh sách lưu sẵn có {path}, nhưng bản dựng không có tệp {}",
                file.display()
            )
        })?;
        bytes += contents.len() as u64;
        version.update(path.as_bytes());
        version.update(&contents);
    }
    let version: String = version.finalize().iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    let hrefs: Vec<String> = paths.iter().map(|path| routes::href(path)).collect();
    // The offline page of each language, by the folder its pages sit under, longest first.
    let mut offline_pages: Vec<(String, String)> = paths
        .iter()
        .filter_map(|path| {
            let (language, page) = split_language(path);
            let folder = routes::href(&format!("{}/", language.path_prefix()));
            (page == routes::OFFLINE.path).then(|| (folder, routes::href(path)))
        })
        .collect();
    offline_pages.sort_by_key(|(folder, _)| std::cmp::Reverse(folder.len()));
    let worker = fill(
        SERVICE_WORKER,
        &[
            ("\"__VERSION__\"", json(&version)?),
            ("\"__SCOPE__\"", json(&routes::href("/"))?),
            ("\"__PRECACHE__\"", json(&hrefs)?),
            ("\"__OFFLINE__\"", json(&offline_pages)?),
        ],
    )?;
    let written =
        vec![write(output_dir, SERVICE_WORKER_FILE, worker)?, write(output_dir, KILL_SWITCH_FILE, KILL_SWITCH)?];
    Ok((written, Precache { paths, bytes }))
}

fn json(value: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(value).map_err(|err| err.to_string())
}

/// `template` with each placeholder replaced; a placeholder missing from it is a build error.
fn fill(template: &str, values: &[(&str, String)]) -> Result<String, String> {
    values.iter().try_fold(template.to_owned(), |text, (placeholder, value)| {
        if !text.contains(placeholder) {
            return Err(format!("web/sw.js: thiếu {placeholder}"));
        }
        Ok(text.replacen(placeholder, value, 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_file_the_build_did_not_write_fails_the_build() {
        let dir = std::env::temp_dir().join(format!("bhyt-sw-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), "<!DOCTYPE html>").unwrap();
        let error = write_service_worker(&dir, &[]).err().expect("no favicon.svg, no manifest");
        assert!(error.contains("/bieu-tuong-192.png"), "{error}");
        for file in ["favicon.svg", APP_MANIFEST_FILE, APP_ICONS[1].1] {
            std::fs::write(dir.join(file), file).unwrap();
        }
        let (_, kept) = write_service_worker(&dir, &[]).unwrap();
        assert_eq!(kept.paths, ["/", "/bieu-tuong-192.png", "/favicon.svg", "/manifest.json"]);
        // Each translation's home page and kept sections; not its other pages.
        for page in ["en", "en/lien-he", "en/ke-hoach"] {
            std::fs::create_dir_all(dir.join(page)).unwrap();
            std::fs::write(dir.join(page).join("index.html"), page).unwrap();
        }
        let pages = ["/en/", "/en/lien-he/", "/en/ke-hoach/"].map(str::to_owned);
        let (_, kept) = write_service_worker(&dir, &pages).unwrap();
        assert_eq!(kept.paths[..3], ["/", "/en/", "/en/lien-he/"]);
        assert!(!kept.paths.contains(&"/en/ke-hoach/".to_owned()));
        let worker = std::fs::read_to_string(dir.join(SERVICE_WORKER_FILE)).unwrap();
        assert!(!worker.contains("__"), "every placeholder is filled");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
