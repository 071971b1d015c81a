//! Coverage statistics: the dashboard `/thong-ke/` and the iframe widget `/nhung/thong-ke/`.
//!
//! The pre-renderer writes the figures of the build-time snapshot into the page, so it reads
//! and shares without JavaScript. In the browser the [`LiveStatistics`] island fetches the
//! published file (which may be on another origin and may be newer), checks it with the same
//! strict parser, and builds the figures again from it; a broken or unreachable file leaves
//! the snapshot (or the last good copy kept on the device) on screen with a clear message.

#[cfg(target_arch = "wasm32")]
mod live;
#[cfg(feature = "ssr")]
pub mod page;
pub mod report;
pub mod view;

use leptos::prelude::*;

/// `id` of the element that holds the status and the figures.
pub const CONTAINER_ID: &str = "thong-ke";
/// `id` of the status area inside it (the live file's state, notices about the address).
pub const STATUS_ID: &str = "thong-ke-trang-thai";
/// `id` of the figures inside it.
pub const FIGURES_ID: &str = "thong-ke-so-lieu";
/// Attribute of the container with the snapshot's as-of date (`YYYY-MM-DD`); the page
/// writes it literally, as `data-snapshot-date`.
pub const SNAPSHOT_DATE_ATTRIBUTE: &str = "data-snapshot-date";

/// What a statistics page shows of the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Shows {
    Dashboard,
    /// The iframe widget.
    Widget,
    /// The year-end report of the year in the address.
    YearReport,
}

/// Takes over the pre-rendered figures in the browser. It renders nothing itself: it finds the
/// container by id, so the figures are never hydrated and cost no view code.
#[island]
pub fn LiveStatistics(shows: Shows) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| live::start(shows));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = shows;
}
