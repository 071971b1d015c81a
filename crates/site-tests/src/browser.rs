//! Headless Debian Chromium driven by Debian's chromedriver, both started per test on free
//! loopback ports and stopped on drop; and, for the iPhone's engine, Debian's WebKitGTK
//! (MiniBrowser driven by WebKitWebDriver) on its own Xvfb display.

use serde_json::{json, Value};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::common::capabilities::chromium::ChromiumLikeCapabilities;
use thirtyfour::prelude::*;
use thirtyfour::LoggingPrefsLogLevel;

/// Upper bound for any wait on a condition; on a loaded 2-core CI machine hydration can take
/// a few seconds, and a wait that gives up early only produces flaky failures.
pub const CONDITION_TIMEOUT: Duration = Duration::from_secs(45);
pub const POLL_INTERVAL: Duration = Duration::from_millis(50);
/// A cheap Android phone's first screen, in CSS pixels.
pub const PHONE: (u32, u32) = (360, 740);
/// Headless Chromium widens any narrower window to this.
const HEADLESS_MIN_WIDTH: u32 = 500;

pub struct Browser {
    pub driver: WebDriver,
    /// The driver (and Xvfb), each in its own process group, stopped on drop.
    processes: Vec<Child>,
    /// Chromium's profile folder, removed on drop.
    _profile: Option<TempDir>,
}

#[derive(Clone, Copy)]
pub struct BrowserOptions {
    pub javascript: bool,
    pub width: u32,
    pub height: u32,
    /// [`Browser::open`] returns once the document is parsed, not after every file it loads:
    /// for tests that hold the WebAssembly back to see the page before it runs.
    pub open_when_parsed: bool,
}

impl Default for BrowserOptions {
    fn default() -> Self {
        BrowserOptions { javascript: true, width: 1024, height: 800, open_when_parsed: false }
    }
}

impl Browser {
    pub async fn start(options: BrowserOptions) -> Browser {
        // Its own process group, so that stopping it also stops the Chromium it started, even
        // when a test fails before it could end the session. It picks its own free port and
        // says which: a port chosen here could be taken by another test before it binds it.
        let (chromedriver, port) = start_chromedriver();
        let profile = TempDir::new("bhyt-chromium");
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary(&chromium_path()).expect("binary");
        for arg in [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--hide-scrollbars",
            "--lang=vi",
        ] {
            caps.add_arg(arg).expect("arg");
        }
        caps.add_arg(&format!("--window-size={},{}", options.width, options.height)).expect("arg");
        caps.add_arg(&format!("--user-data-dir={}", profile.path.display())).expect("arg");
        if !options.javascript {
            caps.add_experimental_option("prefs", json!({"profile.managed_default_content_settings.javascript": 2}))
                .expect("prefs");
        }
        if options.open_when_parsed {
            caps.set_page_load_strategy(thirtyfour::PageLoadStrategy::Eager).expect("page load strategy");
        }
        caps.set_browser_log_level(LoggingPrefsLogLevel::All).expect("logging prefs");
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await.expect("WebDriver session");
        let browser = Browser { driver, processes: vec![chromedriver], _profile: Some(profile) };
        // A headless window is never narrower than this: a narrower one is a phone, emulated,
        // or a test of the first screen at 360 px would measure a 500 px page.
        if options.width < HEADLESS_MIN_WIDTH {
            browser.emulate_viewport(options.width, options.height, 2.0, true).await;
        }
        browser
    }

    /// WebKit, the engine of every iPhone browser: Debian's MiniBrowser under WebKitWebDriver,
    /// on a private Xvfb display (WebKitGTK has no headless mode).
    pub async fn start_webkit(width: u32, height: u32) -> Browser {
        let display = (90..190)
            .find(|n| !std::path::Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
            .expect("a free X display number");
        let xvfb = Command::new("Xvfb")
            .process_group(0)
            .args([
                format!(":{display}"),
                "-screen".into(),
                "0".into(),
                "1280x1024x24".into(),
                "-nolisten".into(),
                "tcp".into(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start Xvfb (install Debian's xvfb: ./run test does it)");
        let socket = format!("/tmp/.X11-unix/X{display}");
        let started = Instant::now();
        while !std::path::Path::new(&socket).exists() {
            assert!(started.elapsed() < CONDITION_TIMEOUT, "Xvfb did not open {socket}");
            std::thread::sleep(POLL_INTERVAL);
        }
        let port = free_port();
        let driver_process = Command::new("WebKitWebDriver")
            .process_group(0)
            .arg(format!("--port={port}"))
            .env("DISPLAY", format!(":{display}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start WebKitWebDriver (install Debian's webkit2gtk-driver: ./run test does it)");
        wait_for_port(port);
        let mut caps = thirtyfour::Capabilities::new();
        caps.set("browserName", "MiniBrowser").expect("capability");
        caps.set("webkitgtk:browserOptions", json!({ "binary": MINIBROWSER, "args": ["--automation"] }))
            .expect("capability");
        let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await.expect("WebKit WebDriver session");
        driver.set_window_rect(0, 0, width, height).await.expect("window size");
        Browser { driver, processes: vec![driver_process, xvfb], _profile: None }
    }

    /// Loads a page and, with JavaScript on, waits until the app has hydrated it.
    pub async fn open(&self, url: &str) {
        if let Err(err) = self.driver.goto(url).await {
            // ChromeDriver sometimes loses its renderer for a moment on a loaded 2-core machine
            // (seen once in a full run, at a page that loads in milliseconds); that is the
            // driver's state, not the page's, so the navigation is asked for once more.
            // Nothing the test checks is retried.
            if !err.to_string().contains("Timed out receiving message from renderer") {
                panic!("open {url}: {err}");
            }
            eprintln!("open {url}: {err}; opening it again");
            self.driver.goto(url).await.unwrap_or_else(|err| panic!("open {url}: {err}"));
        }
    }

    /// Waits until the page is ready: loaded, and its islands hydrated. A page without an
    /// island loads no WebAssembly, so it is ready once loaded.
    pub async fn wait_for_hydration(&self) {
        self.wait_until(
            "document.readyState === 'complete' && (document.querySelector('leptos-island') === null || document.documentElement.dataset.hydrated === 'true')",
            "the app hydrated the page",
        )
        .await;
    }

    /// Polls a JavaScript expression until it is true.
    pub async fn wait_until(&self, expression: &str, what: &str) {
        let started = Instant::now();
        loop {
            let value = self.eval(expression).await;
            if value == Value::Bool(true) {
                return;
            }
            assert!(started.elapsed() < CONDITION_TIMEOUT, "timed out waiting until {what} ({expression})");
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    pub async fn eval(&self, expression: &str) -> Value {
        self.driver
            .execute(format!("return ({expression});"), Vec::new())
            .await
            .unwrap_or_else(|err| panic!("evaluate {expression}: {err}"))
            .json()
            .clone()
    }

    /// Clicks the element `by` finds, as a person would (WebDriver's pointer click).
    pub async fn click(&self, by: By) {
        let what = format!("{by:?}");
        let element = self.driver.find(by).await.unwrap_or_else(|err| panic!("find {what}: {err}"));
        element.click().await.unwrap_or_else(|err| panic!("click {what}: {err}"));
    }

    pub async fn text(&self, selector: &str) -> String {
        let value = self.eval(&format!("(document.querySelector({selector:?}) || {{}}).innerText || ''")).await;
        value.as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    pub async fn count(&self, selector: &str) -> u64 {
        self.eval(&format!("document.querySelectorAll({selector:?}).length")).await.as_u64().unwrap_or(0)
    }

    /// Console errors and uncaught exceptions since the last call (chromedriver clears the buffer).
    pub async fn console_errors(&self) -> Vec<String> {
        let entries = self.driver.browser_log().await.expect("browser log");
        entries.into_iter().filter(|e| e.level == "SEVERE").map(|e| e.message).collect()
    }

    /// Runs axe-core (WCAG 2.0–2.2 A and AA, plus best practices) and returns the violations as
    /// `rule: target` lines, empty when the page passes.
    pub async fn axe_violations(&self) -> Vec<String> {
        let script = std::fs::read_to_string(crate::workspace_root().join("tools/node_modules/axe-core/axe.min.js"))
            .expect("tools/node_modules/axe-core/axe.min.js (npm install in tools/: ./run test does it)");
        self.driver.execute(script, Vec::new()).await.expect("inject axe-core");
        let result = self
            .driver
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe failed: ' + e]));"#,
                Vec::new(),
            )
            .await
            .expect("run axe-core");
        serde_json::from_value(result.json().clone()).expect("axe result is a list")
    }

    /// Chromium as a phone: 360 × 740 CSS pixels, at twice the density.
    pub async fn phone() -> Browser {
        Browser::start(BrowserOptions { width: PHONE.0, height: PHONE.1, ..Default::default() }).await
    }

    /// Emulates a phone or a zoomed window: `width` CSS pixels wide.
    pub async fn emulate_viewport(&self, width: u32, height: u32, scale: f64, mobile: bool) {
        self.driver
            .cdp()
            .send_raw(
                "Emulation.setDeviceMetricsOverride",
                json!({"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile}),
            )
            .await
            .expect("set device metrics");
    }

    /// Ends the browser session; dropping the `Browser` then stops the driver.
    pub async fn quit(self) {
        let _ = self.driver.clone().quit().await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        for process in &mut self.processes {
            let group = format!("-{}", process.id());
            let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
            let _ = process.wait();
        }
    }
}

/// Debian's WebKitGTK browser for automation (package libwebkit2gtk-4.1-0).
const MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

fn chromium_path() -> String {
    std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into())
}

fn chromedriver_path() -> String {
    std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into())
}

/// chromedriver, and the port it says it listens on. On a loaded machine it now and then exits
/// before saying so (seen once, in a full local run): that start is tried again, up to three
/// times; a test's own conditions are never retried.
fn start_chromedriver() -> (Child, u16) {
    for _ in 0..3 {
        let mut chromedriver = Command::new(chromedriver_path())
            .process_group(0)
            .arg("--port=0")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver (install Debian's chromium-driver: ./run test does it)");
        if let Some(port) = reported_port(chromedriver.stdout.take().expect("chromedriver's output")) {
            return (chromedriver, port);
        }
        let _ = chromedriver.kill();
        let _ = chromedriver.wait();
    }
    panic!("chromedriver did not report the port it listens on, three times");
}

/// The port chromedriver says it listens on ("… started successfully on port 45805."); the rest
/// of its output is read on, so it never blocks on a full pipe.
fn reported_port(output: std::process::ChildStdout) -> Option<u16> {
    use std::io::BufRead;
    let mut lines = std::io::BufReader::new(output).lines();
    let port = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| line.split("started successfully on port ").nth(1)?.trim_end_matches('.').parse().ok())?;
    std::thread::spawn(move || lines.for_each(drop));
    Some(port)
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

/// Waits until something accepts connections on the port.
pub fn wait_for_port(port: u16) {
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(started.elapsed() < CONDITION_TIMEOUT, "nothing listens on 127.0.0.1:{port}");
        std::thread::sleep(POLL_INTERVAL);
    }
}

/// A directory removed on drop.
pub struct TempDir {
    pub path: std::path::PathBuf,
}

impl TempDir {
    pub fn new(prefix: &str) -> TempDir {
        let unique = format!(
            "{prefix}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0)
        );
        let path = std::env::temp_dir().join(unique);
        std::fs::create_dir_all(&path).expect("create temp dir");
        TempDir { path }
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}
