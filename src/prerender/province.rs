//! A province's overview of its communes, at the root of a province build (`./run build-all`):
//! `index.html`, its year-end report `thong-ke/bao-cao/`, its widget `nhung/thong-ke/` and the figures `du-lieu/thong-ke.json`, one unit
//! per commune, added up from the communes' snapshots. It is the commune dashboard with the
//! communes as its units, so it sorts, pages, exports and reloads the same way.

use super::{cache, load_site, load_snapshot, page_file, precompress_dir, render_document, write, Template};
use super::{write_app_files, write_statistics_files, COMPRESSION_CACHE, PICTURES_CACHE};
use crate::app::{ProvinceApp, WidgetApp};
use crate::site::boot::{BuildData, CommuneFile};
use crate::site::share_pictures::SharePictures;
use crate::statistics::page::Snapshot;
use bhyt_content::routes;
use bhyt_content::{SiteConfig, UnitContact};
use bhyt_core::{origin_and_path, Date, Language};
use bhyt_rules::LocalTopUps;
use bhyt_stats::Statistics;
use leptos::prelude::*;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The province's own file beside the communes' folders.
pub const PROVINCE_FILE: &str = "tinh.toml";

pub struct ProvinceOptions {
    /// A copy of trunk's output, which becomes the root of the province build.
    pub output_dir: PathBuf,
    /// The content folder: `tinh.toml` and one folder per commune.
    pub content_dir: PathBuf,
    pub built_on: Date,
    pub cache_dir: Option<PathBuf>,
}

pub fn run_province(options: &ProvinceOptions) -> Result<Vec<PathBuf>, String> {
    let mut site = load_province(&options.content_dir)?;
    let (mut communes, mut files) = (Vec::new(), Vec::new());
    for id in commune_ids(&options.content_dir)? {
        let dir = options.content_dir.join(&id);
        let commune = load_site(&dir)?;
        check_address(&site, &commune, &dir)?;
        let (snapshot, _) = load_snapshot(&dir, &commune, options.built_on)?;
        site.units.push(contact(&commune)?);
        files.push(live_file(&site, &commune));
        communes.push(Arc::unwrap_or_clone(snapshot.0));
    }
    let statistics = province_figures(&site, &communes)?;
    let translations = super::load_translations(
        &options.content_dir,
        &site.locality.id,
        &[Language::SOURCE],
        &site.locality.unit_kind,
    )?;
    routes::serve_under(&site.locality.base_url);
    let build = BuildData {
        site,
        local_top_ups: LocalTopUps::default(),
        built_on: options.built_on,
        communes: files,
        review_sample_people: None,
        translations,
    };

    let template = Template::from_trunk_output(&options.output_dir)?;
    let snapshot = Snapshot(Arc::new(statistics));
    let pictures = Arc::new(SharePictures::of_statistics(&build, &snapshot));

    let json = serde_json::to_string_pretty(&*snapshot.0).map_err(|err| err.to_string())?;
    let mut written = write_statistics_files(&options.output_dir, &options.content_dir, &json)?;
    written.extend(write_app_files(&options.output_dir, &build)?);
    for path in [routes::HOME.path, routes::REPORT.path, routes::WIDGET.path] {
        let html = render_document(&template, path, &build, || {
            provide_context(snapshot.clone());
            provide_context(pictures.clone());
            let data = build.clone();
            if path == routes::WIDGET.path {
                view! { <WidgetApp data/> }.into_any()
            } else {
                view! { <ProvinceApp data/> }.into_any()
            }
        })?;
        written.push(write(&options.output_dir, &page_file(path), &html)?);
    }
    let all_pictures = pictures.all();
    bhyt_share_image::write_pictures(
        &pictures.frame,
        &all_pictures,
        &options.output_dir,
        cache(&options.cache_dir, PICTURES_CACHE).as_deref(),
    )?;
    written.extend(all_pictures.iter().map(|picture| options.output_dir.join(picture.file())));
    precompress_dir(&options.output_dir, cache(&options.cache_dir, COMPRESSION_CACHE).as_deref())?;
    Ok(written)
}

/// `tinh.toml`: a `site.toml` whose `cap` is `tinh` or `thanh-pho`, without `don_vi` (the
/// communes are its units).
fn load_province(content_dir: &Path) -> Result<SiteConfig, String> {
    let path = content_dir.join(PROVINCE_FILE);
    let source = std::fs::read_to_string(&path).map_err(|err| format!("{}: {err}", path.display()))?;
    let site = SiteConfig::from_toml(&path.display().to_string(), &source).map_err(|err| err.to_string())?;
    if !site.locality.is_province() {
        let line = bhyt_core::locate_key(&source, "dia_phuong.cap").map_or(String::new(), |line| format!(":{line}"));
        return Err(format!("{}{line}: dia_phuong.cap: phải là \"tinh\" hoặc \"thanh-pho\"", path.display()));
    }
    Ok(site)
}

/// Every folder of `content_dir` with a `site.toml`, by name.
fn commune_ids(content_dir: &Path) -> Result<Vec<String>, String> {
    let entries = std::fs::read_dir(content_dir).map_err(|err| format!("{}: {err}", content_dir.display()))?;
    let mut ids: Vec<String> = entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("site.toml").is_file())
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    ids.sort();
    // The province's own pages and files sit beside the communes' folders.
    let taken = [routes::REPORT.path, routes::WIDGET.path, routes::SNAPSHOT_PATH, bhyt_share_image::PICTURE_DIR];
    if let Some(id) = ids.iter().find(|id| taken.iter().any(|path| path.split('/').nth(1) == Some(id.as_str()))) {
        return Err(format!(
            "{}: thư mục `{id}` trùng tên với một trang của tỉnh (/{id}/); hãy đổi tên thư mục của xã, phường (và dia_chi_trang của nó)",
            content_dir.join(id).display()
        ));
    }
    Ok(ids)
}

/// Whom the overview names for a commune, with its site: its people's committee, or else its
/// first office with a phone number.
fn contact(commune: &SiteConfig) -> Result<UnitContact, String> {
    let office = commune
        .peoples_committee()
        .filter(|office| office.phone.is_some())
        .or_else(|| commune.offices.iter().find(|office| office.phone.is_some()))
        .ok_or_else(|| {
            format!(
                "{}/site.toml: co_quan: trang tổng hợp của tỉnh cần một cơ quan có số điện thoại (dien_thoai)",
                commune.locality.id
            )
        })?;
    Ok(UnitContact {
        id: commune.locality.id.clone(),
        name: commune.locality.full_name(),
        person: office.name.clone(),
        role: "Đầu mối bảo hiểm y tế".to_owned(),
        phone: office.phone.clone().unwrap_or_default(),
        zalo: office.zalo.clone(),
        site: Some(format!("{}/", commune.locality.base_url)),
    })
}

/// On the province's host, a commune is served from its folder (`OUT_DIR/<folder>/`), so its
/// address must be the province's followed by `/<folder>`: any other path would send every
/// link of its pages elsewhere.
fn check_address(province: &SiteConfig, commune: &SiteConfig, dir: &Path) -> Result<(), String> {
    let folder = dir.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let address = &commune.locality.base_url;
    let expected = format!("{}/{folder}", province.locality.base_url);
    if origin_and_path(address).0 != origin_and_path(&province.locality.base_url).0 || *address == expected {
        return Ok(());
    }
    let file = dir.join("site.toml");
    let line = std::fs::read_to_string(&file)
        .ok()
        .and_then(|source| bhyt_core::locate_key(&source, "dia_phuong.dia_chi_trang"))
        .map_or(String::new(), |line| format!(":{line}"));
    Err(format!(
        "{}{line}: dia_phuong.dia_chi_trang: cùng máy chủ với trang của tỉnh nên phải là `{expected}` (tên thư mục của xã, phường), đang là `{address}`",
        file.display()
    ))
}

/// The communes' snapshots added up.
fn province_figures(site: &SiteConfig, communes: &[Statistics]) -> Result<Statistics, String> {
    let province = bhyt_stats::Locality { id: site.locality.id.clone(), name: site.locality.full_name() };
    bhyt_stats::province_statistics(province, communes)
        .ok_or_else(|| "không có xã, phường nào (thư mục có site.toml) để tổng hợp".to_owned())
}

/// Where the overview fetches a commune's live file: its address as the commune's own pages
/// do, from the host's root when the commune is on the province's host.
fn live_file(province: &SiteConfig, commune: &SiteConfig) -> CommuneFile {
    let url = &commune.statistics.url;
    let url = if !url.starts_with('/') {
        url.clone()
    } else if origin_and_path(&commune.locality.base_url).0 == origin_and_path(&province.locality.base_url).0 {
        routes::href_under(routes::base_path(&commune.locality.base_url), url)
    } else {
        routes::absolute_url(&commune.locality.base_url, url)
    };
    CommuneFile { name: commune.locality.full_name(), url }
}
