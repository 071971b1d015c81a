//! The Content-Security-Policy written into every page as a `<meta>`, so it holds on any static
//! host: scripts only from this site or with the exact hash of an inline script the build wrote
//! (the hydration data and the island loader), WebAssembly allowed to compile, no plugins,
//! no `<base>`, and fetches only to this site and the statistics file's origin.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The `<meta>` element for `html`, whose inline scripts it hashes. `statistics_url` is the
/// address the statistics island fetches (`[thong_ke] dia_chi`), maybe on another origin.
pub fn csp_meta(html: &str, statistics_url: &str) -> String {
    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">", policy(html, statistics_url))
}

/// The policy text. `frame-ancestors` cannot be set from a `<meta>`; the server sends it
/// (deploy/nginx).
pub fn policy(html: &str, statistics_url: &str) -> String {
    let hashes: Vec<String> =
        inline_scripts(html).into_iter().map(|script| format!("'sha256-{}'", sha256_base64(script))).collect();
    let mut connect = vec!["'self'".to_owned()];
    if let Some(origin) = origin_of(statistics_url) {
        connect.push(origin);
    }
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self'; connect-src {}; object-src 'none'; base-uri 'self'; form-action 'self'",
        hashes.join(" "),
        connect.join(" ")
    )
}

/// The text of every inline script that runs: not `src=` ones, not JSON data blocks.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script>") else { break };
        if !tag.contains(" src=") && !tag.contains("application/json") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

fn sha256_base64(text: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
}

/// `https://bhxh.example.vn/so-lieu/x.json` → `https://bhxh.example.vn`; `None` for a path on
/// this site.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty() && matches!(scheme, "http" | "https")).then(|| format!("{scheme}://{host}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_inline_scripts_only() {
        let html = r#"<script type="application/json" id="x">{"a":1}</script><script>var a=1;</script><script src="/a.js"></script><script type="module">import x;</script>"#;
        assert_eq!(inline_scripts(html), vec!["var a=1;", "import x;"]);
        let policy = policy(html, "/du-lieu/thong-ke.json");
        // echo -n 'var a=1;' | openssl dgst -sha256 -binary | base64
        assert!(policy.contains("'sha256-gaaMFNHZyRta8zB2VHkWLMP4tMxJ+d8v3dTW7nw2r6M='"), "{policy}");
        assert!(policy.contains("connect-src 'self';"), "{policy}");
        assert!(
            !policy.contains("'unsafe-inline'") && !policy.contains("'unsafe-eval'") && !policy.contains('*'),
            "{policy}"
        );
    }

    #[test]
    fn allows_the_statistics_origin() {
        let policy = policy("", "https://bhxh.example.vn:8443/so-lieu/thong-ke.json?v=1");
        assert!(policy.contains("connect-src 'self' https://bhxh.example.vn:8443;"), "{policy}");
    }
}
