//! "Chia sẻ trang này": links that work without JavaScript (Facebook, Zalo, a QR code made at
//! build time), plus copy-link and the phone's own share sheet once the app is running.

use crate::site::boot::BootData;
use bhyt_content::routes::{absolute_url, qr_code_path};
use leptos::prelude::*;

#[component]
pub fn ShareBlock(
    /// Site path of the page, e.g. `/tin-tuc/bai-a/`.
    #[prop(into)]
    path: String,
    #[prop(into)] title: String,
) -> impl IntoView {
    let site = expect_context::<BootData>().site;
    let url = absolute_url(&site.locality.base_url, &path);
    let qr = qr_code_path(&path);
    view! {
        <section class="share no-print" aria-labelledby="chia-se-tieu-de">
            <h2 id="chia-se-tieu-de" class="heading-m">"Chia sẻ trang này"</h2>
            <ShareButtons url=url.clone() title=title.clone()/>
            <details class="share__qr">
                <summary>"Mã QR của trang (in dán ở nhà văn hóa, bảng tin)"</summary>
                <img src=qr alt=format!("Mã QR dẫn tới trang: {title}") width="200" height="200" loading="lazy"/>
                <p class="hint">{url}</p>
            </details>
        </section>
    }
}

/// The buttons that need JavaScript: they only appear once the island is running.
#[island]
fn ShareButtons(url: String, title: String) -> impl IntoView {
    let mounted = RwSignal::new(false);
    Effect::new(move |_| mounted.set(true));
    let copied = RwSignal::new(false);
    let shared = StoredValue::new((title, url.clone()));
    let encoded = encode_uri_component(&url);
    let facebook = format!("https://www.facebook.com/sharer/sharer.php?u={encoded}");
    let zalo = format!("https://zalo.me/share?url={encoded}");
    view! {
            <ul class="share__list">
                <Show when=move || mounted.get()>
                    <li>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            shared.with_value(|(_, url)| copy_link(url, copied))
                        }>"Sao chép đường liên kết"</button>
                    </li>
                    <Show when=can_share_natively>
                        <li>
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                shared.with_value(|(title, url)| share_natively(title, url))
                            }>"Chia sẻ qua ứng dụng khác"</button>
                        </li>
                    </Show>
                </Show>
                <li><a class="button button--secondary" href=facebook rel="noopener">"Chia sẻ lên Facebook"</a></li>
                <li><a class="button button--secondary" href=zalo rel="noopener">"Chia sẻ qua Zalo"</a></li>
            </ul>
            <p class="share__status" role="status">
                {move || copied.get().then_some("Đã sao chép đường liên kết. Bạn có thể dán vào Zalo hoặc Facebook.")}
            </p>
    }
}

/// Percent-encodes a URL for use as a query value (RFC 3986 unreserved characters stay).
pub fn encode_uri_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(target_arch = "wasm32")]
fn can_share_natively() -> bool {
    use leptos::wasm_bindgen::JsValue;
    let navigator = window().navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("share")).unwrap_or(false)
}

#[cfg(not(target_arch = "wasm32"))]
fn can_share_natively() -> bool {
    false
}

#[cfg(target_arch = "wasm32")]
fn copy_link(url: &str, copied: RwSignal<bool>) {
    let promise = window().navigator().clipboard().write_text(url);
    leptos::task::spawn_local(async move {
        copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn copy_link(_url: &str, _copied: RwSignal<bool>) {}

#[cfg(target_arch = "wasm32")]
fn share_natively(title: &str, url: &str) {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(url);
    // The person may cancel the share sheet; nothing to report then.
    let _ = window().navigator().share_with_data(&data);
}

#[cfg(not(target_arch = "wasm32"))]
fn share_natively(_title: &str, _url: &str) {}

#[cfg(test)]
mod tests {
    use super::encode_uri_component;

    #[test]
    fn encodes_urls_for_query_values() {
        assert_eq!(encode_uri_component("https://a.vn/tin-tuc/b/"), "https%3A%2F%2Fa.vn%2Ftin-tuc%2Fb%2F");
        assert_eq!(encode_uri_component("ấp"), "%E1%BA%A5p");
    }
}
