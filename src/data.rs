//! Data that grows (plans, news, statistics snapshots) is never compiled into the WebAssembly:
//! the pre-renderer writes it as JSON files under `/du-lieu/` and renders each page from the
//! same JSON. In the browser a page hydrates from the value embedded in its HTML, and on
//! client-side navigation the app fetches the file.

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::{de::DeserializeOwned, Serialize};
use std::collections::HashMap;
use std::sync::Arc;

/// Folder of the data files in `dist/`.
pub const DATA_DIR: &str = "/du-lieu";

pub const PLAN_DATA: &str = "/du-lieu/ke-hoach.json";
pub const QUESTIONS_DATA: &str = "/du-lieu/hoi-dap.json";

/// `/du-lieu/tin-tuc/trang-1.json`
pub fn news_page_data(number: usize) -> String {
    format!("{DATA_DIR}/tin-tuc/trang-{number}.json")
}

/// `/du-lieu/tin-tuc/<slug>.json`
pub fn article_data(slug: &str) -> String {
    format!("{DATA_DIR}/tin-tuc/{slug}.json")
}

/// Path → JSON of every data file, provided while pre-rendering.
#[derive(Clone, Default)]
pub struct DataFiles(pub Arc<HashMap<String, String>>);

/// Why a data file could not be shown. The text is shown to residents.
pub type DataError = String;

/// A Resource reading the data file at `path()`.
pub fn data_resource<T>(path: impl Fn() -> String + Send + Sync + 'static) -> Resource<Result<T, DataError>>
where
    T: Serialize + DeserializeOwned + Send + Sync + Clone + 'static,
{
    let files = use_context::<DataFiles>();
    Resource::new(path, move |path| {
        let files = files.clone();
        // Browser futures are not `Send`; they only ever run on the page's one thread.
        SendWrapper::new(async move { load(files, &path).await })
    })
}

#[cfg(feature = "ssr")]
async fn load<T: DeserializeOwned>(files: Option<DataFiles>, path: &str) -> Result<T, DataError> {
    let json = files
        .and_then(|files| files.0.get(path).cloned())
        .ok_or_else(|| format!("không có tệp dữ liệu {path}"))?;
    serde_json::from_str(&json).map_err(|err| format!("{path}: {err}"))
}

#[cfg(not(feature = "ssr"))]
async fn load<T: DeserializeOwned>(_files: Option<DataFiles>, path: &str) -> Result<T, DataError> {
    fetch_text(path).await.and_then(|text| serde_json::from_str(&text).map_err(|_| "dữ liệu bị hỏng".to_owned()))
}

/// GET a same-origin or cross-origin file as text.
#[cfg(all(not(feature = "ssr"), target_arch = "wasm32"))]
pub async fn fetch_text(url: &str) -> Result<String, DataError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| "không tải được dữ liệu (kiểm tra kết nối mạng)".to_owned())?;
    if response.status() == 404 {
        return Err("không tìm thấy".to_owned());
    }
    if !response.ok() {
        return Err(format!("máy chủ trả lời lỗi {}", response.status()));
    }
    response.text().await.map_err(|_| "không đọc được dữ liệu".to_owned())
}

#[cfg(all(not(feature = "ssr"), not(target_arch = "wasm32")))]
pub async fn fetch_text(_url: &str) -> Result<String, DataError> {
    Err("chỉ tải được trong trình duyệt".to_owned())
}
