//! The Atom feed of the news (`/atom.xml`).

use crate::model::Article;
use crate::publish::escape_xml;
use crate::routes::absolute_url;
use crate::routes::{FEED_PATH, NEWS};

/// Newest articles the feed carries; readers only poll for recent ones.
pub const FEED_ENTRY_LIMIT: usize = 30;

/// Atom 1.0 document for `articles` (newest first, as loaded). `base_url` has no trailing
/// slash; every link is absolute and every text escaped. `updated` is the newest change.
pub fn atom_xml(base_url: &str, site_title: &str, articles: &[Article]) -> String {
    let entries = &articles[..articles.len().min(FEED_ENTRY_LIMIT)];
    let updated = entries
        .iter()
        .map(|a| a.last_modified)
        .max()
        .map(|d| d.rfc3339())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".to_owned());
    let news_url = escape_xml(&absolute_url(base_url, NEWS.path));
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"vi\">\n",
    );
    xml.push_str(&format!("  <title>{}</title>\n", escape_xml(site_title)));
    xml.push_str(&format!("  <id>{news_url}</id>\n"));
    xml.push_str(&format!("  <link rel=\"alternate\" type=\"text/html\" href=\"{news_url}\"/>\n"));
    xml.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        escape_xml(&absolute_url(base_url, FEED_PATH))
    ));
    xml.push_str(&format!("  <updated>{updated}</updated>\n"));
    xml.push_str(&format!("  <author><name>{}</name></author>\n", escape_xml(site_title)));
    for article in entries {
        let card = &article.card;
        let url = escape_xml(&absolute_url(base_url, &card.path));
        let title = if card.is_sample { format!("[Bài mẫu] {}", card.title) } else { card.title.clone() };
        xml.push_str("  <entry>\n");
        xml.push_str(&format!("    <title>{}</title>\n", escape_xml(&title)));
        xml.push_str(&format!("    <id>{url}</id>\n"));
        xml.push_str(&format!("    <link rel=\"alternate\" type=\"text/html\" href=\"{url}\"/>\n"));
        xml.push_str(&format!("    <published>{}</published>\n", card.date.rfc3339()));
        xml.push_str(&format!("    <updated>{}</updated>\n", article.last_modified.rfc3339()));
        xml.push_str(&format!(
            "    <category term=\"{}\" label=\"{}\"/>\n",
            card.category.id(),
            escape_xml(card.category.label())
        ));
        xml.push_str(&format!("    <summary type=\"text\">{}</summary>\n", escape_xml(&card.summary)));
        xml.push_str("  </entry>\n");
    }
    xml.push_str("</feed>\n");
    xml
}
