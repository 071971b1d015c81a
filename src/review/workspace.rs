//! The browser side of the review: read the chosen file (or the working copy) on the device,
//! run it through the engine in slices so that the page keeps answering and the progress bar
//! moves, show the results, and save what the official asks for. Nothing is sent anywhere.

use super::view::{self, Finished};
use super::*;
use crate::site::browser::{local_storage, now_ms};
use crate::site::dom::{action_button, el, on_action, p, replace_children, text};
use bhyt_review::{read_rows, review, rows_from_file, Reviewed, MAX_FILE_BYTES};
use leptos::prelude::{document, window};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlInputElement};

/// People run through the engine between two repaints.
const SLICE: usize = 2_000;
/// localStorage key of the working copy (the list's rows as CSV), followed by the locality's
/// id: the communes of a province may share one host. `-ten` holds its file name and time.
const WORKING_COPY_KEY: &str = "bhyt-ra-soat-ban-lam-viec";

struct Workspace {
    setup: ReviewSetup,
    container: Element,
    state: RefCell<State>,
}

#[derive(Default)]
struct State {
    /// The list's rows as read, kept to review again on another date.
    rows: Option<Rc<Vec<Vec<String>>>>,
    finished: Option<Finished>,
    /// Readings of older choices (a new file while one is read) are dropped.
    attempt: u32,
}

pub fn start(setup: ReviewSetup) {
    let Some(container) = document().get_element_by_id(WORKSPACE_ID) else { return };
    let workspace = Rc::new(Workspace { setup, container, state: RefCell::new(State::default()) });
    if let Some(input) = workspace.input(FILE_INPUT_ID) {
        input.set_disabled(false);
    }
    workspace.status("Sẵn sàng: chọn tệp danh sách.", false);
    workspace.show_working_copy();
    listen(&workspace);
}

impl Workspace {
    fn input(&self, id: &str) -> Option<HtmlInputElement> {
        document().get_element_by_id(id)?.dyn_into().ok()
    }

    fn status(&self, message: &str, is_error: bool) {
        if let Some(status) = document().get_element_by_id(STATUS_ID) {
            status.set_text_content(Some(message));
            let _ = status.set_attribute(
                "class",
                if is_error { "list-review-status error-message" } else { "list-review-status" },
            );
        }
    }

    fn progress(&self, percent: Option<u32>) {
        let Some(bar) = document().get_element_by_id(PROGRESS_ID) else { return };
        let Ok(bar) = bar.dyn_into::<web_sys::HtmlProgressElement>() else { return };
        match percent {
            Some(percent) => {
                bar.set_value(f64::from(percent));
                bar.set_text_content(Some(&format!("{percent}%")));
                let _ = bar.remove_attribute("hidden");
            }
            None => {
                let _ = bar.set_attribute("hidden", "");
            }
        }
    }

    /// The review date chosen on the page; today when the field is empty or unreadable.
    fn review_date(&self) -> Date {
        self.input(DATE_INPUT_ID)
            .and_then(|input| Date::parse(&input.value()).ok())
            .unwrap_or_else(crate::site::browser::today)
    }

    fn next_attempt(&self) -> u32 {
        let mut state = self.state.borrow_mut();
        state.attempt += 1;
        state.attempt
    }

    fn is_current(&self, attempt: u32) -> bool {
        self.state.borrow().attempt == attempt
    }

    async fn read_file(self: Rc<Self>, file: web_sys::File) {
        let attempt = self.next_attempt();
        let started = now_ms();
        let name = file.name();
        if file.size() > MAX_FILE_BYTES as f64 {
            return self.status(
                &format!(
                    "Tệp {name} lớn {} MB, quá {} MB đọc được; hãy chia danh sách thành nhiều tệp.",
                    (file.size() / 1_048_576.0).ceil(),
                    MAX_FILE_BYTES / 1_048_576
                ),
                true,
            );
        }
        self.status(&format!("Đang mở tệp {name}…"), false);
        self.progress(Some(0));
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                self.progress(None);
                return self.status(&format!("Không mở được tệp {name}: trình duyệt không đọc được tệp."), true);
            }
        };
        next_tick().await;
        if !self.is_current(attempt) {
            return;
        }
        match rows_from_file(&name, &bytes) {
            Ok(rows) => {
                let rows = Rc::new(rows);
                self.state.borrow_mut().rows = Some(rows.clone());
                self.keep_working_copy(&name);
                self.run(attempt, rows, &name, started).await;
            }
            Err(problem) => {
                self.progress(None);
                self.status(&format!("Không đọc được tệp {name}: {problem}"), true);
            }
        }
    }

    /// Reads the rows on the chosen date and runs everyone through the engine, a slice at a
    /// time, then shows the results. `data-time-read` on the container: milliseconds from the
    /// file's choice to the results on screen, for `./run bench`.
    async fn run(self: &Rc<Self>, attempt: u32, rows: Rc<Vec<Vec<String>>>, name: &str, started: f64) {
        let review_date = self.review_date();
        let policy = crate::site::policy_data::national_policy();
        self.status(&format!("Đang đọc {} dòng của {name}…", count(rows.len().saturating_sub(1))), false);
        self.progress(Some(10));
        next_tick().await;
        let reading = read_rows(&rows, review_date, policy);
        let total = reading.people.len().max(1);
        let mut reviewed: Vec<Reviewed> = Vec::with_capacity(reading.people.len());
        let mut people = reading.people.into_iter().peekable();
        while people.peek().is_some() {
            let slice: Vec<_> = people.by_ref().take(SLICE).collect();
            reviewed.extend(review(slice, policy, &self.setup.local_top_ups, review_date, &self.setup.office));
            self.progress(Some(10 + (80 * reviewed.len() / total) as u32));
            self.status(&format!("Đã tính {} / {} người…", count(reviewed.len()), count(total)), false);
            next_tick().await;
            if !self.is_current(attempt) {
                return;
            }
        }
        let publication = self.setup.publication_json(&reviewed, review_date, crate::site::browser::today());
        let finished = Finished { review_date, problems: reading.problems, reviewed, publication };
        if let Some(results) = document().get_element_by_id(RESULTS_ID) {
            replace_children(&results, view::results(&finished, &self.setup));
        }
        let summary = format!(
            "Xong: {} người trong {name}{}.",
            count(finished.reviewed.len()),
            if finished.problems.is_empty() {
                String::new()
            } else {
                format!(", {} chỗ cần sửa", finished.problems.len())
            }
        );
        self.state.borrow_mut().finished = Some(finished);
        self.progress(None);
        self.status(&summary, false);
        let _ = self.container.set_attribute("data-time-read", &format!("{:.1}", now_ms() - started));
    }

    /// The same rows on a newly chosen date.
    async fn review_again(self: Rc<Self>) {
        let Some(rows) = self.state.borrow().rows.clone() else { return };
        let attempt = self.next_attempt();
        self.run(attempt, rows, "danh sách", now_ms()).await;
    }

    /// The working copy's two keys: its rows, and its file name and time.
    fn working_copy_keys(&self) -> (String, String) {
        let rows = format!("{WORKING_COPY_KEY}-{}", self.setup.locality_id);
        let about = format!("{rows}-ten");
        (rows, about)
    }

    /// Keeps the rows on this device when the official asked for it.
    fn keep_working_copy(&self, name: &str) {
        if !self.input(KEEP_INPUT_ID).is_some_and(|input| input.checked()) {
            return;
        }
        let Some(rows) = self.state.borrow().rows.clone() else { return };
        let Some(storage) = local_storage() else {
            return self.status("Trình duyệt này không cho lưu bản làm việc; danh sách vẫn được đọc.", true);
        };
        let text = rows.iter().map(|row| bhyt_stats::csv_line(row)).collect::<Vec<_>>().join("\n");
        let when = js_sys::Date::new_0().to_locale_string("vi-VN", &JsValue::UNDEFINED);
        let (key, about) = self.working_copy_keys();
        let saved =
            storage.set_item(&key, &text).and_then(|()| storage.set_item(&about, &format!("{name}, lưu lúc {when}")));
        if saved.is_err() {
            let _ = storage.remove_item(&key);
            let _ = storage.remove_item(&about);
            self.status("Danh sách quá lớn để giữ trên máy này; kết quả vẫn hiện bên dưới, hãy giữ tệp gốc.", true);
        }
        self.show_working_copy();
    }

    /// What is kept on this device, with the buttons to open it again and to erase it.
    fn show_working_copy(&self) {
        let Some(area) = document().get_element_by_id(WORKING_COPY_ID) else { return };
        let about = local_storage().and_then(|storage| storage.get_item(&self.working_copy_keys().1).ok().flatten());
        let nodes = match about {
            Some(about) => vec![el(
                "div",
                "notice",
                vec![
                    p(vec![text(format!("Máy này đang giữ một bản làm việc: {about}."))]),
                    el(
                        "div",
                        "button-group",
                        vec![
                            action_button("button button--secondary", "mo-lai", "Mở lại bản làm việc"),
                            action_button("button button--secondary", "xoa", "Xoá bản làm việc khỏi máy này"),
                        ],
                    ),
                ],
            )],
            None => Vec::new(),
        };
        replace_children(&area, nodes);
    }

    fn erase_working_copy(&self) {
        if let Some(storage) = local_storage() {
            let (key, about) = self.working_copy_keys();
            let _ = storage.remove_item(&key);
            let _ = storage.remove_item(&about);
        }
        if let Some(keep) = self.input(KEEP_INPUT_ID) {
            keep.set_checked(false);
        }
        self.show_working_copy();
        self.status("Đã xoá bản làm việc khỏi máy này.", false);
    }

    async fn open_working_copy(self: Rc<Self>) {
        let text = local_storage().and_then(|storage| storage.get_item(&self.working_copy_keys().0).ok().flatten());
        let Some(text) = text else { return self.status("Không còn bản làm việc trên máy này.", true) };
        let attempt = self.next_attempt();
        match rows_from_file("ban-lam-viec.csv", text.as_bytes()) {
            Ok(rows) => {
                let rows = Rc::new(rows);
                self.state.borrow_mut().rows = Some(rows.clone());
                self.run(attempt, rows, "bản làm việc", now_ms()).await;
            }
            Err(problem) => self.status(&format!("Bản làm việc không đọc được: {problem}"), true),
        }
    }

    fn save_publication(&self) {
        let state = self.state.borrow();
        let Some(Finished { publication: Ok(json), .. }) = &state.finished else { return };
        download("thong-ke.json", json, "application/json");
    }

    fn save_results(&self) {
        let state = self.state.borrow();
        let Some(finished) = &state.finished else { return };
        let name = format!("ket-qua-ra-soat-{}.csv", finished.review_date);
        download(&name, &bhyt_review::results_csv(&finished.reviewed), "text/csv;charset=utf-8");
    }

    /// Prints one unit's worklist: the page's print style hides the rest while the classes are
    /// on, until the print dialog closes.
    fn print_unit(&self, unit: &str) {
        let Ok(Some(section)) = self.container.query_selector(&format!(".worklist[data-unit=\"{unit}\"]")) else {
            return;
        };
        let _ = self.container.class_list().add_1("list-review--printing-one");
        let _ = section.class_list().add_1("worklist--printing");
        let container = self.container.clone();
        let done = Closure::once(move || {
            let _ = container.class_list().remove_1("list-review--printing-one");
            let _ = section.class_list().remove_1("worklist--printing");
        });
        let options = web_sys::AddEventListenerOptions::new();
        options.set_once(true);
        let _ = window().add_event_listener_with_callback_and_add_event_listener_options(
            "afterprint",
            done.as_ref().unchecked_ref(),
            &options,
        );
        done.forget(); // runs once, after the print dialog
        crate::site::browser::print();
    }
}

/// One listener for the buttons (delegated: the results are rebuilt) and one for the fields.
fn listen(workspace: &Rc<Workspace>) {
    let handler = workspace.clone();
    on_action(&workspace.container, move |action, value| {
        match action {
            "luu-thong-ke" => handler.save_publication(),
            "luu-ket-qua" => handler.save_results(),
            "in" => handler.print_unit(value.unwrap_or_default()),
            "mo-lai" => leptos::task::spawn_local(handler.clone().open_working_copy()),
            "xoa" => handler.erase_working_copy(),
            _ => return false,
        }
        true
    });

    let handler = workspace.clone();
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else { return };
        match input.id().as_str() {
            FILE_INPUT_ID => {
                if let Some(file) = input.files().and_then(|files| files.get(0)) {
                    leptos::task::spawn_local(handler.clone().read_file(file));
                }
            }
            DATE_INPUT_ID => leptos::task::spawn_local(handler.clone().review_again()),
            KEEP_INPUT_ID if input.checked() => handler.keep_working_copy("danh sách đang mở"),
            _ => {}
        }
    });
    let _ = workspace.container.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    on_change.forget(); // lives as long as the page
}

/// Saves `text` as a file through the browser's download, from memory: nothing is sent.
fn download(name: &str, text: &str, mime: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let document = document();
    if let Some(link) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            link.remove();
        }
    }
    // The browser may still be reading the file: let it go a minute later.
    let revoke = Closure::once(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.as_ref().unchecked_ref(), 60_000);
    revoke.forget(); // runs once
}

fn count(people: usize) -> String {
    bhyt_core::group_thousands(people as u64)
}

/// Lets the browser repaint (the progress bar) and answer the official before going on.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = JsFuture::from(promise).await;
}
