//! `/ngoai-tuyen/`: what the service worker shows, without a network, for a page that was never
//! saved on the phone (`web/sw.js`), in the language of that page: what is saved, as links.

use super::PageHeading;
use crate::prerender::offline::KEPT_SECTIONS;
use crate::site::language::{use_words, PageLink};
use crate::site::page_meta::PageMeta;
use bhyt_content::routes;
use leptos::prelude::*;

#[component]
pub fn OfflinePage() -> impl IntoView {
    let words = use_words();
    let offline = words.offline.clone();
    let saved = [routes::HOME]
        .into_iter()
        .chain(KEPT_SECTIONS)
        .map(|page| {
            let label = words.nav_label(page).unwrap_or_else(|| page.title.to_owned());
            view! { <li><PageLink path=page.path label/></li> }
        })
        .collect_view();
    view! {
        <PageMeta title=offline.heading.clone() description=offline.lead.clone() path=routes::OFFLINE.path/>
        <PageHeading title=offline.heading.clone() lead=offline.lead.clone()/>
        <p>{offline.saved.clone()}</p>
        <ul class="list list--bullet">{saved}</ul>
        <p>{offline.retry.clone()}</p>
    }
}
