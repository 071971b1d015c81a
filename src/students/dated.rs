//! Figures pre-rendered for each dated period of the policy data (e.g. a pupil's amount before
//! and after a new base salary), of which the page shows the one in force. The pre-rendered page
//! shows the period of the build date; in the browser this island shows the period of today, or
//! of the `?ngay=YYYY-MM-DD` preview date, so the figures switch when the data's dates say so
//! even if the site was not rebuilt. It only sets `hidden` on elements the page already holds.

use leptos::prelude::*;

/// One element to show only from `from` to `until` (ISO dates, which compare as text).
pub type DatedElement = (String, String, String);

/// `elements`: (element id, first day, last day). When no period covers the date (the data
/// has nothing that far ahead), the pre-rendered choice stays.
#[island]
pub fn DatedFigures(elements: Vec<DatedElement>) -> impl IntoView {
    #[cfg(not(target_arch = "wasm32"))]
    let _ = elements;
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        use crate::site::browser;
        let search = browser::search();
        let preview = bhyt_core::query::value(&search, "ngay").and_then(|raw| bhyt_core::Date::parse(raw).ok());
        let day = preview.unwrap_or_else(browser::today).to_string();
        let shown = |from: &String, until: &String| from.as_str() <= day.as_str() && day.as_str() <= until.as_str();
        if !elements.iter().any(|(_, from, until)| shown(from, until)) {
            return;
        }
        for (id, from, until) in &elements {
            if let Some(element) = document().get_element_by_id(id) {
                let _ = element.toggle_attribute_with_force("hidden", !shown(from, until));
            }
        }
        document().document_element().map(|root| root.set_attribute("data-figures-date", &day));
    });
}
