//! The self-check wizard's pages as rendered at build time. The interactive part is the
//! [`WizardContent`] island beside it in `crate::wizard`.

use crate::pages::not_found::NotFoundPage;
use crate::site::page_meta::PageMeta;
use crate::wizard::{WizardContent, WizardPage};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_location;

/// Every wizard page except the start page: its head tags at build time, and the island
/// that fills it in the browser.
#[component]
pub fn WizardRoute() -> impl IntoView {
    let path = use_location().pathname.get_untracked();
    match WizardPage::from_path(&path) {
        None => Either::Left(view! { <NotFoundPage/> }),
        Some(page) => Either::Right(view! {
            <PageMeta title=page.title() description=page.description() path=page.path()/>
            <WizardContent path=page.path()/>
        }),
    }
}
