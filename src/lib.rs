#![recursion_limit = "256"]
//! bhyt-toan-dan: the public face of a commune's or ward's universal health insurance plan.
//!
//! Every page is rendered natively at build time (`ssr`, in the `prerender` binary) into a
//! static HTML file. The few interactive parts are Leptos islands (`#[island]`): only they are
//! compiled into the WebAssembly (`hydrate`) and hydrated in the browser, so content never
//! costs WebAssembly bytes. Domain logic lives in the plain-Rust crates under `crates/`.

// The site's parts. Each holds its pages (rendered at build time, behind `ssr`) beside the
// islands they use. A part with islands has a feature: its WebAssembly module (islands/*)
// compiles only that part's islands; `ssr` has them all.
pub mod plan_news;
#[cfg(feature = "review")]
pub mod review;
pub mod site;
#[cfg(feature = "statistics")]
pub mod statistics;
pub mod students;
#[cfg(feature = "wizard")]
pub mod wizard;

// Rendered at build time only: the general pages, the shell and the generator.
#[cfg(feature = "ssr")]
pub mod app;
#[cfg(feature = "ssr")]
pub mod pages;
#[cfg(feature = "ssr")]
pub mod prerender;

/// WebAssembly entry point of each module. Only the interactive islands are hydrated:
/// `public/islands.js` loads the modules a page names, then walks the page and calls each
/// island's exported hydrate function. The rest of every page is static HTML that needs no code.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
