//! A small static file server on 127.0.0.1 that behaves like a plain static host: directory
//! paths serve `index.html`, unknown paths get `404.html` with status 404, and `.wasm` is
//! served as `application/wasm`. Tests can replace any path with a given response (status,
//! body, delay, or held until the test releases it) to play a malformed, missing or slow file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// A response that replaces whatever the folder holds at one path.
#[derive(Clone)]
pub struct Override {
    pub status: u16,
    pub body: Vec<u8>,
    pub content_type: &'static str,
    /// Answer only after this long (a slow server).
    pub delay: Duration,
    /// Answer only once the test opens this gate (a slow server whose timing the test controls).
    pub gate: Option<Gate>,
    /// Let pages of any origin read the response (`Access-Control-Allow-Origin: *`), as a data
    /// host on another server must.
    pub any_origin: bool,
}

impl Override {
    pub fn json(body: impl Into<Vec<u8>>) -> Override {
        Override {
            status: 200,
            body: body.into(),
            content_type: "application/json; charset=utf-8",
            delay: Duration::ZERO,
            gate: None,
            any_origin: false,
        }
    }

    pub fn status(status: u16) -> Override {
        Override {
            status,
            body: b"{}".to_vec(),
            content_type: "application/json; charset=utf-8",
            delay: Duration::ZERO,
            gate: None,
            any_origin: false,
        }
    }

    pub fn html(body: impl Into<Vec<u8>>) -> Override {
        Override { content_type: "text/html; charset=utf-8", ..Override::json(body) }
    }
}

/// Holds responses back until [`Gate::open`].
#[derive(Clone, Default)]
pub struct Gate(Arc<(Mutex<bool>, Condvar)>);

impl Gate {
    pub fn open(&self) {
        *self.0 .0.lock().expect("gate") = true;
        self.0 .1.notify_all();
    }

    fn wait(&self) {
        let mut open = self.0 .0.lock().expect("gate");
        while !*open {
            open = self.0 .1.wait(open).expect("gate");
        }
    }
}

type Overrides = Arc<Mutex<HashMap<String, Override>>>;

pub struct StaticServer {
    pub port: u16,
    stop: Arc<AtomicBool>,
    /// Every connection is dropped unanswered, as when the phone has lost its signal.
    cut: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    overrides: Overrides,
}

impl StaticServer {
    pub fn start(root: &Path) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let stop = Arc::new(AtomicBool::new(false));
        let root = root.to_path_buf();
        let stop_flag = stop.clone();
        let cut = Arc::new(AtomicBool::new(false));
        let cut_flag = cut.clone();
        let overrides: Overrides = Arc::default();
        let server_overrides = overrides.clone();
        let thread = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                if cut_flag.load(Ordering::SeqCst) {
                    continue;
                }
                if let Ok(stream) = stream {
                    let root = root.clone();
                    let overrides = server_overrides.clone();
                    std::thread::spawn(move || serve(stream, &root, &overrides));
                }
            }
        });
        StaticServer { port, stop, cut, thread: Some(thread), overrides }
    }

    /// Cuts the network (`true`): nothing is answered until it is restored (`false`).
    pub fn cut_off(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
    }

    /// Answers `path` with `response` from now on, instead of the file in the folder.
    pub fn set_override(&self, path: &str, response: Override) {
        self.overrides.lock().expect("overrides").insert(path.to_owned(), response);
    }

    pub fn clear_override(&self, path: &str) {
        self.overrides.lock().expect("overrides").remove(path);
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(("127.0.0.1", self.port)); // wakes the accept loop
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

fn serve(stream: TcpStream, root: &Path, overrides: &Overrides) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Drain the headers.
    let mut header = String::new();
    while reader.read_line(&mut header).map(|n| n > 2).unwrap_or(false) {
        header.clear();
    }
    let target = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let replaced = overrides.lock().expect("overrides").get(path).cloned();
    if let Some(response) = replaced {
        std::thread::sleep(response.delay);
        if let Some(gate) = &response.gate {
            gate.wait();
        }
        let head = format!(
            "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\n{}Connection: close\r\n\r\n",
            response.status,
            response.content_type,
            response.body.len(),
            if response.any_origin { "Access-Control-Allow-Origin: *\r\n" } else { "" },
        );
        let mut stream = stream;
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.write_all(&response.body);
        return;
    }
    let (status, file) = match resolve(root, path) {
        Some(file) => ("200 OK", file),
        None => ("404 Not Found", root.join("404.html")),
    };
    let body = std::fs::read(&file).unwrap_or_default();
    let mut stream = stream;
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        content_type(&file),
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

fn resolve(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path);
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
        return None; // no `..` escapes from the root
    }
    let candidate = root.join(relative);
    if candidate.is_file() {
        return Some(candidate);
    }
    let index = candidate.join("index.html");
    index.is_file().then_some(index)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(value) = u8::from_str_radix(&text[i + 1..i + 3], 16) {
                out.push(value);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("xml") => "application/xml; charset=utf-8",
        Some("txt") => "text/plain; charset=utf-8",
        Some("csv") => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}
