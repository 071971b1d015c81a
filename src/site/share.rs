//! "Chia sẻ trang này": links that work without JavaScript (Facebook, Zalo, a read-only field
//! with the page's address that a resident can long-press and copy, a QR code made at build
//! time). No WebAssembly: `public/share.js`, a small module that only pages with this block
//! load, reveals the copy button and, where the phone has one, its own share sheet.

use crate::site::boot::BuildData;
use bhyt_content::routes::{self, absolute_url, qr_code_path};
use leptos::prelude::*;

/// Attribute of the block that `public/share.js` looks for; the pre-renderer loads the script
/// only on pages that carry it.
pub const SHARE_BLOCK_ATTRIBUTE: &str = "data-share-title";

#[component]
pub fn ShareBlock(
    /// Site path of the page, e.g. `/tin-tuc/bai-a/`.
    #[prop(into)]
    path: String,
    #[prop(into)] title: String,
) -> impl IntoView {
    let site = expect_context::<BuildData>().site;
    let url = absolute_url(&site.locality.base_url, &path);
    let qr = routes::href(&qr_code_path(&path));
    view! {
        <section class="share no-print" aria-labelledby="chia-se-tieu-de" data-share-title=title.clone()>
            <h2 id="chia-se-tieu-de" class="heading-m">"Chia sẻ trang này"</h2>
            <ShareButtons url=url.clone()/>
            <details class="share__qr">
                <summary>"Mã QR của trang (in dán ở nhà văn hóa, bảng tin)"</summary>
                <img src=qr alt=format!("Mã QR dẫn tới trang: {title}") width="200" height="200" loading="lazy"/>
                <p class="hint">{url}</p>
            </details>
        </section>
    }
}

/// The links, the address field, and the two buttons `share.js` reveals (hidden until then:
/// without JavaScript they could do nothing).
#[component]
fn ShareButtons(url: String) -> impl IntoView {
    let encoded = bhyt_core::query::percent_encode(&url);
    let facebook = format!("https://www.facebook.com/sharer/sharer.php?u={encoded}");
    let zalo = format!("https://zalo.me/share?url={encoded}");
    view! {
        <ul class="share__list">
            <li hidden>
                <button type="button" class="button button--secondary" data-share="copy">"Sao chép đường liên kết"</button>
            </li>
            <li hidden>
                <button type="button" class="button button--secondary" data-share="native">"Chia sẻ qua ứng dụng khác"</button>
            </li>
            <li><a class="button button--secondary" href=facebook rel="noopener">"Chia sẻ lên Facebook"</a></li>
            <li><a class="button button--secondary" href=zalo rel="noopener">"Chia sẻ qua Zalo"</a></li>
        </ul>
        <p class="share__field">
            <label for="chia-se-duong-dan">"Đường liên kết của trang (giữ ngón tay trên ô để sao chép)"</label>
            <input id="chia-se-duong-dan" class="input input--full" type="url" readonly value=url/>
        </p>
        <p class="share__status" role="status"></p>
    }
}
