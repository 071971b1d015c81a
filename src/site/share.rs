//! "Chia sẻ trang này": links that work without JavaScript (Facebook, Zalo, a read-only field
//! with the page's address that a resident can long-press and copy, a QR code made at build
//! time). No WebAssembly: `public/share.js`, a small module that only pages with this block
//! load, reveals the copy button and, where the phone has one, its own share sheet.

use crate::site::boot::BuildData;
use crate::site::language::{path_in, use_language, use_words};
use bhyt_content::routes::{self, absolute_url, qr_code_path};
use bhyt_content::{fill, ShareWords};
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
    // The page in the language it is read in: its address and its QR code.
    let path = path_in(use_language(), &path);
    let url = absolute_url(&site.locality.base_url, &path);
    let qr = routes::href(&qr_code_path(&path));
    let words = use_words().share.clone();
    let alt = fill(&words.qr_alt, &[("tieu_de", &title)]);
    view! {
        <section class="share no-print" aria-labelledby="chia-se-tieu-de" data-share-title=title.clone()>
            <h2 id="chia-se-tieu-de" class="heading-m">{words.heading.clone()}</h2>
            <ShareButtons url=url.clone() words=words.clone()/>
            <details class="share__qr">
                <summary>{words.qr_summary.clone()}</summary>
                <img src=qr alt=alt width="200" height="200" loading="lazy"/>
                <p class="hint">{url}</p>
            </details>
        </section>
    }
}

/// The links, the address field, and the two buttons `share.js` reveals (hidden until then:
/// without JavaScript they could do nothing).
#[component]
fn ShareButtons(url: String, words: ShareWords) -> impl IntoView {
    let encoded = bhyt_core::query::percent_encode(&url);
    let facebook = format!("https://www.facebook.com/sharer/sharer.php?u={encoded}");
    let zalo = format!("https://zalo.me/share?url={encoded}");
    view! {
        <ul class="share__list">
            <li hidden>
                <button type="button" class="button button--secondary" data-share="copy" data-copied=words.copied.clone()>{words.copy.clone()}</button>
            </li>
            <li hidden>
                <button type="button" class="button button--secondary" data-share="native">{words.other_app.clone()}</button>
            </li>
            <li><a class="button button--secondary" href=facebook rel="noopener">{words.facebook.clone()}</a></li>
            <li><a class="button button--secondary" href=zalo rel="noopener">{words.zalo.clone()}</a></li>
        </ul>
        <p class="share__field">
            <label for="chia-se-duong-dan">{words.address_field.clone()}</label>
            <input id="chia-se-duong-dan" class="input input--full" type="url" readonly value=url/>
        </p>
        <p class="share__status" role="status"></p>
    }
}
