//! `./run build-all`: every locality of a province in one command, into `OUT_DIR/<locality>/`,
//! with one WebAssembly build shared byte for byte, and nothing published when one locality's
//! files have a mistake.

use bhyt_site_tests::workspace_root;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn build_all(content: &Path, out: &Path) -> std::process::Output {
    Command::new("bash")
        .arg("scripts/build-all.sh")
        .arg(content)
        .arg(out)
        .current_dir(workspace_root())
        .output()
        .expect("run scripts/build-all.sh")
}

/// The WebAssembly and JavaScript files of a built locality, by name.
fn modules(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .expect("read a locality's folder")
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".wasm") || name.ends_with(".js"))
        .map(|name| {
            let bytes = std::fs::read(dir.join(&name)).expect("read a module");
            (name, bytes)
        })
        .collect()
}

#[test]
fn a_province_builds_in_one_command_and_a_mistake_in_one_locality_publishes_nothing() {
    let root = workspace_root();
    let out = root.join("target/province-test");
    let _ = std::fs::remove_dir_all(&out);
    let built = build_all(&root.join("content"), &out);
    assert!(built.status.success(), "build-all failed:\n{}", String::from_utf8_lossy(&built.stderr));
    for (id, name) in [("kien-an", "Kiến An"), ("long-thanh", "Long Thạnh")] {
        let home = std::fs::read_to_string(out.join(id).join("index.html")).expect("a home page per locality");
        assert!(home.contains(name), "{id}: its own home page");
    }
    let (kien_an, long_thanh) = (modules(&out.join("kien-an")), modules(&out.join("long-thanh")));
    assert!(kien_an.keys().any(|name| name.ends_with(".wasm")), "{:?}", kien_an.keys());
    assert!(kien_an == long_thanh, "the localities share the WebAssembly and its scripts byte for byte");

    // A mistake in one locality: the build stops and names it, and the last build stays published.
    let broken = root.join("target/province-test-content");
    let _ = std::fs::remove_dir_all(&broken);
    assert!(Command::new("cp").arg("-r").arg(root.join("content")).arg(&broken).status().expect("cp").success());
    let site = broken.join("long-thanh/site.toml");
    let text = std::fs::read_to_string(&site).expect("read site.toml");
    std::fs::write(&site, text.replace("cap = \"xa\"", "cap = \"huyen\"")).expect("write site.toml");
    let before = std::fs::read(out.join("kien-an/index.html")).expect("the published home page");
    let failed = build_all(&broken, &out);
    let message = String::from_utf8_lossy(&failed.stderr);
    assert!(!failed.status.success(), "a mistake stops the build");
    assert!(message.contains("`long-thanh`") && message.contains("site.toml:") && message.contains("cap"), "{message}");
    assert_eq!(
        std::fs::read(out.join("kien-an/index.html")).expect("still published"),
        before,
        "nothing half-published"
    );
    assert!(!root.join("target/province-test.dang-dung").exists(), "no half-built folder is left behind");
}
