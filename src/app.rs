//! The application shell and its routes.

use crate::boot::BootData;
use crate::layout::{SampleNotice, SiteFooter, SiteHeader, SkipLink, MAIN_ID};
use crate::pages::{
    about::AboutPage, contacts::ContactsPage, home::HomePage, not_found::NotFoundPage, PlaceholderPage,
};
use crate::pages::wizard::{start::WizardStartPage, WizardRoute};
use bhyt_content::routes;
use leptos::prelude::*;
use leptos_meta::provide_meta_context;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

#[component]
pub fn App(boot: BootData) -> impl IntoView {
    provide_meta_context();
    provide_context(boot);
    mark_document_hydrated();
    view! {
        <Router>
            <FocusOnNavigation/>
            <SkipLink/>
            <SiteHeader/>
            <main id=MAIN_ID class="main" tabindex="-1">
                <SampleNotice/>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/tu-kiem-tra") view=WizardStartPage/>
                    <Route path=path!("/tu-kiem-tra/cau-hoi/:cau") view=WizardRoute/>
                    <Route path=path!("/tu-kiem-tra/:trang") view=WizardRoute/>
                    <Route path=path!("/ke-hoach") view=|| view! {
                        <PlaceholderPage page=routes::PLAN what="Toàn văn kế hoạch của địa phương, mục lục, mục tiêu và phân công nhiệm vụ sẽ được đăng tại đây."/>
                    }/>
                    <Route path=path!("/tin-tuc") view=|| view! {
                        <PlaceholderPage page=routes::NEWS what="Tin tức, gương điển hình, hỏi đáp và cải chính thông tin sai sẽ được đăng tại đây."/>
                    }/>
                    <Route path=path!("/thong-ke") view=|| view! {
                        <PlaceholderPage page=routes::STATISTICS what="Tỷ lệ tham gia theo từng đơn vị, biểu đồ và bảng số liệu sẽ được hiển thị tại đây."/>
                    }/>
                    <Route path=path!("/hoc-sinh") view=|| view! {
                        <PlaceholderPage page=routes::STUDENTS what="Hướng dẫn bảo hiểm y tế học sinh, sinh viên cho năm học này sẽ được đăng tại đây."/>
                    }/>
                    <Route path=path!("/lien-he") view=ContactsPage/>
                    <Route path=path!("/ve-trang-nay") view=AboutPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
}

/// Moves keyboard and screen-reader focus like a full page load would: to the target of an
/// in-page link (`#…`), else to the main content. The router handles those clicks itself, so
/// without this the skip link and table-of-contents links would scroll but leave focus behind.
#[component]
fn FocusOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<(String, String)>| {
        let current = (location.pathname.get(), location.hash.get());
        // The first run is the page load itself, where the browser has already done this.
        if previous.is_some() {
            #[cfg(target_arch = "wasm32")]
            focus_target(&current.1);
        }
        current
    });
}

#[cfg(target_arch = "wasm32")]
fn focus_target(hash: &str) {
    use leptos::wasm_bindgen::JsCast;
    let id = hash.trim_start_matches('#');
    let id = if id.is_empty() { MAIN_ID } else { id };
    let Some(element) = document().get_element_by_id(id) else { return };
    if !element.has_attribute("tabindex") {
        let _ = element.set_attribute("tabindex", "-1");
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Sets `data-hydrated="true"` on `<html>` once the app has taken the page over, so styles
/// and browser tests can tell the interactive page from the static one. Effects never run
/// during pre-rendering.
fn mark_document_hydrated() {
    Effect::new(|_| {
        #[cfg(target_arch = "wasm32")]
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-hydrated", "true");
        }
    });
}
