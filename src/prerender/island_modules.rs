//! The WebAssembly modules, one per part with islands (`islands/*`, built by trunk as
//! "workers" from `web/index.html`). The pre-renderer gives each a name with a hash of its
//! content, so hosts may cache it for ever, and names in each page only the modules whose
//! islands that page has: `public/islands.js` loads those and nothing else.

use sha2::{Digest, Sha256};
use std::path::Path;

/// What trunk names a module: `<crate name>.js` beside `<crate name>_bg.wasm`.
const MODULE_SUFFIX: &str = "-island";
const WASM_SUFFIX: &str = "_bg.wasm";

/// One module: the site path of its JavaScript (its `.wasm` is beside it, as wasm-bindgen
/// names it) and the islands whose hydrate functions it exports.
#[derive(Debug)]
struct IslandModule {
    script: String,
    islands: Vec<String>,
}

#[derive(Debug, Default)]
pub struct IslandModules(Vec<IslandModule>);

impl IslandModules {
    /// Renames every module in trunk's staging directory to `<name>-<hash>.js` and
    /// `<name>-<hash>_bg.wasm`, and reads which islands each exports.
    pub fn hash_names(dir: &Path) -> Result<IslandModules, String> {
        let mut modules = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|err| format!("{}: {err}", dir.display()))?;
        let mut names: Vec<String> = entries
            .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
            .filter_map(|file| file.strip_suffix(".js").filter(|stem| stem.ends_with(MODULE_SUFFIX)).map(str::to_owned))
            .collect();
        names.sort();
        for name in names {
            let (script_path, wasm_path) = (dir.join(format!("{name}.js")), dir.join(format!("{name}{WASM_SUFFIX}")));
            let script =
                std::fs::read_to_string(&script_path).map_err(|err| format!("{}: {err}", script_path.display()))?;
            let wasm = std::fs::read(&wasm_path).map_err(|err| format!("{}: {err}", wasm_path.display()))?;
            let digest = Sha256::new().chain_update(&wasm).chain_update(script.as_bytes()).finalize();
            let hash: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
            let hashed = format!("{name}-{hash}");
            // The script's own default for where its `.wasm` is, kept true (islands.js passes it anyway).
            let script = script.replace(&format!("'{name}{WASM_SUFFIX}'"), &format!("'{hashed}{WASM_SUFFIX}'"));
            std::fs::write(dir.join(format!("{hashed}.js")), &script)
                .and_then(|()| std::fs::remove_file(&script_path))
                .map_err(|err| format!("{}: {err}", script_path.display()))?;
            std::fs::rename(&wasm_path, dir.join(format!("{hashed}{WASM_SUFFIX}")))
                .map_err(|err| format!("{}: {err}", wasm_path.display()))?;
            modules.push(IslandModule { script: format!("/{hashed}.js"), islands: exported_islands(&script) });
        }
        Ok(IslandModules(modules))
    }

    /// The scripts of the modules that hold every island of `body`, each once. A build error
    /// names an island that no module exports (its part's feature is missing from its crate).
    pub fn for_body(&self, body: &str) -> Result<Vec<&str>, String> {
        let mut scripts: Vec<&str> = Vec::new();
        for island in islands_in(body) {
            let module = self
                .0
                .iter()
                .find(|module| module.islands.iter().any(|exported| exported == island))
                .ok_or_else(|| {
                    format!("không mô-đun WebAssembly nào (islands/*) có island `{island}`; hãy thêm nó vào mô-đun của phần đó")
                })?;
            if !scripts.contains(&module.script.as_str()) {
                scripts.push(&module.script);
            }
        }
        Ok(scripts)
    }
}

/// `WizardContent_1096…` → `WizardContent`: the island names a page's `data-component` holds.
fn island_name(component: &str) -> &str {
    component
        .rsplit_once('_')
        .filter(|(_, hash)| hash.bytes().all(|b| b.is_ascii_digit()))
        .map_or(component, |(name, _)| name)
}

pub(crate) fn islands_in(body: &str) -> Vec<&str> {
    body.split("<leptos-island data-component=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(island_name)
        .collect()
}

/// The islands a wasm-bindgen script exports: `export function WizardContent_1096…(el)`.
fn exported_islands(script: &str) -> Vec<String> {
    script
        .split("export function ")
        .skip(1)
        .filter_map(|rest| rest.split('(').next())
        .filter(|name| name.contains('_'))
        .map(|name| island_name(name).to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_page_names_only_the_modules_of_its_islands() {
        let dir = std::env::temp_dir().join(format!("bhyt-island-modules-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (name, island) in [("bhyt-a-island", "Questions"), ("bhyt-b-island", "Figures")] {
            let script = format!("export function {island}_123(el) {{}}\nexport function start() {{}}\nnew URL('{name}_bg.wasm', import.meta.url);");
            std::fs::write(dir.join(format!("{name}.js")), script).unwrap();
            std::fs::write(dir.join(format!("{name}_bg.wasm")), name).unwrap();
        }
        std::fs::write(dir.join("share-1.js"), "").unwrap();
        let modules = IslandModules::hash_names(&dir).unwrap();
        let [a, b] = [0, 1].map(|index| modules.0[index].script.clone());
        assert!(a.starts_with("/bhyt-a-island-") && a.len() == "/bhyt-a-island-".len() + 16 + 3, "{a}");
        let script = std::fs::read_to_string(dir.join(a.trim_start_matches('/'))).unwrap();
        assert!(
            script.contains(&format!("'{}_bg.wasm'", a.trim_start_matches('/').trim_end_matches(".js"))),
            "{script}"
        );
        assert!(!dir.join("bhyt-a-island.js").exists() && !dir.join("bhyt-a-island_bg.wasm").exists());

        let island =
            |name: &str| format!("<leptos-island data-component=\"{name}_123\" data-props=\"{{}}\"></leptos-island>");
        assert_eq!(modules.for_body("<p>plain</p>").unwrap(), Vec::<&str>::new());
        assert_eq!(modules.for_body(&island("Figures")).unwrap(), vec![b.as_str()]);
        let both = format!("{}{}{}", island("Questions"), island("Figures"), island("Questions"));
        assert_eq!(modules.for_body(&both).unwrap(), vec![a.as_str(), b.as_str()]);
        let missing = modules.for_body(&island("Nowhere")).unwrap_err();
        assert!(missing.contains("Nowhere"), "{missing}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
