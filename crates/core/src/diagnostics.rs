//! Errors that name the file, the line and the field, so an official who mistyped a value in
//! `content/` can find it without reading Rust.

use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    /// 1-based; `None` only when the field is missing altogether and no better line exists.
    pub line: Option<usize>,
    /// Dotted path of the field as written in the file, e.g. `don_vi[2].dien_thoai`.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: trường `{}`: {}", self.file, line, self.field, self.message),
            None => write!(f, "{}: trường `{}`: {}", self.file, self.field, self.message),
        }
    }
}

impl std::error::Error for ContentError {}

/// 1-based line of a byte offset.
pub fn line_of_offset(source: &str, offset: usize) -> usize {
    source[..offset.min(source.len())].matches('\n').count() + 1
}

/// A problem found after parsing: the dotted field path as written in the file, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// A value with checks that parsing cannot make (order of dates, duplicate ids…).
pub trait Checked {
    fn problems(&self) -> Vec<Problem>;
}

/// The value if it has no problem, else the first problem as `trường `f`: message` (for data
/// that reaches the browser as JSON: validated at build time, checked again as input).
pub fn checked<T: Checked>(value: T) -> Result<T, String> {
    match value.problems().into_iter().next() {
        Some(problem) => Err(format!("trường `{}`: {}", problem.field, problem.message)),
        None => Ok(value),
    }
}

/// Parses TOML into `T` and runs its checks: every mistake named by file, line and field.
#[cfg(feature = "load")]
pub fn parse_checked_toml<T: serde::de::DeserializeOwned + Checked>(
    file: &str,
    source: &str,
) -> Result<T, ContentError> {
    let value: T = parse_toml(file, source)?;
    match value.problems().into_iter().next() {
        Some(problem) => Err(ContentError {
            file: file.to_owned(),
            line: locate_key(source, &problem.field),
            field: problem.field,
            message: problem.message,
        }),
        None => Ok(value),
    }
}

/// Parses TOML into `T`, turning any syntax or type error into a [`ContentError`] with the
/// field path (from `serde_path_to_error`) and the line (from the TOML span).
#[cfg(feature = "load")]
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, source: &str) -> Result<T, ContentError> {
    let deserializer = toml::Deserializer::parse(source).map_err(|err| ContentError {
        file: file.to_owned(),
        line: err.span().map(|span| line_of_offset(source, span.start)),
        field: "(cú pháp TOML)".to_owned(),
        message: first_line(err.message()),
    })?;
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        let inner = err.into_inner();
        let line = inner.span().map(|span| line_of_offset(source, span.start)).or_else(|| locate_key(source, &field));
        ContentError { file: file.to_owned(), line, field, message: first_line(inner.message()) }
    })
}

#[cfg(feature = "load")]
fn first_line(message: &str) -> String {
    message.lines().next().unwrap_or(message).trim().to_owned()
}

/// Finds the 1-based line where a dotted field path such as `lien_ket.fanpage` or
/// `don_vi[2].dien_thoai` is written, for errors found after parsing (bad URL, duplicate id).
/// Supports the shapes used in `content/`: `[table]`, `[[array]]` and `key = value` lines.
/// Falls back to the table header when the key itself is absent.
pub fn locate_key(source: &str, path: &str) -> Option<usize> {
    let (table, index, key) = split_path(path);
    let mut current_table = String::new();
    let mut array_counts: std::collections::HashMap<String, usize> = Default::default();
    let mut current_index = 0usize;
    let mut header_line = None;
    for (number, raw) in source.lines().enumerate() {
        let line = raw.trim();
        if let Some(name) = line.strip_prefix("[[").and_then(|l| l.split("]]").next()) {
            let count = array_counts.entry(name.trim().to_owned()).or_insert(0);
            current_table = name.trim().to_owned();
            current_index = *count;
            *count += 1;
            if current_table == table && Some(current_index) == index {
                header_line = Some(number + 1);
            }
        } else if let Some(name) = line.strip_prefix('[').and_then(|l| l.split(']').next()) {
            current_table = name.trim().to_owned();
            current_index = 0;
            if current_table == table && index.is_none() {
                header_line = Some(number + 1);
            }
        } else if let Some((name, _)) = line.split_once('=') {
            let in_place = current_table == table && (index.is_none() || Some(current_index) == index);
            if in_place && name.trim().trim_matches('"') == key {
                return Some(number + 1);
            }
        }
    }
    header_line
}

/// `don_vi[2].dien_thoai` → (`don_vi`, Some(2), `dien_thoai`); `ten` → (``, None, `ten`).
fn split_path(path: &str) -> (String, Option<usize>, String) {
    let (head, key) = match path.rsplit_once('.') {
        Some((head, key)) => (head, key),
        None => ("", path),
    };
    match head.split_once('[') {
        Some((table, rest)) => (table.to_owned(), rest.trim_end_matches(']').parse().ok(), key.to_owned()),
        None => (head.to_owned(), None, key.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "ten = \"x\"\n\n[lien_ket]\nfanpage = \"a\"\n\n[[don_vi]]\nma = \"a\"\n\n[[don_vi]]\nma = \"b\"\ndien_thoai = \"1\"\n";

    #[test]
    fn locates_keys_in_tables_and_arrays() {
        assert_eq!(locate_key(SAMPLE, "ten"), Some(1));
        assert_eq!(locate_key(SAMPLE, "lien_ket.fanpage"), Some(4));
        assert_eq!(locate_key(SAMPLE, "don_vi[1].ma"), Some(10));
        assert_eq!(locate_key(SAMPLE, "don_vi[1].dien_thoai"), Some(11));
        // Missing key: the header of its table.
        assert_eq!(locate_key(SAMPLE, "don_vi[0].dien_thoai"), Some(6));
        assert_eq!(locate_key(SAMPLE, "khong_co.gi"), None);
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Demo {
        ten: String,
        so: u32,
    }

    #[test]
    #[cfg(feature = "load")]
    fn type_errors_name_file_line_and_field() {
        let err = parse_toml::<Demo>("demo.toml", "ten = \"a\"\nso = \"mot\"\n").unwrap_err();
        assert_eq!(err.file, "demo.toml");
        assert_eq!(err.line, Some(2));
        assert_eq!(err.field, "so");
        assert!(err.to_string().starts_with("demo.toml:2: trường `so`:"), "{err}");
    }

    #[test]
    #[cfg(feature = "load")]
    fn syntax_errors_name_the_line() {
        let err = parse_toml::<Demo>("demo.toml", "ten = \"a\"\nso = = 1\n").unwrap_err();
        assert_eq!(err.line, Some(2));
    }
}
