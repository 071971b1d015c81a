//! Checks the result's sentences, and validates the national policy file and hands it to the
//! app as JSON, so the WebAssembly never parses TOML. A mistake in either file stops the build
//! with the file, the line and the field.

fn main() {
    island_texts();
    // The result's sentences: bhyt_rules embeds them; a sentence with a figure or a wrong
    // placeholder stops the build here, with the file, the line and the field.
    let sentences = bhyt_rules::SENTENCES_FILE;
    println!("cargo:rerun-if-changed={sentences}");
    let source = std::fs::read_to_string(sentences).unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {sentences}: {err}"));
    bhyt_rules::check_sentences(sentences, &source).unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {err}"));

    let path = "content/chinh-sach.toml";
    println!("cargo:rerun-if-changed={path}");
    let source = std::fs::read_to_string(path).unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {path}: {err}"));
    let policy = bhyt_rules::Policy::from_toml(path, &source).unwrap_or_else(|err| panic!("LỖI NỘI DUNG: {err}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("chinh-sach.json");
    std::fs::write(&out, policy.to_json()).unwrap_or_else(|err| panic!("{}: {err}", out.display()));
    // The WebAssembly builds the policy from Rust source instead: no JSON parser for it there.
    use bhyt_rules::RustSource;
    let source = out.with_file_name("chinh-sach.rs");
    std::fs::write(&source, policy.rust_source()).unwrap_or_else(|err| panic!("{}: {err}", source.display()));
}

/// Every Vietnamese text an island's code writes as `tr("…")`: a translation must give each,
/// and no other (`prerender::island_translation`). The self-check's are in the rules crate and
/// `src/wizard/`; the statistics' in the statistics crate and `src/statistics/`.
fn island_texts() {
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("island-texts.rs");
    let mut tables = String::new();
    for (name, folders) in [
        ("WIZARD_TEXTS", ["crates/rules/src", "src/wizard"]),
        ("STATISTICS_TEXTS", ["crates/stats/src", "src/statistics"]),
    ] {
        let mut texts = std::collections::BTreeSet::new();
        for folder in folders {
            println!("cargo:rerun-if-changed={folder}");
            let mut files: Vec<_> = std::fs::read_dir(folder)
                .unwrap_or_else(|err| panic!("{folder}: {err}"))
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|extension| extension == "rs"))
                .collect();
            files.sort();
            for file in files {
                let source = std::fs::read_to_string(&file).unwrap_or_else(|err| panic!("{}: {err}", file.display()));
                // Tests write Vietnamese to compare with, not to show.
                let code = source.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
                texts.extend(literals_after(code, "tr("));
            }
        }
        let list: String = texts.iter().map(|text| format!("{text:?},\n")).collect();
        tables.push_str(&format!("pub static {name}: &[&str] = &[\n{list}];\n"));
    }
    std::fs::write(&out, tables).unwrap_or_else(|err| panic!("{}: {err}", out.display()));
}

/// The string literals that each call `opening` (`tr(`) takes, unescaped; rustfmt may put the
/// literal on the next line.
fn literals_after(code: &str, opening: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in code.match_indices(opening) {
        if code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let Some(literal) = code[start + opening.len()..].trim_start().strip_prefix('"') else {
            continue;
        };
        let mut text = String::new();
        let mut chars = literal.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => text.extend(chars.next()),
                c => text.push(c),
            }
        }
        found.push(text);
    }
    found
}
