//! The student insurance guide (`/hoc-sinh/`) and its printables, the handout and the poster.
//! Words from `content/chung/hoc-sinh.toml`, figures from `bhyt_rules::school`. It has no island:
//! `public/dated.js` switches the dated figures in the browser.

#[cfg(feature = "ssr")]
pub mod page;
#[cfg(feature = "ssr")]
pub mod printables;
