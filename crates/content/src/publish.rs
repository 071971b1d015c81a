//! Files written next to the pages at build time: `robots.txt` and `sitemap.xml`.

/// One `<url>` of the sitemap.
pub struct SitemapEntry {
    pub path: String,
    /// `YYYY-MM-DD`
    pub last_modified: String,
    /// The page in each language that has it, `x-default` included, as `(hreflang, path)`;
    /// empty for a page in Vietnamese only.
    pub alternates: Vec<(String, String)>,
}

/// Crawlers read `robots.txt` at the root of a host only: under a sub-path, the host's own file
/// must carry these lines (the province build writes one for all its communes).
pub fn robots_txt(base_url: &str) -> String {
    let under = |path: &str| crate::routes::href_under(crate::routes::base_path(base_url), path);
    format!(
        "User-agent: *\nAllow: {}\nDisallow: {}\n\nSitemap: {base_url}/sitemap.xml\n",
        under(crate::routes::HOME.path),
        under(crate::routes::RESULT.path)
    )
}

pub fn sitemap_xml(base_url: &str, entries: &[SitemapEntry]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for entry in entries {
        let alternates: String = entry
            .alternates
            .iter()
            .map(|(hreflang, path)| {
                format!(
                    "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                    escape_xml(hreflang),
                    escape_xml(&format!("{base_url}{path}"))
                )
            })
            .collect();
        xml.push_str(&format!(
            "  <url><loc>{}</loc><lastmod>{}</lastmod>{alternates}</url>\n",
            escape_xml(&format!("{base_url}{}", entry.path)),
            escape_xml(&entry.last_modified)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sitemap_lists_absolute_escaped_urls() {
        let xml = sitemap_xml(
            "https://a.vn",
            &[SitemapEntry {
                path: "/tin-tuc/?a=1&b=2".into(),
                last_modified: "2026-11-23".into(),
                alternates: Vec::new(),
            }],
        );
        assert!(xml.contains("<loc>https://a.vn/tin-tuc/?a=1&amp;b=2</loc><lastmod>2026-11-23</lastmod></url>"));
    }

    #[test]
    fn a_translated_page_lists_its_languages() {
        let alternates = vec![("vi".into(), "/lien-he/".into()), ("en".into(), "/en/lien-he/".into())];
        let xml = sitemap_xml(
            "https://a.vn",
            &[SitemapEntry { path: "/en/lien-he/".into(), last_modified: "2026-12-03".into(), alternates }],
        );
        assert!(xml.contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""));
        assert!(xml.contains("<loc>https://a.vn/en/lien-he/</loc><lastmod>2026-12-03</lastmod><xhtml:link rel=\"alternate\" hreflang=\"vi\" href=\"https://a.vn/lien-he/\"/><xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://a.vn/en/lien-he/\"/></url>"), "{xml}");
    }

    #[test]
    fn robots_points_to_the_sitemap() {
        assert!(robots_txt("https://a.vn").contains("Sitemap: https://a.vn/sitemap.xml"));
    }
}
