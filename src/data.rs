//! Reading published data in the browser (the statistics file may live on another origin).

/// Why a file could not be shown. The text is shown to residents.
pub type DataError = String;

/// GET a same-origin or cross-origin file as text.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(url: &str) -> Result<String, DataError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|_| "không tải được dữ liệu (kiểm tra kết nối mạng)".to_owned())?;
    if response.status() == 404 {
        return Err("không tìm thấy tệp dữ liệu".to_owned());
    }
    if !response.ok() {
        return Err(format!("máy chủ trả lời lỗi {}", response.status()));
    }
    response.text().await.map_err(|_| "không đọc được dữ liệu".to_owned())
}
