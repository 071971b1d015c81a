//! bhyt-toan-dan: the public face of a commune's or ward's universal health insurance plan.
//!
//! The same Leptos components run twice: natively at build time (`ssr`, in the `prerender`
//! binary) to write one static HTML file per route, and in the browser (`hydrate`) to take
//! the pre-rendered page over. Domain logic lives in the plain-Rust crates under `crates/`.

// Leptos view types of the wizard pages nest deeper than the default limit allows.
#![recursion_limit = "256"]

pub mod app;
pub mod boot;
pub mod data;
pub mod layout;
pub mod page_meta;
pub mod pages;
pub mod policy_data;

#[cfg(feature = "ssr")]
pub mod prerender;
