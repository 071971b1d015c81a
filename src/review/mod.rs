//! The officials' household review, `/can-bo/ra-soat/` (seed plan 000, §III.2): a list of
//! household members read on the device into each hamlet's worklist and counts, and a
//! `thong-ke.json` to publish. The rules, the reading and the counting are `bhyt-review`'s;
//! this part only lays them out ([`view`]) and, in the browser, reads the chosen file, keeps
//! an optional working copy and saves the results ([`workspace`]). Its WebAssembly module
//! (islands/review) is loaded on this page only.

#[cfg(feature = "ssr")]
pub mod page;
pub mod view;
#[cfg(target_arch = "wasm32")]
mod workspace;

use bhyt_core::Date;
use bhyt_rules::LocalTopUps;
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

/// `id`s of the page's parts, which the island finds: it renders nothing itself.
pub const WORKSPACE_ID: &str = "ra-soat";
pub const DATE_INPUT_ID: &str = "ra-soat-ngay";
pub const FILE_INPUT_ID: &str = "ra-soat-tep";
pub const KEEP_INPUT_ID: &str = "ra-soat-giu";
pub const STATUS_ID: &str = "ra-soat-trang-thai";
pub const PROGRESS_ID: &str = "ra-soat-tien-do";
pub const WORKING_COPY_ID: &str = "ra-soat-ban-lam-viec";
pub const RESULTS_ID: &str = "ra-soat-ket-qua";

/// The files published beside the page, under its path.
pub const TEMPLATE_XLSX: &str = "mau-danh-sach.xlsx";
pub const TEMPLATE_CSV: &str = "mau-danh-sach.csv";
pub const ALLOWED_VALUES_CSV: &str = "gia-tri-hop-le.csv";
/// The locality's made-up list (`content/<locality>/ra-soat-mau.csv`), when it ships one.
pub const SAMPLE_LIST: &str = "ra-soat-mau.csv";

/// One hamlet or residential group, as in `site.toml`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewUnit {
    pub id: String,
    pub name: String,
    /// "Nguyễn Văn An (Tổ trưởng tổ dân phố)", printed on the worklist.
    pub in_charge: String,
}

/// What the workspace needs of the build, as the island's props.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReviewSetup {
    pub locality_id: String,
    /// "Phường Kiến An".
    pub locality_name: String,
    pub units: Vec<ReviewUnit>,
    /// The people's committee the next steps name: "UBND phường".
    pub office: String,
    /// The coverage target of the published snapshot, in tenths of a percent.
    pub target_tenths: u32,
    pub is_sample: bool,
    pub local_top_ups: LocalTopUps,
}

impl ReviewSetup {
    pub fn unit_ids(&self) -> Vec<String> {
        self.units.iter().map(|unit| unit.id.clone()).collect()
    }

    pub fn unit(&self, id: &str) -> Option<&ReviewUnit> {
        self.units.iter().find(|unit| unit.id == id)
    }

    /// The review as the dashboard's file, checked by the dashboard's own parser: its JSON,
    /// or what the parser refused.
    pub fn publication_json(
        &self,
        reviewed: &[bhyt_review::Reviewed],
        as_of: Date,
        today: Date,
    ) -> Result<String, Vec<String>> {
        let units: Vec<(String, String)> = self.units.iter().map(|unit| (unit.id.clone(), unit.name.clone())).collect();
        let publication = bhyt_review::Publication {
            locality: bhyt_stats::Locality { id: self.locality_id.clone(), name: self.locality_name.clone() },
            units: &units,
            as_of,
            source: format!("Rà soát danh sách hộ gia đình của {}, ngày {}", self.office, as_of.to_vietnamese()),
            target: bhyt_stats::Percent::from_tenths(self.target_tenths),
            is_sample: self.is_sample,
        };
        let statistics = bhyt_review::published_statistics(reviewed, &publication);
        let json = serde_json::to_string_pretty(&statistics).map_err(|err| vec![err.to_string()])?;
        match bhyt_stats::parse(&json, today) {
            Ok(_) => Ok(json),
            Err(errors) => Err(errors.iter().map(ToString::to_string).collect()),
        }
    }
}

/// Takes over the page's form in the browser. It renders nothing itself: the form and the
/// results are found by id, so they are never hydrated and cost no view code.
#[island]
pub fn ReviewWorkspace(setup: ReviewSetup) -> impl IntoView {
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| workspace::start(setup.clone()));
    #[cfg(not(target_arch = "wasm32"))]
    let _ = setup;
}
