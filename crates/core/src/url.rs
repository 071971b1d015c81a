//! Addresses as officials write them in `site.toml` (`https://host[:port][/path]`).

/// `https://bhyt.haiphong.gov.vn/kien-an` → (`https://bhyt.haiphong.gov.vn`, `/kien-an`): the
/// origin a `message` event reports, and the path the site is served under (empty at the root).
pub fn origin_and_path(url: &str) -> (&str, &str) {
    let after_scheme = url.find("://").map_or(0, |index| index + 3);
    url.split_at(url[after_scheme..].find('/').map_or(url.len(), |index| after_scheme + index))
}

#[cfg(test)]
mod tests {
    use super::origin_and_path;

    #[test]
    fn an_address_splits_into_its_origin_and_its_path() {
        assert_eq!(origin_and_path("http://127.0.0.1:8080"), ("http://127.0.0.1:8080", ""));
        assert_eq!(origin_and_path("https://a.vn/x/y"), ("https://a.vn", "/x/y"));
        assert_eq!(
            origin_and_path("https://bhyt.haiphong.gov.vn/kien-an"),
            ("https://bhyt.haiphong.gov.vn", "/kien-an")
        );
    }
}
