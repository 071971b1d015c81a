//! One module per route. Pages stay thin: figures and rules come from the crates under `crates/`.

pub mod about;
pub mod contacts;
pub mod content;
pub mod home;
pub mod not_found;
pub mod printables;
pub mod rules_review;
pub mod statistics;
pub mod students;
pub mod wizard;

use crate::page_meta::FixedPageMeta;
use bhyt_content::routes::Page;
use leptos::prelude::*;

/// Heading and lead paragraph shared by every page.
#[component]
pub fn PageHeading(#[prop(into)] title: String, #[prop(into, optional)] lead: Option<String>) -> impl IntoView {
    view! {
        <h1 class="heading-xl">{title}</h1>
        {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
    }
}

/// A fixed page whose body a later part of the project fills in: real title, description and
/// head tags, with a short note in place of the body.
#[component]
pub fn PlaceholderPage(page: Page, what: &'static str) -> impl IntoView {
    view! {
        <FixedPageMeta page/>
        <PageHeading title=page.title lead=page.description/>
        <div class="panel panel--info">
            <h2 class="heading-m">"Đang hoàn thiện"</h2>
            <p>{what}</p>
        </div>
    }
}
