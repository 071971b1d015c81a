//! The one home of the browser calls the islands make: the address, today's date, going to a
//! page, copying, the phone's share sheet and printing. Every function also compiles natively,
//! where it does nothing (the pre-renderer never calls them), so callers need no `cfg`.
//!
//! Copying and sharing go through `js_sys::Reflect` rather than typed `web_sys` calls: on a
//! page served over plain `http` the browser has no `navigator.clipboard`, and a typed call on
//! a missing object would stop the WebAssembly instead of reporting `false`.

#[cfg(target_arch = "wasm32")]
use leptos::wasm_bindgen::{JsCast, JsValue};

/// The query string of the address (`?a=b…`), or empty.
pub fn search() -> String {
    #[cfg(target_arch = "wasm32")]
    return leptos::prelude::window().location().search().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// `https://host:port` of the page.
pub fn origin() -> String {
    #[cfg(target_arch = "wasm32")]
    return leptos::prelude::window().location().origin().unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    String::new()
}

/// Today in Vietnam (UTC+7), from the device's clock.
#[cfg(target_arch = "wasm32")]
pub fn today() -> bhyt_core::Date {
    bhyt_core::Date::in_vietnam_at_unix_seconds((js_sys::Date::now() / 1000.0) as i64)
}

/// Milliseconds since the page began to load: the timings `./run bench` reads from the page.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    leptos::prelude::window().performance().map_or(0.0, |performance| performance.now())
}

/// The device's localStorage; none in some private windows.
#[cfg(target_arch = "wasm32")]
pub fn local_storage() -> Option<web_sys::Storage> {
    leptos::prelude::window().local_storage().ok().flatten()
}

/// An ordinary page load, which keeps the browser's history right.
pub fn go_to(url: &str) {
    #[cfg(target_arch = "wasm32")]
    let _ = leptos::prelude::window().location().assign(url);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = url;
}

/// Whether the phone offers its own share sheet (`navigator.share`).
pub fn can_share() -> bool {
    #[cfg(target_arch = "wasm32")]
    return js_sys::Reflect::has(&navigator(), &"share".into()).unwrap_or(false);
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Opens the phone's share sheet. The person may cancel it; nothing to report then.
pub fn share(title: &str, url: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let data = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&data, &"title".into(), &title.into());
        let _ = js_sys::Reflect::set(&data, &"url".into(), &url.into());
        if let Some(promise) = call(&navigator(), "share", &data) {
            leptos::task::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (title, url);
}

/// Copies `text` to the clipboard, then tells `done` whether it worked.
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let clipboard = js_sys::Reflect::get(&navigator(), &"clipboard".into()).unwrap_or(JsValue::UNDEFINED);
        let promise = (!clipboard.is_undefined()).then(|| call(&clipboard, "writeText", &text.into())).flatten();
        leptos::task::spawn_local(async move {
            let copied = match promise {
                Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                None => false,
            };
            done(copied);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (text, done);
}

/// The browser's print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    let _ = leptos::prelude::window().print();
}

#[cfg(target_arch = "wasm32")]
fn navigator() -> JsValue {
    js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).unwrap_or(JsValue::UNDEFINED)
}

/// `target.method(argument)`, when the method exists, as the promise it returns.
#[cfg(target_arch = "wasm32")]
fn call(target: &JsValue, method: &str, argument: &JsValue) -> Option<js_sys::Promise> {
    let function = js_sys::Reflect::get(target, &method.into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    function.call1(target, argument).ok()?.dyn_into::<js_sys::Promise>().ok()
}
