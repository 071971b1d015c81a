//! The build's tool versions are written in several files, because each tool reads its own:
//! this test fails when they drift apart, before trunk fails offline for want of a download.

use std::path::PathBuf;

fn read(path: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&file).unwrap_or_else(|err| panic!("{}: {err}", file.display()))
}

/// The text between `start` and the next `end` after it, on the first line holding `start`.
fn after<'a>(text: &'a str, start: &str, end: char) -> &'a str {
    let line = text.lines().find(|line| line.contains(start)).unwrap_or_else(|| panic!("no line with {start:?}"));
    let rest = &line[line.find(start).unwrap() + start.len()..];
    &rest[..rest.find(end).unwrap_or(rest.len())]
}

#[test]
fn wasm_bindgen_is_the_same_version_everywhere() {
    let cargo_toml = after(&read("Cargo.toml"), "wasm-bindgen = \"=", '"').to_owned();
    let lock = read("Cargo.lock");
    let locked = lock
        .split("[[package]]")
        .find(|package| package.contains("name = \"wasm-bindgen\"\n"))
        .map(|package| after(package, "version = \"", '"').to_owned())
        .expect("wasm-bindgen in Cargo.lock");
    let trunk = after(&read("Trunk.toml"), "wasm_bindgen = \"", '"').to_owned();
    let setup = after(&read("scripts/setup.sh"), "WASM_BINDGEN_VERSION=", ' ').to_owned();
    assert_eq!(
        [&locked, &trunk, &setup],
        [&cargo_toml, &cargo_toml, &cargo_toml],
        "wasm-bindgen: Cargo.toml, Cargo.lock, Trunk.toml [tools] and scripts/setup.sh must agree"
    );
}

#[test]
fn wasm_opt_is_the_same_version_in_trunk_and_npm() {
    let trunk = after(&read("Trunk.toml"), "wasm_opt = \"version_", '"').to_owned();
    let package = after(&read("tools/package.json"), "\"binaryen\": \"", '"').to_owned();
    let lock = read("tools/package-lock.json");
    let locked = lock
        .split("\"node_modules/binaryen\"")
        .nth(1)
        .map(|entry| after(entry, "\"version\": \"", '"').to_owned())
        .expect("binaryen in tools/package-lock.json");
    assert_eq!(package, locked, "tools/package.json and its lock file");
    assert_eq!(
        package.split('.').next(),
        Some(trunk.as_str()),
        "Trunk.toml wasm_opt = \"version_{trunk}\" against binaryen {package}"
    );
}
