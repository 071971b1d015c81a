//! The small shared pieces that the rules, content and statistics crates stand on (as Zola's
//! `components/utils` and `components/errors` sit under its other components): one date type,
//! the Vietnamese number format, query strings and percent-encoding, text helpers, and diagnostics that name the file, the line and
//! the field of a mistake. Plain Rust, no web dependencies.

pub mod date;
pub mod diagnostics;
pub mod number;
pub mod query;
pub mod text;

pub use date::{Date, DateError};
pub use diagnostics::{checked, Checked, ContentError, Problem};
pub use number::group_thousands;
pub use text::lowercase_first;
