//! Turns the result's sentences (`content/chung/ket-qua.toml`) into a Rust table, so the
//! WebAssembly never reads TOML. The site's build checks the sentences themselves
//! (`bhyt_rules::check_sentences`, with file, line and field).

use std::path::Path;

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/chung/ket-qua.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let file = "content/chung/ket-qua.toml";
    let source = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {file}: {err}"));
    let table: toml::Table = source.parse().unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {file}: {err}"));
    let mut entries: Vec<(String, String)> = table
        .iter()
        .filter_map(|(section, entries)| Some((section, entries.as_table()?)))
        .flat_map(|(section, entries)| {
            entries.iter().filter_map(move |(key, text)| Some((format!("{section}.{key}"), text.as_str()?.to_owned())))
        })
        .collect();
    entries.sort();
    let keys: String = entries.iter().map(|(key, _)| format!("{key:?},\n")).collect();
    let texts: String = entries.iter().map(|(_, text)| format!("{text:?},\n")).collect();
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("ket-qua.rs");
    let source = format!(
        "/// The keys, for the checks (not in the WebAssembly).\n#[cfg(test)]\nstatic KEYS: &[&str] = &[\n{keys}];\nstatic TEXTS: &[&str] = &[\n{texts}];\n"
    );
    std::fs::write(&out, source).unwrap_or_else(|err| panic!("{}: {err}", out.display()));
}
