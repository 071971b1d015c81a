//! Content model of the site: the locality configuration, the route table and (later) the
//! articles and plans. Plain Rust with no web dependencies, so `cargo test` runs it natively.
//!
//! Reading files from `content/` is behind the `load` feature: the WebAssembly app only ever
//! receives already-validated data as JSON.

pub mod document;
pub mod model;
pub mod routes;
pub mod site;
pub mod students;

#[cfg(feature = "load")]
pub mod feed;
#[cfg(feature = "load")]
pub mod loader;
#[cfg(feature = "load")]
pub mod markdown;
#[cfg(feature = "load")]
pub mod publish;
#[cfg(feature = "load")]
pub mod sample;
#[cfg(feature = "load")]
pub mod text;
