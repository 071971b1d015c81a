//! Checks the result's sentences, and validates the national policy file and hands it to the
//! app as JSON, so the WebAssembly never parses TOML. A mistake in either file stops the build
//! with the file, the line and the field.

fn main() {
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
