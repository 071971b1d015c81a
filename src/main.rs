//! WebAssembly entry point: hydrate the pre-rendered page.

// The wizard pages' view types nest deeper than the default limit (see src/lib.rs).
#![recursion_limit = "256"]

#[cfg(target_arch = "wasm32")]
fn main() {
    use bhyt_toan_dan::{app::App, boot};
    console_error_panic_hook::set_once();
    match boot::read_from_page() {
        Ok(boot) => leptos::mount::hydrate_body(move || leptos::view! { <App boot/> }),
        // The pre-rendered page stays fully readable; only the interactive parts are missing.
        Err(message) => leptos::logging::error!("{message}"),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
