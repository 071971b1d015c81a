//! A real nginx with a shipped configuration of `deploy/nginx/`, started through
//! `scripts/nginx.sh` as `./run serve` does, on a free port of 127.0.0.1.

use crate::browser::{free_port, TempDir, CONDITION_TIMEOUT, POLL_INTERVAL};
use crate::workspace_root;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};

/// One site at the root of its host (`./run build`).
pub const SITE_AT_THE_ROOT: &str = "bhyt-toan-dan.conf";
/// A province build, each commune under its own path (`./run build-all`).
pub const PROVINCE_UNDER_PATHS: &str = "bhyt-tinh.conf";

pub struct Nginx {
    child: Child,
    pub port: u16,
    _prefix: TempDir,
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Nginx {
    /// Serves `root` with `deploy/nginx/<config>`.
    pub fn start(root: &Path, config: &str) -> Nginx {
        let prefix = TempDir::new("bhyt-nginx");
        let port = free_port();
        let child = Command::new("bash")
            .arg(workspace_root().join("scripts/nginx.sh"))
            .arg(port.to_string())
            .arg(root)
            .arg(&prefix.path)
            .arg(config)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("run scripts/nginx.sh (Debian's nginx: ./run test installs it)");
        wait_for_http_answer(port);
        Nginx { child, port, _prefix: prefix }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }
}

/// Waits until nginx answers an HTTP request, not merely until the port accepts: a request
/// is then never reset by a process that was still starting.
fn wait_for_http_answer(port: u16) {
    let started = std::time::Instant::now();
    let answers = || -> std::io::Result<bool> {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port))?;
        stream.set_read_timeout(Some(POLL_INTERVAL * 10))?;
        stream.write_all(b"HEAD / HTTP/1.0\r\n\r\n")?;
        let mut start = [0u8; 5];
        stream.read_exact(&mut start)?;
        Ok(&start == b"HTTP/")
    };
    while !answers().unwrap_or(false) {
        assert!(started.elapsed() < CONDITION_TIMEOUT, "nginx does not answer on 127.0.0.1:{port}");
        std::thread::sleep(POLL_INTERVAL);
    }
}

/// The trunk output of a kind whose name carries a content hash (`name-0123abcd….js`), as a
/// path from `dir`.
pub fn hashed_file(dir: &Path, extension: &str) -> String {
    let is_hashed = |stem: &str| {
        stem.trim_end_matches("_bg")
            .rsplit_once('-')
            .is_some_and(|(_, hash)| hash.len() >= 8 && hash.chars().all(|c| c.is_ascii_hexdigit()))
    };
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the built site")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.strip_suffix(&format!(".{extension}")).is_some_and(is_hashed))
        .collect();
    names.sort();
    format!("/{}", names.first().unwrap_or_else(|| panic!("no hashed .{extension} in {}", dir.display())))
}
