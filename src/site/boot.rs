//! What the build knows of the locality ([`BuildData`], the pre-renderer's context), and the
//! part of it the islands need ([`BootData`]): written into each page with islands as JSON and
//! read back in the browser. One WebAssembly file then serves any locality.

#[cfg(feature = "ssr")]
use bhyt_content::SiteConfig;
use bhyt_content::{Locality, Office};
use bhyt_rules::LocalTopUps;
use serde::{Deserialize, Serialize};

/// `id` of the `<script type="application/json">` element that carries [`BootData`].
pub const BOOT_ELEMENT_ID: &str = "du-lieu-khoi-dong";

/// `id` of the element `islands.js` adds with the island's words on a translated page,
/// fetched from the boot element's `data-words` ([`Island::words_path`]) before the islands start.
pub const WORDS_ELEMENT_ID: &str = "tu-ngu";

/// An island whose words a translation gives, each in its own words file: a page fetches the
/// words of its own island only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Island {
    Wizard,
    Statistics,
}

impl Island {
    pub const ALL: [Island; 2] = [Island::Wizard, Island::Statistics];

    /// The island's component, as the page names it (`island_modules::islands_in`).
    pub fn component(self) -> &'static str {
        match self {
            Island::Wizard => "WizardContent",
            Island::Statistics => "LiveStatistics",
        }
    }

    /// The page its words start from, whose folder holds its words file.
    pub fn start_page(self) -> bhyt_content::routes::Page {
        match self {
            Island::Wizard => bhyt_content::routes::WIZARD,
            Island::Statistics => bhyt_content::routes::STATISTICS,
        }
    }

    /// What officials read in a build error: "công cụ tự kiểm tra".
    pub fn name(self) -> &'static str {
        match self {
            Island::Wizard => "công cụ tự kiểm tra",
            Island::Statistics => "trang thống kê",
        }
    }

    /// Where the island's words in `language` are: one file for all its pages, kept by the
    /// browser, rather than the same words in each page.
    pub fn words_path(self, language: bhyt_core::Language) -> String {
        format!("{}{}tu-ngu.json", language.path_prefix(), self.start_page().path)
    }
}

/// Everything the pages are built from, besides the content files.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, PartialEq)]
pub struct BuildData {
    pub site: SiteConfig,
    /// The province's own extra support (`content/<locality>/ho-tro-dia-phuong.toml`), with confidence.
    pub local_top_ups: LocalTopUps,
    /// Date the site was built (Vietnam time): pre-rendered figures are as of this day.
    pub built_on: bhyt_core::Date,
    /// A province's overview: each commune's live file. Empty for a commune.
    pub communes: Vec<CommuneFile>,
    /// People in the locality's made-up household list for the review (`ra-soat-mau.csv`),
    /// when it ships one.
    pub review_sample_people: Option<usize>,
    /// The words of each language the locality publishes.
    pub translations: crate::site::language::Translations,
}

/// Where a province's overview fetches one commune's live file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommuneFile {
    /// "Phường Kiến An", for messages about its file.
    pub name: String,
    pub url: String,
}

#[cfg(feature = "ssr")]
impl BuildData {
    /// What the islands need: not the whole site configuration, since every type the browser
    /// reads adds its deserialiser to the WebAssembly.
    pub fn boot(&self) -> BootData {
        BootData {
            locality: self.site.locality.clone(),
            offices: self.site.offices.clone(),
            statistics_url: self.site.statistics.url.clone(),
            units: self.site.units.clone(),
            local_top_ups: self.local_top_ups.clone(),
            built_on: self.built_on,
            communes: self.communes.clone(),
        }
    }
}

/// The build's data that the islands read in the browser.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BootData {
    pub locality: Locality,
    /// The offices a resident goes to (the wizard's "where to go").
    pub offices: Vec<Office>,
    /// Where the statistics island fetches the published figures.
    pub statistics_url: String,
    /// The units' officials in charge, named in the statistics table.
    pub units: Vec<bhyt_content::UnitContact>,
    pub local_top_ups: LocalTopUps,
    /// Pre-rendered figures are as of this day.
    pub built_on: bhyt_core::Date,
    /// A province's overview: each commune's live file, in the order of `units`.
    pub communes: Vec<CommuneFile>,
}

impl BootData {
    /// Only what the islands of a page read (by their names): the units' officials and the
    /// communes' files for the statistics, the offices and the local support for the wizard.
    #[cfg(feature = "ssr")]
    pub fn for_islands(mut self, islands: &[&str]) -> BootData {
        if !islands.contains(&"LiveStatistics") {
            self.units.clear();
            self.communes.clear();
        }
        if !islands.contains(&"WizardContent") {
            self.offices.clear();
            self.local_top_ups = LocalTopUps::default();
        }
        self
    }

    /// JSON safe to place inside a `<script>` element: `<` is escaped so content can never
    /// close the element early.
    pub fn to_script_json(&self) -> String {
        serde_json::to_string(self).expect("boot data serialises").replace('<', "\\u003c")
    }

    pub fn from_json(json: &str) -> Result<BootData, String> {
        serde_json::from_str(json).map_err(|err| format!("dữ liệu khởi động hỏng: {err}"))
    }
}

/// Reads the boot data that the pre-renderer wrote into the page, and serves the islands' links
/// under the site's path ([`bhyt_content::routes::href`]), as the pre-renderer did.
#[cfg(target_arch = "wasm32")]
pub fn read_from_page() -> Result<BootData, String> {
    let text = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(BOOT_ELEMENT_ID))
        .and_then(|e| e.text_content())
        .ok_or_else(|| format!("thiếu phần tử #{BOOT_ELEMENT_ID}"))?;
    let boot = BootData::from_json(&text)?;
    bhyt_content::routes::serve_under(&boot.locality.base_url);
    Ok(boot)
}

/// Puts the island's words that `islands.js` put into the page, if this page is in a language
/// that translates them, in use: before anything is built, since every word comes from them.
#[cfg(target_arch = "wasm32")]
pub fn install_words_from_page() {
    let Some(element) =
        web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(WORDS_ELEMENT_ID))
    else {
        return;
    };
    let text = element.text_content().unwrap_or_default();
    match serde_json::from_str::<bhyt_core::Translation>(&text) {
        Ok(translation) => bhyt_core::install(translation.keep()),
        // The page then shows the Vietnamese, which is the source.
        Err(err) => leptos::logging::error!("tệp chữ của trang hỏng: {err}"),
    }
}
