//! The browser side of the statistics pages: fetch the published file (with a time limit and a
//! retry), check it, keep the last good copy in localStorage, and rebuild the figures when the
//! file or the reader's choices (kept in the address) change.

use super::view::{self, LiveState, Origin, Place};
use super::{report, Shows, CONTAINER_ID, FIGURES_ID, SNAPSHOT_DATE_ATTRIBUTE, STATUS_ID};
use crate::site::boot::CommuneFile;
use crate::site::browser;
use crate::site::browser::{local_storage, now_ms};
use crate::site::dom::{on_action, replace_children};
use bhyt_content::fill;
use bhyt_content::routes::{self, SNAPSHOT_PATH};
use bhyt_core::tr;
use bhyt_stats::{
    page_count, parse, DashboardView, Date, SortChoice, Statistics, CHART_DEFAULT_UNITS, TABLE_PAGE_SIZE,
    WIDGET_HEIGHT_MESSAGE,
};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, Window};

/// A request that has not answered after this long is given up, and the reader may retry.
const TIMEOUT_MS: i32 = 10_000;
/// localStorage key of the last valid live file, followed by the locality's id: the communes
/// of a province may share one host, and with it one storage.
const SAVED_COPY_KEY: &str = "bhyt-thong-ke-ban-luu";

struct Live {
    shows: Shows,
    /// The year in the address of the year-end report.
    report_year: Result<Option<u16>, String>,
    url: String,
    /// A province's overview: each commune's live file, added up in the browser as the build
    /// added up their snapshots. Empty on a commune's dashboard.
    communes: Vec<CommuneFile>,
    /// The locality: the province's, to add its communes up under; its id keys the saved copy.
    locality: bhyt_stats::Locality,
    place: Place,
    snapshot_as_of: Option<Date>,
    container: Element,
    state: RefCell<State>,
}

struct State {
    statistics: Option<Rc<Statistics>>,
    origin: Origin,
    live: LiveState,
    view: DashboardView,
    notices: Vec<String>,
    /// Answers of older requests (a retry while one is pending) are ignored.
    attempt: u32,
}

pub fn start(shows: Shows) {
    let boot = match crate::site::boot::read_from_page() {
        Ok(boot) => boot,
        Err(message) => return leptos::logging::error!("{message}"),
    };
    crate::site::boot::install_words_from_page();
    let Some(container) = document().and_then(|document| document.get_element_by_id(CONTAINER_ID)) else { return };
    let snapshot_as_of = container.get_attribute(SNAPSHOT_DATE_ATTRIBUTE).and_then(|date| Date::parse(&date).ok());
    let (view, notices) = match shows {
        Shows::Dashboard => DashboardView::from_query(&browser::search()),
        Shows::Widget | Shows::YearReport => (DashboardView::default(), Vec::new()),
    };
    let locality = &boot.locality;
    let live = Rc::new(Live {
        shows,
        report_year: bhyt_stats::asked_report_year(&browser::search()),
        url: boot.statistics_url.clone(),
        communes: boot.communes.clone(),
        locality: bhyt_stats::Locality { id: locality.id.clone(), name: locality.full_name() },
        place: Place::new(locality, &boot.units),
        snapshot_as_of,
        container,
        state: RefCell::new(State {
            statistics: None,
            origin: Origin::Snapshot,
            live: LiveState::NotStarted,
            view,
            notices,
            attempt: 0,
        }),
    });
    listen_for_actions(&live);
    if shows == Shows::Widget {
        let resized = live.clone();
        let on_resize = Closure::<dyn Fn()>::new(move || resized.post_height());
        let _ = window().add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
        on_resize.forget(); // lives as long as the page
    }
    live.fetch_live();
}

impl Live {
    fn fetch_live(self: &Rc<Self>) {
        let attempt = {
            let mut state = self.state.borrow_mut();
            state.attempt += 1;
            state.live = LiveState::Loading;
            state.attempt
        };
        self.render_status();
        let live = self.clone();
        leptos::task::spawn_local(async move {
            let started = now_ms();
            if live.communes.is_empty() {
                let result = fetch_text(&routes::href(&live.url)).await;
                if live.state.borrow().attempt == attempt {
                    live.record_time("data-time-fetch", started);
                    live.apply(result).await;
                }
            } else {
                let result = live.fetch_communes().await;
                if live.state.borrow().attempt == attempt {
                    match result {
                        Ok(province) => live.show(province, Origin::Live, LiveState::Loaded),
                        Err(failed) => live.fall_back(failed).await,
                    }
                }
            }
        });
    }

    /// Every commune's live file, added up into the province's; what went wrong with any of
    /// them, named by commune, when one cannot be used: a province's total without one of its
    /// communes would be wrong. (Each commune's own page keeps its copy on the device.)
    async fn fetch_communes(&self) -> Result<Statistics, LiveState> {
        let today = browser::today();
        let files = self.communes.iter().map(|commune| async move {
            let text = fetch_text(&routes::href(&commune.url)).await;
            (commune, text.map(|text| parse(&text, today)))
        });
        let (mut communes, mut failed, mut invalid) = (Vec::new(), Vec::new(), Vec::new());
        for (commune, result) in futures::future::join_all(files).await {
            match result {
                Ok(Ok(statistics)) => communes.push(statistics),
                Ok(Err(errors)) => invalid.extend(errors.iter().map(|error| format!("{}: {error}", commune.name))),
                Err(reason) => failed.push(format!("{} ({reason})", commune.name)),
            }
        }
        if !failed.is_empty() {
            return Err(LiveState::Failed(fill(
                tr("chưa tải được tệp số liệu của {xa_phuong}"),
                &[("xa_phuong", &failed.join(", "))],
            )));
        }
        if !invalid.is_empty() {
            return Err(LiveState::Invalid(invalid));
        }
        bhyt_stats::province_statistics(self.locality.clone(), &communes)
            .ok_or_else(|| LiveState::Failed(tr("không có xã, phường nào").to_owned()))
    }

    async fn apply(self: &Rc<Self>, result: Result<String, String>) {
        let started = now_ms();
        match result.map(|text| (parse(&text, browser::today()), text)) {
            Ok((Ok(statistics), text)) => {
                self.record_time("data-time-parse", started);
                save_copy(&self.saved_copy_key(), &text);
                let started = now_ms();
                self.show(statistics, Origin::Live, LiveState::Loaded);
                self.record_time("data-time-render", started);
            }
            Ok((Err(errors), _)) => {
                let lines = errors.iter().map(ToString::to_string).collect();
                self.fall_back(LiveState::Invalid(lines)).await;
            }
            Err(reason) => self.fall_back(LiveState::Failed(reason)).await,
        }
    }

    fn saved_copy_key(&self) -> String {
        format!("{SAVED_COPY_KEY}-{}", self.locality.id)
    }

    /// Keeps what is on screen usable when the live file is not: the copy kept on this device
    /// when it is at least as new as the snapshot, else the snapshot itself (fetched from this
    /// site so that the controls work on it too).
    async fn fall_back(self: &Rc<Self>, live: LiveState) {
        let (shown, origin) = {
            let state = self.state.borrow();
            (state.statistics.clone(), state.origin)
        };
        if let Some(statistics) = shown {
            // A retry failed after an earlier success: keep the figures, report the failure.
            return self.show_rc(statistics, origin, live);
        }
        let saved = saved_copy(&self.saved_copy_key()).and_then(|text| parse(&text, browser::today()).ok());
        if let Some(saved) = saved.filter(|saved| self.snapshot_as_of.is_none_or(|snapshot| saved.as_of >= snapshot)) {
            return self.show(saved, Origin::Saved, live);
        }
        // A province's published file is its snapshot; its live figures are its communes'.
        if self.url != SNAPSHOT_PATH || !self.communes.is_empty() {
            if let Ok(Ok(snapshot)) =
                fetch_text(&routes::href(SNAPSHOT_PATH)).await.map(|text| parse(&text, browser::today()))
            {
                return self.show(snapshot, Origin::Snapshot, live);
            }
        }
        // The pre-rendered snapshot stays as it is, without the controls.
        self.state.borrow_mut().live = live;
        self.render_status();
    }

    fn show(self: &Rc<Self>, statistics: Statistics, origin: Origin, live: LiveState) {
        self.show_rc(Rc::new(statistics), origin, live);
    }

    fn show_rc(self: &Rc<Self>, statistics: Rc<Statistics>, origin: Origin, live: LiveState) {
        {
            let mut state = self.state.borrow_mut();
            if let Some(notice) = state.view.clamp_page(statistics.units.len()) {
                state.notices.push(notice);
            }
            state.statistics = Some(statistics);
            state.origin = origin;
            state.live = live;
        }
        self.render_status();
        self.render_figures();
    }

    fn render_status(&self) {
        let nodes = {
            let state = self.state.borrow();
            view::status(&state.live, &state.notices)
        };
        if let Some(status) = self.part(STATUS_ID) {
            replace_children(&status, nodes);
        }
        self.post_height();
    }

    fn render_figures(&self) {
        let node = {
            let state = self.state.borrow();
            let Some(statistics) = state.statistics.as_deref() else { return };
            match self.shows {
                Shows::Dashboard => view::figures(statistics, state.origin, state.view, &self.place, true),
                Shows::Widget => view::widget(statistics, state.origin, &self.place),
                Shows::YearReport => report::report(statistics, state.origin, &self.report_year, &self.place, true),
            }
        };
        if let Some(figures) = self.part(FIGURES_ID) {
            replace_children(&figures, vec![node]);
        }
        self.post_height();
    }

    /// Milliseconds since `started`, on the container: what `./run bench` reports for a
    /// province-sized file (fetch, parse, render).
    fn record_time(&self, attribute: &str, started: f64) {
        let _ = self.container.set_attribute(attribute, &format!("{:.1}", now_ms() - started));
    }

    fn part(&self, id: &str) -> Option<Element> {
        self.container.query_selector(&format!("#{id}")).ok().flatten()
    }

    /// Tells the portal page around the widget how tall it is, so its iframe fits exactly.
    fn post_height(&self) {
        if self.shows != Shows::Widget {
            return;
        }
        let window = window();
        let Ok(Some(parent)) = window.parent() else { return };
        let Some(root) = document().and_then(|document| document.document_element()) else { return };
        let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else { return };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &WIDGET_HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &root.offset_height().into());
        // The height is no secret: any page may embed the widget.
        let _ = parent.post_message(&message, "*");
    }

    /// Applies a button's action; returns false when the button is not one of the dashboard's.
    fn act(self: &Rc<Self>, action: &str, value: Option<&str>) -> bool {
        if action == "thu-lai" {
            self.fetch_live();
            return true;
        }
        if action == "sao-chep" {
            copy_embed_code(&self.container);
            return true;
        }
        if action == "in" {
            let _ = window().print();
            return true;
        }
        {
            let mut state = self.state.borrow_mut();
            let units = state.statistics.as_ref().map_or(0, |statistics| statistics.units.len());
            let view = &mut state.view;
            match action {
                "sap-xep" => {
                    let Some(sort) = SortChoice::ALL.into_iter().find(|sort| Some(sort.slug()) == value) else {
                        return false;
                    };
                    view.sort = sort;
                    view.table_page = 0;
                }
                "trang-truoc" => view.table_page = view.table_page.saturating_sub(1),
                "trang-sau" => view.table_page = (view.table_page + 1).min(page_count(units, TABLE_PAGE_SIZE) - 1),
                "tat-ca" => view.all_bars = !view.all_bars && units > CHART_DEFAULT_UNITS,
                _ => return false,
            }
            // Notices were about the address the page opened with; the reader has moved on.
            state.notices.clear();
            let query = state.view.to_query();
            let location = window().location();
            let path = location.pathname().unwrap_or_default();
            let url = if query.is_empty() { path } else { format!("{path}?{query}") };
            let _ =
                window().history().and_then(|history| history.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
        }
        self.render_status();
        self.render_figures();
        true
    }
}

/// One click listener on the container for every button in it, whichever copy of the
/// figures is on screen: the buttons are rebuilt with the figures.
fn listen_for_actions(live: &Rc<Live>) {
    let handler = live.clone();
    on_action(&live.container, move |action, value| {
        let handled = handler.act(action, value);
        if handled {
            restore_focus(&handler.container, action, value);
        }
        handled
    });
}

/// The figures were rebuilt: focus goes back to the same control (or, at the end of the
/// table, to the other pager button), so keyboard and screen reader users keep their place.
fn restore_focus(container: &Element, action: &str, value: Option<&str>) {
    let selector = match value {
        Some(value) => format!("[data-action=\"{action}\"][data-value=\"{value}\"]"),
        None => format!("[data-action=\"{action}\"]"),
    };
    let candidates = [selector.as_str(), ".pager button:not([disabled])"];
    for selector in candidates {
        if let Ok(Some(element)) = container.query_selector(selector) {
            if !element.has_attribute("disabled") {
                if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
                    let _ = element.focus();
                }
                return;
            }
        }
    }
}

fn copy_embed_code(container: &Element) {
    let code =
        container.query_selector("#ma-nhung").ok().flatten().and_then(|area| area.text_content()).unwrap_or_default();
    let report = container.query_selector(".stats-copied").ok().flatten();
    browser::copy_text(&code, move |copied| {
        if let Some(report) = report {
            report.set_text_content(Some(if copied {
                tr(" Đã sao chép. Hãy dán vào cổng thông tin.")
            } else {
                tr(" Chưa sao chép được: hãy chọn hết đoạn mã rồi sao chép.")
            }));
        }
    });
}

fn window() -> Window {
    web_sys::window().expect("a browser window")
}

fn document() -> Option<web_sys::Document> {
    window().document()
}

/// The file's text, or why it could not be fetched, in words for residents.
async fn fetch_text(url: &str) -> Result<String, String> {
    let window = window();
    if !window.navigator().on_line() {
        return Err(tr("điện thoại đang không có mạng").to_owned());
    }
    let controller = web_sys::AbortController::new().map_err(|_| tr("trình duyệt không hỗ trợ").to_owned())?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = Closure::once(move || controller.abort());
    let timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(abort.as_ref().unchecked_ref(), TIMEOUT_MS)
        .unwrap_or_default();
    let result = fetch_response_text(&window, url, &init).await;
    window.clear_timeout_with_handle(timer);
    drop(abort);
    result
}

async fn fetch_response_text(window: &Window, url: &str, init: &web_sys::RequestInit) -> Result<String, String> {
    let response = JsFuture::from(window.fetch_with_str_and_init(url, init)).await.map_err(|error| {
        let aborted = js_sys::Reflect::get(&error, &"name".into()).ok().and_then(|name| name.as_string()).as_deref()
            == Some("AbortError");
        if aborted {
            fill(tr("máy chủ không trả lời sau {so} giây"), &[("so", &(TIMEOUT_MS / 1000).to_string())])
        } else {
            tr("không kết nối được tới nơi đăng số liệu").to_owned()
        }
    })?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| tr("câu trả lời không đọc được").to_owned())?;
    match response.status() {
        200..=299 => {}
        404 => return Err(tr("không tìm thấy tệp số liệu (lỗi 404)").to_owned()),
        status => return Err(fill(tr("nơi đăng số liệu báo lỗi {ma}"), &[("ma", &status.to_string())])),
    }
    let text = response.text().map_err(|_| tr("câu trả lời không đọc được").to_owned())?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or_else(|| tr("tệp số liệu tải về không trọn vẹn").to_owned())
}

fn save_copy(key: &str, text: &str) {
    // Private browsing or a full quota: the page works without the copy.
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, text);
    }
}

fn saved_copy(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}
