//! "Chia sẻ trang này": links that work without JavaScript (Facebook, Zalo, a QR code made at
//! build time), plus copy-link and the phone's own share sheet once the app is running.

use crate::site::boot::BootData;
use crate::site::browser;
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
    let encoded = bhyt_core::query::percent_encode(&url);
    let facebook = format!("https://www.facebook.com/sharer/sharer.php?u={encoded}");
    let zalo = format!("https://zalo.me/share?url={encoded}");
    view! {
            <ul class="share__list">
                <Show when=move || mounted.get()>
                    <li>
                        <button type="button" class="button button--secondary" on:click=move |_| {
                            shared.with_value(|(_, url)| browser::copy_text(url, move |done| copied.set(done)))
                        }>"Sao chép đường liên kết"</button>
                    </li>
                    <Show when=browser::can_share>
                        <li>
                            <button type="button" class="button button--secondary" on:click=move |_| {
                                shared.with_value(|(title, url)| browser::share(title, url))
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
