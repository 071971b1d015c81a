//! Data every page needs, written into each pre-rendered page as JSON and read back by the
//! WebAssembly app before hydrating. One WebAssembly file then serves any locality.

use bhyt_content::SiteConfig;
use bhyt_rules::LocalTopUps;
use serde::{Deserialize, Serialize};

/// `id` of the `<script type="application/json">` element that carries [`BootData`].
pub const BOOT_ELEMENT_ID: &str = "du-lieu-khoi-dong";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BootData {
    pub site: SiteConfig,
    /// The province's own extra support (`content/<locality>/ho-tro-dia-phuong.toml`), with confidence.
    pub local_top_ups: LocalTopUps,
    /// Date the site was built (Vietnam time): pre-rendered figures are as of this day.
    pub built_on: bhyt_core::Date,
}

impl BootData {
    /// JSON safe to place inside a `<script>` element: `<` is escaped so content can never
    /// close the element early.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self).expect("boot data serialises").replace('<', "\\u003c")
    }

    pub fn from_json(json: &str) -> Result<BootData, String> {
        serde_json::from_str(json).map_err(|err| format!("dữ liệu khởi động hỏng: {err}"))
    }
}

/// Reads the boot data that the pre-renderer wrote into the page.
#[cfg(target_arch = "wasm32")]
pub fn read_from_page() -> Result<BootData, String> {
    let text = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BOOT_ELEMENT_ID))
        .and_then(|e| e.text_content())
        .ok_or_else(|| format!("thiếu phần tử #{BOOT_ELEMENT_ID}"))?;
    BootData::from_json(&text)
}
