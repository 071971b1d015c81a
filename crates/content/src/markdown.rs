//! Markdown → [`Document`], with the safety rules applied at build time:
//! - raw HTML becomes visible text (HTML comments are dropped), so no markup gets through;
//! - links must be `http(s)://`, `mailto:`, `tel:`, a site path `/…` or a fragment `#…`;
//! - images need alt text and must stand in a paragraph of their own;
//! - code blocks (often just text pasted with an indent) become plain paragraphs.
//!
//! Errors name the file and line. Internal links are returned so the loader can check them
//! once every page is known.

use crate::document::{inline_text, Alignment, Block, Document, Inline, ListItem};
use crate::text::{is_slug, AnchorIds};
use bhyt_core::{line_of_offset, ContentError};
use pulldown_cmark::{Event, HeadingLevel, LinkType, Options, Parser, Tag, TagEnd};
use std::iter::Peekable;

/// Where a piece of Markdown sits, for error messages.
#[derive(Clone, Copy)]
pub struct Origin<'a> {
    pub file: &'a str,
    /// Field named in errors: `(nội dung)` for a file body, `cau_hoi[2].tra_loi` for an answer.
    pub field: &'a str,
    /// Line of the file on which the Markdown text starts (1-based).
    pub first_line: usize,
}

/// A link to a page of this site (`/…` or `#…`), checked once all pages are known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InternalLink {
    pub file: String,
    pub line: usize,
    pub field: String,
    pub href: String,
}

#[derive(Debug)]
pub struct Parsed {
    pub document: Document,
    pub internal_links: Vec<InternalLink>,
}

/// Field name used for errors in a file's Markdown body.
pub const BODY_FIELD: &str = "(nội dung)";

pub fn parse_markdown(origin: Origin<'_>, text: &str) -> Result<Parsed, ContentError> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut converter = Converter {
        events: Parser::new_ext(text, options).into_offset_iter().peekable(),
        origin,
        text,
        anchors: AnchorIds::default(),
        internal_links: Vec::new(),
        last_offset: 0,
    };
    let blocks = converter.blocks_until(None)?;
    Ok(Parsed { document: Document { blocks }, internal_links: converter.internal_links })
}

/// Checks a link target and returns it as it will be used. Allowed: `http://`, `https://`,
/// `mailto:`, `tel:`, site paths starting with one `/`, and fragments `#…`.
pub fn check_href(href: &str) -> Result<String, String> {
    let href = href.trim();
    if href.is_empty() {
        return Err("liên kết trống".into());
    }
    if href.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(format!("liên kết `{href}` chứa khoảng trắng hoặc ký tự điều khiển"));
    }
    if href.starts_with('#') || (href.starts_with('/') && !href.starts_with("//")) {
        return Ok(href.to_owned());
    }
    let lower = href.to_ascii_lowercase();
    let allowed = ["https://", "http://", "mailto:", "tel:"];
    match allowed.iter().find(|prefix| lower.starts_with(**prefix)) {
        Some(prefix) if href.len() > prefix.len() => Ok(href.to_owned()),
        Some(_) => Err(format!("liên kết `{href}` thiếu địa chỉ")),
        None => Err(format!(
            "liên kết `{href}` không được phép: chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong trang bắt đầu bằng `/`"
        )),
    }
}

struct Converter<'a> {
    events: Peekable<pulldown_cmark::OffsetIter<'a>>,
    origin: Origin<'a>,
    text: &'a str,
    anchors: AnchorIds,
    internal_links: Vec<InternalLink>,
    /// Start of the event being converted, for the line of an error.
    last_offset: usize,
}

type Converted<T> = Result<T, ContentError>;

impl<'a> Converter<'a> {
    fn next(&mut self) -> Option<Event<'a>> {
        let (event, range) = self.events.next()?;
        self.last_offset = range.start;
        Some(event)
    }

    fn error(&self, message: impl Into<String>) -> ContentError {
        self.error_at(self.last_offset, message)
    }

    fn error_at(&self, offset: usize, message: impl Into<String>) -> ContentError {
        ContentError {
            file: self.origin.file.to_owned(),
            line: Some(self.line(offset)),
            field: self.origin.field.to_owned(),
            message: message.into(),
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.origin.first_line + line_of_offset(self.text, offset) - 1
    }

    fn peek_is_inline(&mut self) -> bool {
        matches!(self.events.peek(), Some((event, _)) if is_inline(event))
    }

    fn peek_is_image(&mut self) -> bool {
        matches!(self.events.peek(), Some((Event::Start(Tag::Image { .. }), _)))
    }

    /// Blocks up to `end` (consumed), or to the end of input. Inline events found directly
    /// (tight list items) are gathered into paragraphs.
    fn blocks_until(&mut self, end: Option<TagEnd>) -> Converted<Vec<Block>> {
        let mut blocks = Vec::new();
        loop {
            if self.peek_is_inline() {
                blocks.push(self.loose_paragraph()?);
                continue;
            }
            let Some(event) = self.next() else {
                return match end {
                    None => Ok(blocks),
                    Some(_) => Err(self.error("Markdown kết thúc đột ngột")),
                };
            };
            match event {
                // Same kind of end tag (a block quote's carries its kind): nested ones were
                // consumed by the recursive calls, so this one is ours.
                Event::End(tag)
                    if end.is_some_and(|end| std::mem::discriminant(&tag) == std::mem::discriminant(&end)) =>
                {
                    return Ok(blocks)
                }
                Event::Start(tag) => {
                    if let Some(block) = self.block(tag)? {
                        blocks.push(block);
                    }
                }
                Event::Rule => blocks.push(Block::ThematicBreak),
                // Raw HTML outside an HTML block cannot occur at block level; keep as text.
                Event::Html(html) => {
                    if let Some(text) = visible_html(&html) {
                        blocks.push(Block::Paragraph { content: vec![text_inline(text)] });
                    }
                }
                other => return Err(self.error(format!("cấu trúc Markdown không hỗ trợ: {other:?}"))),
            }
        }
    }

    fn block(&mut self, tag: Tag<'a>) -> Converted<Option<Block>> {
        let block = match tag {
            Tag::Paragraph => {
                if self.peek_is_image() {
                    let image = self.image()?;
                    let start = self.last_offset;
                    return match self.next() {
                        Some(Event::End(TagEnd::Paragraph)) => Ok(Some(image)),
                        _ => Err(self.error_at(start, "ảnh phải đứng riêng một đoạn (để một dòng trống trước và sau)")),
                    };
                }
                Block::Paragraph { content: self.inlines_until(TagEnd::Paragraph)? }
            }
            Tag::Heading { level, id, .. } => {
                let start = self.last_offset;
                let content = self.inlines_until(TagEnd::Heading(level))?;
                let id = match id {
                    Some(id) => {
                        let id = id.to_string();
                        if !is_slug(&id) {
                            return Err(self.error_at(
                                start,
                                format!("mã mục `{{#{id}}}` chỉ được gồm chữ thường không dấu, số và dấu `-`"),
                            ));
                        }
                        if !self.anchors.reserve(&id) {
                            return Err(self.error_at(start, format!("mã mục `{id}` đã dùng cho một mục khác")));
                        }
                        id
                    }
                    None => self.anchors.for_text(&inline_text(&content)),
                };
                Block::Heading { level: heading_level(level), id, content }
            }
            Tag::BlockQuote(_) => Block::BlockQuote { blocks: self.blocks_until(Some(TagEnd::BlockQuote(None)))? },
            Tag::List(start) => {
                let mut items = Vec::new();
                loop {
                    match self.next() {
                        Some(Event::Start(Tag::Item)) => {
                            items.push(ListItem { blocks: self.blocks_until(Some(TagEnd::Item))? })
                        }
                        Some(Event::End(TagEnd::List(_))) => break,
                        _ => return Err(self.error("danh sách không đúng cấu trúc")),
                    }
                }
                Block::List { start, items }
            }
            Tag::CodeBlock(_) => {
                let end = TagEnd::CodeBlock;
                let mut text = String::new();
                while let Some(event) = self.next() {
                    match event {
                        Event::End(tag) if tag == end => break,
                        Event::Text(t) => text.push_str(&t),
                        _ => {}
                    }
                }
                let mut content = Vec::new();
                for (i, line) in text.trim_end().lines().enumerate() {
                    if i > 0 {
                        content.push(Inline::LineBreak);
                    }
                    content.push(text_inline(line.trim().to_owned()));
                }
                if content.is_empty() {
                    return Ok(None);
                }
                Block::Paragraph { content }
            }
            Tag::HtmlBlock => {
                let mut html = String::new();
                while let Some(event) = self.next() {
                    match event {
                        Event::End(TagEnd::HtmlBlock) => break,
                        Event::Html(t) | Event::Text(t) => html.push_str(&t),
                        _ => {}
                    }
                }
                return Ok(visible_html(&html).map(|text| Block::Paragraph { content: vec![text_inline(text)] }));
            }
            Tag::Table(alignments) => self.table(alignments)?,
            other => return Err(self.error(format!("cấu trúc Markdown không hỗ trợ: {other:?}"))),
        };
        Ok(Some(block))
    }

    fn table(&mut self, alignments: Vec<pulldown_cmark::Alignment>) -> Converted<Block> {
        let alignments: Vec<Alignment> = alignments
            .into_iter()
            .map(|a| match a {
                pulldown_cmark::Alignment::None => Alignment::None,
                pulldown_cmark::Alignment::Left => Alignment::Left,
                pulldown_cmark::Alignment::Center => Alignment::Center,
                pulldown_cmark::Alignment::Right => Alignment::Right,
            })
            .collect();
        let mut head = Vec::new();
        let mut rows = Vec::new();
        loop {
            match self.next() {
                Some(Event::Start(Tag::TableHead)) => head = self.cells_until(TagEnd::TableHead)?,
                Some(Event::Start(Tag::TableRow)) => rows.push(self.cells_until(TagEnd::TableRow)?),
                Some(Event::End(TagEnd::Table)) => break,
                _ => return Err(self.error("bảng không đúng cấu trúc")),
            }
        }
        Ok(Block::Table { alignments, head, rows })
    }

    fn cells_until(&mut self, end: TagEnd) -> Converted<Vec<Vec<Inline>>> {
        let mut cells = Vec::new();
        loop {
            match self.next() {
                Some(Event::Start(Tag::TableCell)) => cells.push(self.inlines_until(TagEnd::TableCell)?),
                Some(Event::End(tag)) if tag == end => return Ok(cells),
                _ => return Err(self.error("bảng không đúng cấu trúc")),
            }
        }
    }

    /// Inline events directly inside a tight list item, as one paragraph (or a lone image).
    fn loose_paragraph(&mut self) -> Converted<Block> {
        if self.peek_is_image() {
            let image = self.image()?;
            let start = self.last_offset;
            if self.peek_is_inline() {
                return Err(self.error_at(start, "ảnh phải đứng riêng một đoạn (để một dòng trống trước và sau)"));
            }
            return Ok(image);
        }
        let mut content = Vec::new();
        while self.peek_is_inline() {
            let event = self.next().expect("peeked");
            if let Some(inline) = self.inline(event)? {
                content.push(inline);
            }
        }
        Ok(Block::Paragraph { content: merge_text(content) })
    }

    fn inlines_until(&mut self, end: TagEnd) -> Converted<Vec<Inline>> {
        let mut content = Vec::new();
        loop {
            match self.next() {
                Some(Event::End(tag)) if tag == end => return Ok(merge_text(content)),
                Some(event) => {
                    if let Some(inline) = self.inline(event)? {
                        content.push(inline);
                    }
                }
                None => return Err(self.error("Markdown kết thúc đột ngột")),
            }
        }
    }

    fn inline(&mut self, event: Event<'a>) -> Converted<Option<Inline>> {
        let inline = match event {
            Event::Text(text) => text_inline(text.to_string()),
            Event::Code(text) => Inline::Code { text: text.to_string() },
            Event::SoftBreak => text_inline(" ".to_owned()),
            Event::HardBreak => Inline::LineBreak,
            Event::InlineHtml(html) | Event::Html(html) => match visible_html(&html) {
                Some(text) => text_inline(text),
                None => return Ok(None),
            },
            Event::Start(Tag::Strong) => Inline::Strong { content: self.inlines_until(TagEnd::Strong)? },
            Event::Start(Tag::Emphasis) => Inline::Emphasis { content: self.inlines_until(TagEnd::Emphasis)? },
            Event::Start(Tag::Link { link_type, dest_url, .. }) => {
                let start = self.last_offset;
                let dest =
                    if link_type == LinkType::Email { format!("mailto:{dest_url}") } else { dest_url.to_string() };
                let href = check_href(&dest).map_err(|message| self.error_at(start, message))?;
                if href.starts_with('/') || href.starts_with('#') {
                    self.internal_links.push(InternalLink {
                        file: self.origin.file.to_owned(),
                        line: self.line(start),
                        field: self.origin.field.to_owned(),
                        href: href.clone(),
                    });
                }
                Inline::Link { href, content: self.inlines_until(TagEnd::Link)? }
            }
            Event::Start(Tag::Image { .. }) => {
                return Err(self.error("ảnh phải đứng riêng một đoạn (để một dòng trống trước và sau)"))
            }
            other => return Err(self.error(format!("cấu trúc Markdown không hỗ trợ: {other:?}"))),
        };
        Ok(Some(inline))
    }

    /// An image standing alone: `![alt](src "caption")`, the next event being its start.
    fn image(&mut self) -> Converted<Block> {
        let Some(Event::Start(Tag::Image { dest_url, title, .. })) = self.next() else {
            return Err(self.error("ảnh không đúng cấu trúc"));
        };
        let start = self.last_offset;
        let (src, caption) = (dest_url.to_string(), Some(title.trim().to_owned()).filter(|t| !t.is_empty()));
        let mut alt = String::new();
        loop {
            match self.next() {
                Some(Event::End(TagEnd::Image)) => break,
                Some(Event::Text(t)) | Some(Event::Code(t)) => alt.push_str(&t),
                Some(Event::SoftBreak) | Some(Event::HardBreak) => alt.push(' '),
                Some(_) => {}
                None => return Err(self.error("Markdown kết thúc đột ngột")),
            }
        }
        let alt = alt.trim().to_owned();
        if alt.is_empty() {
            return Err(self.error_at(start, "ảnh thiếu mô tả: viết ![mô tả ảnh](đường dẫn)"));
        }
        let src = check_image_src(&src).map_err(|message| self.error_at(start, message))?;
        Ok(Block::Image { src, alt, caption })
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Image sources: a site path or an https address.
pub fn check_image_src(src: &str) -> Result<String, String> {
    let src = src.trim();
    let ok = (src.starts_with('/') && !src.starts_with("//") && src.len() > 1)
        || (src.to_ascii_lowercase().starts_with("https://") && src.len() > "https://".len());
    if !ok || src.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("ảnh `{src}` phải là đường dẫn trong trang (bắt đầu bằng `/`) hoặc địa chỉ https://"));
    }
    Ok(src.to_owned())
}

fn is_inline(event: &Event) -> bool {
    match event {
        Event::Text(_)
        | Event::Code(_)
        | Event::InlineHtml(_)
        | Event::SoftBreak
        | Event::HardBreak
        | Event::FootnoteReference(_)
        | Event::TaskListMarker(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_) => true,
        Event::Start(tag) => {
            matches!(tag, Tag::Emphasis | Tag::Strong | Tag::Strikethrough | Tag::Link { .. } | Tag::Image { .. })
        }
        _ => false,
    }
}

/// Raw HTML shown as the literal text the author wrote; comments disappear.
fn visible_html(html: &str) -> Option<String> {
    let trimmed = html.trim();
    if trimmed.is_empty() || (trimmed.starts_with("<!--") && trimmed.ends_with("-->")) {
        return None;
    }
    Some(html.trim_end_matches('\n').to_owned())
}

fn text_inline(text: String) -> Inline {
    Inline::Text { text }
}

/// Joins neighbouring text pieces (the parser splits text at punctuation and line ends).
fn merge_text(inlines: Vec<Inline>) -> Vec<Inline> {
    let mut merged: Vec<Inline> = Vec::with_capacity(inlines.len());
    for inline in inlines {
        match (merged.last_mut(), inline) {
            (Some(Inline::Text { text: previous }), Inline::Text { text }) => previous.push_str(&text),
            (_, inline) => merged.push(inline),
        }
    }
    merged
}
