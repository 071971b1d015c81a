//! The sanitised document tree that Markdown becomes at build time.
//!
//! The WebAssembly app receives it as JSON and builds ordinary DOM nodes from it, never HTML
//! strings, so content cannot inject markup or scripts. Only the shapes below exist; anything
//! else in the Markdown was turned into text or rejected when the site was built.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub blocks: Vec<Block>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Level 2–6 (the page title is the only level 1). `id` is the anchor: unique within the
    /// document and derived from the text (or given as `{#id}`), so shared links keep working.
    Heading {
        level: u8,
        id: String,
        content: Vec<Inline>,
    },
    Paragraph {
        content: Vec<Inline>,
    },
    /// `start` is the first number of an ordered list; `None` for a bulleted list.
    List {
        start: Option<u64>,
        items: Vec<ListItem>,
    },
    BlockQuote {
        blocks: Vec<Block>,
    },
    /// `head` holds the header cells; every row has as many cells as `alignments`.
    Table {
        alignments: Vec<Alignment>,
        head: Vec<Vec<Inline>>,
        rows: Vec<Vec<Vec<Inline>>>,
    },
    ThematicBreak,
    /// `src` is a site path (`/anh/…`) or an https address; `alt` is never empty.
    Image {
        src: String,
        alt: String,
        caption: Option<String>,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ListItem {
    pub blocks: Vec<Block>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Alignment {
    None,
    Left,
    Center,
    Right,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Inline {
    Text {
        text: String,
    },
    Strong {
        content: Vec<Inline>,
    },
    Emphasis {
        content: Vec<Inline>,
    },
    Code {
        text: String,
    },
    /// `href` is `http(s)://…`, `mailto:…`, `tel:…`, a site path `/…` or a fragment `#…`.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
}

/// One entry of a table of contents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TocEntry {
    pub level: u8,
    pub id: String,
    pub text: String,
}

impl Document {
    /// Headings in order, for a table of contents and for checking `#anchor` links.
    pub fn table_of_contents(&self) -> Vec<TocEntry> {
        let mut entries = Vec::new();
        collect_headings(&self.blocks, &mut entries);
        entries
    }

    /// The visible text, blocks separated by blank lines: for reading time and descriptions.
    pub fn plain_text(&self) -> String {
        let mut out = String::new();
        blocks_text(&self.blocks, &mut out);
        out.trim().to_owned()
    }

    /// Whitespace-separated words of the visible text.
    pub fn word_count(&self) -> usize {
        self.plain_text().split_whitespace().count()
    }
}

/// Text of a run of inlines, line breaks as spaces.
pub fn inline_text(inlines: &[Inline]) -> String {
    let mut out = String::new();
    inlines_text(inlines, &mut out);
    out
}

fn collect_headings(blocks: &[Block], entries: &mut Vec<TocEntry>) {
    for block in blocks {
        match block {
            Block::Heading { level, id, content } => {
                entries.push(TocEntry { level: *level, id: id.clone(), text: inline_text(content) })
            }
            Block::BlockQuote { blocks } => collect_headings(blocks, entries),
            Block::List { items, .. } => items.iter().for_each(|item| collect_headings(&item.blocks, entries)),
            _ => {}
        }
    }
}

fn blocks_text(blocks: &[Block], out: &mut String) {
    for block in blocks {
        match block {
            Block::Heading { content, .. } | Block::Paragraph { content } => inlines_text(content, out),
            Block::List { items, .. } => items.iter().for_each(|item| blocks_text(&item.blocks, out)),
            Block::BlockQuote { blocks } => blocks_text(blocks, out),
            Block::Table { head, rows, .. } => {
                for cell in head.iter().chain(rows.iter().flatten()) {
                    inlines_text(cell, out);
                    out.push(' ');
                }
            }
            Block::ThematicBreak => {}
            Block::Image { alt, caption, .. } => {
                out.push_str(caption.as_deref().unwrap_or(alt));
            }
        }
        out.push_str("\n\n");
    }
}

fn inlines_text(inlines: &[Inline], out: &mut String) {
    for inline in inlines {
        match inline {
            Inline::Text { text } | Inline::Code { text } => out.push_str(text),
            Inline::Strong { content } | Inline::Emphasis { content } | Inline::Link { content, .. } => {
                inlines_text(content, out)
            }
            Inline::LineBreak => out.push(' '),
        }
    }
}
