//! The small shared pieces that the rules, content and statistics crates stand on (as Zola's
//! `components/utils` and `components/errors` sit under its other components): one date type,
//! the Vietnamese number format, the languages a site publishes, query strings and percent-encoding, text helpers, and
//! diagnostics that name the file, the line and the field of a mistake. Plain Rust, no web
//! dependencies.
//!
//! The modules are private behind one list of names; `query` stays a namespace, because its
//! functions read as `query::pairs`, `query::value`.

mod date;
mod diagnostics;
mod language;
mod number;
pub mod query;
mod sort;
mod text;
mod translation;
mod url;

pub use date::{days_in_month, is_leap_year, Date, DateError};
pub use diagnostics::{checked, line_of_offset, locate_key, Checked, ContentError, Problem};
#[cfg(feature = "load")]
pub use diagnostics::{parse_checked_toml, parse_toml};
pub use language::{Language, ENGLISH_MONTHS};
pub use number::group_thousands;
pub use sort::sort_short_by_key;
pub use text::{lowercase, lowercase_first};
pub use translation::{
    current_language, install, tr, translated, translated_sentence, with_translation, Installed, Translation,
};
pub use url::origin_and_path;
