//! Checks the result's sentences, and validates the national policy file and hands it to the
//! app as JSON, so the WebAssembly never parses TOML. A mistake in either file stops the build
//! with the file, the line and the field.

fn main() {
    wizard_texts();
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

/// Every Vietnamese text the self-check's code writes as `tr("…")` (the rules crate and
/// `src/wizard/`): a translation must give each, and no other (`prerender::wizard_translation`).
fn wizard_texts() {
    let mut texts = std::collections::BTreeSet::new();
    for folder in ["crates/rules/src", "src/wizard"] {
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
            texts.extend(literals_after(code, "tr(\""));
        }
    }
    let list: String = texts.iter().map(|text| format!("{text:?},\n")).collect();
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("wizard-texts.rs");
    std::fs::write(&out, format!("pub static WIZARD_TEXTS: &[&str] = &[\n{list}];\n"))
        .unwrap_or_else(|err| panic!("{}: {err}", out.display()));
}

/// The string literals that follow each `opening` (which ends with the literal's `"`), unescaped.
fn literals_after(code: &str, opening: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in code.match_indices(opening) {
        if code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut text = String::new();
        let mut chars = code[start + opening.len()..].chars();
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
