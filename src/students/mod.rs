//! The student insurance guide (`/hoc-sinh/`) and its printables, the handout and the poster.
//! Words from `content/chung/hoc-sinh.toml`, figures from `bhyt_rules::school`; the one island
//! switches the dated figures in the browser.

pub mod dated;
#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod printables;
