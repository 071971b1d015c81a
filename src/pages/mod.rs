//! The locality's general pages, one module per page: home, contacts, about, the rules
//! review and the fallback page. Rendered at build time only; none has an island. Pages stay
//! thin: figures and rules come from the crates under `crates/`.

pub mod about;
pub mod contacts;
pub mod home;
pub mod not_found;
pub mod offline;
pub mod rules_review;

use leptos::prelude::*;

/// Heading and lead paragraph shared by every page.
#[component]
pub fn PageHeading(#[prop(into)] title: String, #[prop(into, optional)] lead: Option<String>) -> impl IntoView {
    view! {
        <h1 class="heading-xl">{title}</h1>
        {lead.map(|lead| view! { <p class="lead">{lead}</p> })}
    }
}
