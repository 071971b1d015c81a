//! The pictures Zalo and Facebook show beside a shared link: 1200 × 630, drawn at build time
//! from SVG with resvg. The site decides what each says (`src/site/share_pictures.rs`: one per kind
//! of page and one per article, from the same data as the page); this crate lays the words
//! out, draws, checks, encodes and caches them.
//!
//! Text is laid out here, before the SVG is written: every line is shaped with harfrust, the
//! shaper resvg itself uses, on the same DejaVu fonts, so the measured widths are the drawn
//! widths. Long text wraps to its block's line limit and then ends with "…". After rendering,
//! every text element's box is checked against the margins, so a picture that would be cut off
//! stops the build instead of being published.

use harfrust::{ShapeOptions, ShaperData, UnicodeBuffer};
use resvg::tiny_skia::{Pixmap, Transform};
use resvg::usvg;
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The general picture, for the pages without one of their own.
pub const SHARE_IMAGE_PATH: &str = "/chia-se.png";
/// Folder of the per-page pictures.
pub const PICTURE_DIR: &str = "/anh-chia-se/";
pub const SHARE_IMAGE_WIDTH: u32 = 1200;
pub const SHARE_IMAGE_HEIGHT: u32 = 630;
/// Nothing is drawn this close to an edge: the band stays the background colour, so a
/// network that crops the picture a little never cuts a word.
pub const CLEAR_EDGE: u32 = 40;
/// The site's colour: the header (`--brand` in `style/main.css`), the phone's bar
/// (`theme-color` in `web/index.html` and the manifest) and the base of every picture.
pub const BRAND: &str = "#0b3d5c";
/// The base colour of every picture (and of the clear band along the edges): [`BRAND`].
pub const BACKGROUND: [u8; 3] = rgb(BRAND);
/// DejaVu (Debian's fonts-dejavu-core) covers every Vietnamese letter.
pub const FONT_FILES: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];
/// Bumped when the PNG encoding changes, so cached pictures are drawn again.
const ENCODER_VERSION: &str = "resvg-0.49 png-0.18 palette-1 deflate-4";

/// Left and right edges of every line of text.
pub const TEXT_LEFT: f32 = 80.0;
pub const TEXT_RIGHT: f32 = 1120.0;
const TEXT_WIDTH: f32 = TEXT_RIGHT - TEXT_LEFT;
/// The body of the card (below the header, above the footer line).
const BODY_TOP_WITH_HEADER: f32 = 186.0;
const BODY_TOP_LOGO_ONLY: f32 = 204.0;
const BODY_BOTTOM: f32 = 506.0;
const FOOTER_LINE_Y: f32 = 522.0;
const FOOTER_BASELINE: f32 = 566.0;

const WHITE: &str = "#ffffff";
const YELLOW: &str = "#ffdd00";
const LIGHT: &str = "#d2e2ef";
const ACCENT: &str = "#1d70b8";
const DARK: &str = BRAND;

/// `#rrggbb` → its three bytes, at compile time.
const fn rgb(hex: &str) -> [u8; 3] {
    const fn digit(c: u8) -> u8 {
        match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'f' => c - b'a' + 10,
            _ => panic!("a colour is written #rrggbb, in lower case"),
        }
    }
    let h = hex.as_bytes();
    assert!(h.len() == 7 && h[0] == b'#', "a colour is written #rrggbb");
    [digit(h[1]) * 16 + digit(h[2]), digit(h[3]) * 16 + digit(h[4]), digit(h[5]) * 16 + digit(h[6])]
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: &'static str,
    /// Distance from one baseline to the next.
    pub line_height: f32,
}

pub const TITLE: Style = Style { size: 54.0, bold: true, color: WHITE, line_height: 66.0 };
pub const QUESTION: Style = Style { size: 50.0, bold: true, color: WHITE, line_height: 62.0 };
pub const HEADLINE: Style = Style { size: 44.0, bold: true, color: WHITE, line_height: 54.0 };
pub const LONG_TITLE: Style = Style { size: 36.0, bold: true, color: WHITE, line_height: 46.0 };
pub const BIG_TITLE: Style = Style { size: 72.0, bold: true, color: WHITE, line_height: 84.0 };
pub const LOCALITY: Style = Style { size: 50.0, bold: true, color: YELLOW, line_height: 62.0 };
pub const EMPHASIS: Style = Style { size: 56.0, bold: true, color: YELLOW, line_height: 68.0 };
pub const BODY: Style = Style { size: 34.0, bold: false, color: WHITE, line_height: 44.0 };
pub const NOTE: Style = Style { size: 30.0, bold: false, color: LIGHT, line_height: 40.0 };
const FIGURE: Style = Style { size: 108.0, bold: true, color: YELLOW, line_height: 118.0 };
const FIGURE_UNIT: Style = Style { size: 40.0, bold: false, color: WHITE, line_height: 118.0 };
const TAG: Style = Style { size: 24.0, bold: true, color: DARK, line_height: 44.0 };
const TAG_NOTE: Style = Style { size: 26.0, bold: false, color: LIGHT, line_height: 44.0 };
const HEADER_NAME: Style = Style { size: 32.0, bold: true, color: WHITE, line_height: 40.0 };
const HEADER_PLACE: Style = Style { size: 28.0, bold: false, color: YELLOW, line_height: 36.0 };
const FOOTER: Style = Style { size: 26.0, bold: false, color: LIGHT, line_height: 34.0 };

/// One block of a card, from top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// Labels in a row: the kind of page (filled) and "mẫu" marks (outlined), then a note.
    Tags { kinds: Vec<String>, samples: Vec<String>, note: Option<String> },
    /// Text wrapped to at most `max_lines`, the last one ending with "…" when cut.
    Text { text: String, style: Style, max_lines: usize },
    /// A big figure with its unit after it on the same line.
    Figure { value: String, unit: String },
    /// Extra space.
    Gap(f32),
}

/// What one picture draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// The header with the site's name and the locality; `false` shows the logo alone (the
    /// general picture, whose body says the same in big letters).
    pub header: bool,
    pub blocks: Vec<Block>,
}

/// A picture, where it is published and what it says.
#[derive(Clone, Debug, PartialEq)]
pub struct SharePicture {
    /// Site path of the PNG, e.g. `/anh-chia-se/ke-hoach.png`.
    pub path: String,
    /// `og:image:alt`: the words on the picture.
    pub alt: String,
    pub card: Card,
}

/// What every picture of a site shows around its card: the site's name and place in the
/// header, its address in the footer.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// `Bảo hiểm y tế toàn dân`
    pub site_name: String,
    /// `Phường Kiến An, thành phố Hải Phòng`
    pub place: String,
    /// `bhyt.kienan.haiphong.gov.vn`
    pub host: String,
}

/// Alt text: the card's words in reading order, then whose site it is.
pub fn alt_text(frame: &Frame, card: &Card) -> String {
    let mut parts: Vec<String> = Vec::new();
    for block in &card.blocks {
        match block {
            Block::Tags { kinds, samples, note } => {
                let mut tags: Vec<String> = kinds.iter().chain(samples).cloned().collect();
                tags.extend(note.clone());
                if !tags.is_empty() {
                    parts.push(tags.join(", "));
                }
            }
            Block::Text { text, .. } => parts.push(text.clone()),
            Block::Figure { value, unit } => parts.push(format!("{value} {unit}")),
            Block::Gap(_) => {}
        }
    }
    let mut alt = String::new();
    for part in parts {
        let part = capitalized(part.trim());
        if part.is_empty() {
            continue;
        }
        if !alt.is_empty() {
            alt.push_str(if alt.ends_with(['.', '?', '!', ':']) { " " } else { ". " });
        }
        alt.push_str(&part);
    }
    if card.header {
        if !alt.ends_with(['.', '?', '!']) {
            alt.push('.');
        }
        alt.push_str(&format!(" {} – {}.", frame.site_name, frame.place));
    }
    alt
}

/// `tính đến …` → `Tính đến …`
fn capitalized(text: &str) -> String {
    let mut letters = text.chars();
    letters.next().map(|first| first.to_uppercase().chain(letters).collect()).unwrap_or_default()
}

impl SharePicture {
    pub fn new(frame: &Frame, path: String, card: Card) -> SharePicture {
        SharePicture { alt: alt_text(frame, &card), path, card }
    }

    /// The picture's file name inside `dist/`.
    pub fn file(&self) -> &str {
        self.path.trim_start_matches('/')
    }
}

/// Site path of a picture in [`PICTURE_DIR`]: `picture_path("ke-hoach")` → `/anh-chia-se/ke-hoach.png`.
pub fn picture_path(name: &str) -> String {
    format!("{PICTURE_DIR}{name}.png")
}

// ---------------------------------------------------------------------------------------------
// Fonts and measuring

struct Fonts {
    regular: Vec<u8>,
    bold: Vec<u8>,
    regular_shaping: ShaperData,
    bold_shaping: ShaperData,
    regular_upem: f32,
    bold_upem: f32,
    options: usvg::Options<'static>,
    /// Hash of the font files, part of every cache key.
    digest: String,
}

fn fonts() -> Result<&'static Fonts, String> {
    static FONTS: OnceLock<Result<Fonts, String>> = OnceLock::new();
    FONTS.get_or_init(load_fonts).as_ref().map_err(Clone::clone)
}

fn load_fonts() -> Result<Fonts, String> {
    let read = |file: &str| {
        std::fs::read(file)
            .map_err(|err| format!("{file}: {err} (cần gói Debian fonts-dejavu-core; scripts/setup.sh cài gói này)"))
    };
    let (regular, bold) = (read(FONT_FILES[0])?, read(FONT_FILES[1])?);
    let face = |data: &[u8], file: &str| -> Result<(ShaperData, f32), String> {
        use skrifa::raw::TableProvider;
        let font = harfrust::FontRef::new(data).map_err(|err| format!("{file}: {err}"))?;
        let upem = font.head().map_err(|err| format!("{file}: {err}"))?.units_per_em();
        Ok((ShaperData::new(&font), f32::from(upem)))
    };
    let (regular_shaping, regular_upem) = face(&regular, FONT_FILES[0])?;
    let (bold_shaping, bold_upem) = face(&bold, FONT_FILES[1])?;
    let mut options = usvg::Options::default();
    options.fontdb_mut().load_font_data(regular.clone());
    options.fontdb_mut().load_font_data(bold.clone());
    let mut hasher = Sha256::new();
    hasher.update(&regular);
    hasher.update(&bold);
    let digest = hex(&hasher.finalize());
    Ok(Fonts { regular, bold, regular_shaping, bold_shaping, regular_upem, bold_upem, options, digest })
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, byte| {
        let _ = write!(out, "{byte:02x}");
        out
    })
}

struct Shaped {
    width: f32,
    /// Characters the font has no glyph for (drawn as empty boxes, or not at all).
    missing: Vec<char>,
}

fn shape(text: &str, bold: bool, size: f32) -> Result<Shaped, String> {
    let fonts = fonts()?;
    let (data, shaping, upem) = if bold {
        (&fonts.bold, &fonts.bold_shaping, fonts.bold_upem)
    } else {
        (&fonts.regular, &fonts.regular_shaping, fonts.regular_upem)
    };
    let font = harfrust::FontRef::new(data).map_err(|err| err.to_string())?;
    let shaper = shaping.shaper(&font).build();
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    let output = shaper.shape(buffer, ShapeOptions::new());
    let units: i32 = output.glyph_positions().iter().map(|position| position.x_advance).sum();
    let missing = output
        .glyph_infos()
        .iter()
        .filter(|info| info.glyph_id == 0)
        .filter_map(|info| text.get(info.cluster as usize..).and_then(|rest| rest.chars().next()))
        .collect();
    Ok(Shaped { width: units as f32 * size / upem, missing })
}

/// Width in pixels of one line of `text` in `style`, as resvg will draw it.
pub fn text_width(text: &str, style: Style) -> Result<f32, String> {
    Ok(shape(text, style.bold, style.size)?.width)
}

/// Characters of `text` that DejaVu cannot draw.
pub fn missing_glyphs(text: &str, bold: bool) -> Result<Vec<char>, String> {
    Ok(shape(text, bold, 16.0)?.missing)
}

const ELLIPSIS: char = '…';

/// Breaks `text` into lines no wider than `width`, at most `max_lines` of them; when the text
/// does not fit, the last line ends with "…". A word wider than a whole line is broken
/// between letters (never between a letter and its combining mark).
pub fn wrap(text: &str, style: Style, width: f32, max_lines: usize) -> Result<Vec<String>, String> {
    let fits = |line: &str| text_width(line, style).map(|w| w <= width);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words: std::collections::VecDeque<String> = text.split_whitespace().map(str::to_owned).collect();
    while let Some(word) = words.pop_front() {
        let candidate = if current.is_empty() { word.clone() } else { format!("{current} {word}") };
        if fits(&candidate)? {
            current = candidate;
            continue;
        }
        if current.is_empty() {
            // A single word wider than the line: split it.
            let (head, tail) = split_to_fit(&word, |part| fits(part))?;
            lines.push(head);
            if !tail.is_empty() {
                words.push_front(tail);
            }
        } else {
            lines.push(std::mem::take(&mut current));
            words.push_front(word);
        }
        if lines.len() == max_lines {
            break;
        }
    }
    if !current.is_empty() && lines.len() < max_lines {
        lines.push(std::mem::take(&mut current));
    }
    let cut = !words.is_empty() || !current.is_empty();
    if cut {
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, |line| fits(line))?;
        }
    }
    Ok(lines)
}

/// The longest start of `word` that fits (at least one letter), and the rest.
fn split_to_fit(word: &str, fits: impl Fn(&str) -> Result<bool, String>) -> Result<(String, String), String> {
    let boundaries = letter_boundaries(word);
    let mut best = boundaries.first().copied().unwrap_or(word.len());
    for &end in &boundaries {
        if fits(&word[..end])? {
            best = end;
        } else {
            break;
        }
    }
    Ok((word[..best].to_owned(), word[best..].to_owned()))
}

/// Byte offsets after each letter with its combining marks.
fn letter_boundaries(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    for (index, ch) in text.char_indices().skip(1) {
        if !is_combining(ch) {
            ends.push(index);
        }
    }
    ends.push(text.len());
    ends
}

fn is_combining(ch: char) -> bool {
    matches!(ch, '\u{0300}'..='\u{036f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}')
}

/// `text` on one line of at most `width`, ended with "…" when cut; empty for empty text.
fn one_line(text: &str, style: Style, width: f32) -> Result<String, String> {
    Ok(wrap(text, style, width, 1)?.into_iter().next().unwrap_or_default())
}

/// `line` shortened until `line…` fits, cutting at a word when it can.
fn with_ellipsis(line: &str, fits: impl Fn(&str) -> Result<bool, String>) -> Result<String, String> {
    let trimmed = line.trim_end_matches([',', ';', ':', '.', ' ', '–', '-']);
    let candidate = format!("{trimmed}{ELLIPSIS}");
    if fits(&candidate)? {
        return Ok(candidate);
    }
    // Drop whole words first, then letters.
    let mut words: Vec<&str> = trimmed.split(' ').collect();
    while words.len() > 1 {
        words.pop();
        let shorter = words.join(" ");
        let candidate = format!("{}{ELLIPSIS}", shorter.trim_end_matches([',', ';', ':', '.', ' ', '–', '-']));
        if fits(&candidate)? {
            return Ok(candidate);
        }
    }
    let word = words.first().copied().unwrap_or_default();
    for end in letter_boundaries(word).into_iter().rev() {
        let candidate = format!("{}{ELLIPSIS}", &word[..end]);
        if fits(&candidate)? {
            return Ok(candidate);
        }
    }
    Ok(ELLIPSIS.to_string())
}

// ---------------------------------------------------------------------------------------------
// Layout and SVG

fn escape(text: &str) -> String {
    bhyt_content::escape_xml(text)
}

fn text_element(out: &mut String, x: f32, baseline: f32, style: Style, text: &str) {
    let weight = if style.bold { " font-weight=\"bold\"" } else { "" };
    let _ = writeln!(
        out,
        r#"<text x="{x:.1}" y="{baseline:.1}" font-family="DejaVu Sans"{weight} font-size="{}" fill="{}">{}</text>"#,
        style.size,
        style.color,
        escape(text)
    );
}

/// First baseline of a block whose top is at `top`: room for Vietnamese marks above capitals.
fn first_baseline(top: f32, style: Style) -> f32 {
    top + style.size * 0.98
}

fn svg_open() -> String {
    let (w, h) = (SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
    format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n")
}

const SVG_CLOSE: &str = "</svg>\n";

/// The SVG of a picture, its text laid out to fit. Fails when the card's blocks, at their
/// line limits, could not fit between the header and the footer.
pub fn picture_svg(frame: &Frame, card: &Card) -> Result<String, String> {
    let layers = picture_layers(frame, card)?;
    Ok(format!("{}{}{}{SVG_CLOSE}", svg_open(), layers.frame, layers.body))
}

/// A picture's SVG elements in two layers: the frame (background, logo, header, footer), the
/// same for every picture of a site with or without a header, and the body (the card's blocks).
pub struct Layers {
    pub frame: String,
    pub body: String,
}

pub fn picture_layers(frame: &Frame, card: &Card) -> Result<Layers, String> {
    let (w, h) = (SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT);
    let bg = BRAND;
    let mut out = String::new();
    let _ = writeln!(out, r#"<rect width="{w}" height="{h}" fill="{bg}"/>"#);

    // Header: the logo (a white square with a cross), the site's name and the locality.
    let logo = if card.header { 84.0 } else { 104.0 };
    let (lx, ly) = (TEXT_LEFT, 62.0);
    let _ = writeln!(
        out,
        r#"<rect x="{lx}" y="{ly}" width="{logo}" height="{logo}" rx="{:.1}" fill="{WHITE}"/>"#,
        logo / 6.0
    );
    let (arm, bar) = (logo * 0.62, logo * 0.22);
    let (cx, cy) = (lx + logo / 2.0, ly + logo / 2.0);
    let step = (arm - bar) / 2.0;
    let _ = writeln!(
        out,
        r#"<path d="M{:.1} {:.1}h{bar:.1}v{step:.1}h{step:.1}v{bar:.1}h-{step:.1}v{step:.1}h-{bar:.1}v-{step:.1}h-{step:.1}v-{bar:.1}h{step:.1}z" fill="{DARK}"/>"#,
        cx - bar / 2.0,
        cy - arm / 2.0,
    );
    let body_top = if card.header {
        let x = lx + logo + 24.0;
        let width = TEXT_RIGHT - x;
        text_element(&mut out, x, 96.0, HEADER_NAME, &one_line(&frame.site_name, HEADER_NAME, width)?);
        text_element(&mut out, x, 136.0, HEADER_PLACE, &one_line(&frame.place, HEADER_PLACE, width)?);
        BODY_TOP_WITH_HEADER
    } else {
        BODY_TOP_LOGO_ONLY
    };
    // Footer: a line and the site's address.
    let _ =
        writeln!(out, r#"<rect x="{TEXT_LEFT}" y="{FOOTER_LINE_Y}" width="{TEXT_WIDTH}" height="4" fill="{ACCENT}"/>"#);
    text_element(&mut out, TEXT_LEFT, FOOTER_BASELINE, FOOTER, &one_line(&frame.host, FOOTER, TEXT_WIDTH)?);

    // Body: the blocks, stacked. Their height at their line limits must fit, whatever the text.
    let worst: f32 = card.blocks.iter().map(block_max_height).sum();
    if body_top + worst > BODY_BOTTOM {
        return Err(format!(
            "ảnh chia sẻ: các khối cao tới {:.0} px, quá chỗ ({:.0} px)",
            worst,
            BODY_BOTTOM - body_top
        ));
    }
    let mut body = String::new();
    let mut y = body_top;
    for block in &card.blocks {
        y = draw_block(&mut body, block, y)?;
    }
    Ok(Layers { frame: out, body })
}

fn block_max_height(block: &Block) -> f32 {
    match block {
        Block::Tags { .. } => TAG.line_height + 22.0,
        Block::Text { style, max_lines, .. } => style.line_height * *max_lines as f32,
        Block::Figure { .. } => FIGURE.line_height,
        Block::Gap(gap) => *gap,
    }
}

/// Draws one block from `top`; returns the top of the next.
fn draw_block(out: &mut String, block: &Block, top: f32) -> Result<f32, String> {
    match block {
        Block::Gap(gap) => Ok(top + gap),
        Block::Text { text, style, max_lines } => {
            let lines = wrap(text, *style, TEXT_WIDTH, *max_lines)?;
            let mut baseline = first_baseline(top, *style);
            for line in &lines {
                text_element(out, TEXT_LEFT, baseline, *style, line);
                baseline += style.line_height;
            }
            Ok(top + style.line_height * lines.len() as f32)
        }
        Block::Figure { value, unit } => {
            let baseline = top + FIGURE.size * 0.9;
            let value_line = one_line(value, FIGURE, TEXT_WIDTH)?;
            text_element(out, TEXT_LEFT, baseline, FIGURE, &value_line);
            let x = TEXT_LEFT + text_width(&value_line, FIGURE)? + 22.0;
            if x < TEXT_RIGHT - 60.0 {
                text_element(out, x, baseline, FIGURE_UNIT, &one_line(unit, FIGURE_UNIT, TEXT_RIGHT - x)?);
            }
            Ok(top + FIGURE.line_height)
        }
        Block::Tags { kinds, samples, note } => {
            let (height, pad, gap) = (TAG.line_height, 16.0, 12.0);
            let baseline = top + height / 2.0 + TAG.size * 0.36;
            let mut x = TEXT_LEFT;
            for (text, filled) in kinds.iter().map(|k| (k, true)).chain(samples.iter().map(|s| (s, false))) {
                let room = TEXT_RIGHT - x - 2.0 * pad;
                if room < 60.0 {
                    break;
                }
                let label = one_line(text, TAG, room)?;
                let width = text_width(&label, TAG)? + 2.0 * pad;
                if filled {
                    let _ = writeln!(
                        out,
                        r#"<rect x="{x:.1}" y="{top:.1}" width="{width:.1}" height="{height}" rx="8" fill="{YELLOW}"/>"#
                    );
                    text_element(out, x + pad, baseline, TAG, &label);
                } else {
                    let _ = writeln!(
                        out,
                        r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{:.1}" rx="8" fill="none" stroke="{WHITE}" stroke-width="3"/>"#,
                        x + 1.5,
                        top + 1.5,
                        width - 3.0,
                        height - 3.0
                    );
                    text_element(out, x + pad, baseline, Style { color: WHITE, ..TAG }, &label);
                }
                x += width + gap;
            }
            if let Some(note) = note {
                let room = TEXT_RIGHT - x - 4.0;
                if room > 60.0 {
                    let line = one_line(note, TAG_NOTE, room)?;
                    text_element(out, x + 4.0, top + height / 2.0 + TAG_NOTE.size * 0.36, TAG_NOTE, &line);
                }
            }
            Ok(top + height + 22.0)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rendering, checking, encoding

/// Renders the SVG and checks that every line of text sits inside the margins. Fails when the
/// fonts are missing, rather than writing a picture without its words.
pub fn render(svg: &str) -> Result<Pixmap, String> {
    let mut pixmap = Pixmap::new(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT).ok_or("ảnh chia sẻ")?;
    draw_on(&mut pixmap, svg)?;
    Ok(pixmap)
}

/// Draws an SVG over what `pixmap` already holds, after checking its text.
fn draw_on(pixmap: &mut Pixmap, svg: &str) -> Result<(), String> {
    let fonts = fonts()?;
    let tree = usvg::Tree::from_str(svg, &fonts.options).map_err(|err| err.to_string())?;
    check_text_inside(tree.root())?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    Ok(())
}

/// Renders a picture from its layers, drawing the frame only once for all the pictures that
/// share it (`frames` keeps them): the same pixels as [`render`] of the whole SVG.
pub fn render_layers(
    layers: &Layers,
    frames: &mut std::collections::HashMap<String, Pixmap>,
) -> Result<Pixmap, String> {
    if !frames.contains_key(&layers.frame) {
        let drawn = render(&format!("{}{}{SVG_CLOSE}", svg_open(), layers.frame))?;
        frames.insert(layers.frame.clone(), drawn);
    }
    let mut pixmap = frames[&layers.frame].clone();
    draw_on(&mut pixmap, &format!("{}{}{SVG_CLOSE}", svg_open(), layers.body))?;
    Ok(pixmap)
}

/// The site's icon (`favicon.svg`, square) as a `size` × `size` PNG for home screens, on the
/// background colour to its edges: launchers cut their own shape, and the mark stays inside
/// the circle they keep (the middle 80%).
pub fn icon_png(svg: &str, size: u32) -> Result<Vec<u8>, String> {
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).map_err(|err| format!("biểu tượng: {err}"))?;
    let scale = size as f32 / tree.size().width().max(tree.size().height());
    let mut pixmap = Pixmap::new(size, size).ok_or("biểu tượng")?;
    pixmap.fill(resvg::tiny_skia::Color::from_rgba8(BACKGROUND[0], BACKGROUND[1], BACKGROUND[2], 255));
    resvg::render(&tree, Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    encode_png(&pixmap)
}

/// One line of text on the background, with 20 px around it: for checking how letters are drawn.
pub fn line_picture(text: &str, style: Style) -> Result<Pixmap, String> {
    let width = (text_width(text, style)? + 40.0).ceil().max(40.0) as u32;
    let height = (style.size * 2.0).ceil() as u32;
    let bg = BRAND;
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}"><rect width="{width}" height="{height}" fill="{bg}"/>"#
    );
    text_element(&mut svg, 20.0, style.size * 1.4, style, text);
    svg.push_str("</svg>");
    let fonts = fonts()?;
    let tree = usvg::Tree::from_str(&svg, &fonts.options).map_err(|err| err.to_string())?;
    let mut pixmap = Pixmap::new(width, height).ok_or("ảnh chữ")?;
    resvg::render(&tree, Transform::default(), &mut pixmap.as_mut());
    Ok(pixmap)
}

fn check_text_inside(group: &usvg::Group) -> Result<(), String> {
    let edge = CLEAR_EDGE as f32;
    for node in group.children() {
        match node {
            usvg::Node::Group(child) => check_text_inside(child)?,
            usvg::Node::Text(text) => {
                let layout = text.abs_bounding_box();
                let ink = text.flattened().abs_bounding_box();
                let words: String = text.chunks().iter().map(|chunk| chunk.text()).collect();
                if layout.right() > TEXT_RIGHT + 0.5 || layout.left() < edge {
                    return Err(format!(
                        "ảnh chia sẻ: dòng “{words}” vượt lề ({:.1}–{:.1} px)",
                        layout.left(),
                        layout.right()
                    ));
                }
                let (w, h) = (SHARE_IMAGE_WIDTH as f32, SHARE_IMAGE_HEIGHT as f32);
                if ink.left() < edge || ink.top() < edge || ink.right() > w - edge || ink.bottom() > h - edge {
                    return Err(format!("ảnh chia sẻ: chữ “{words}” ra sát mép ảnh"));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The picture as an indexed PNG: the flat colours of the design and the most used shades of
/// their anti-aliased edges, at most 256, each pixel mapped to the nearest.
pub fn encode_png(pixmap: &Pixmap) -> Result<Vec<u8>, String> {
    use std::collections::HashMap;
    // The background is opaque, so every pixel is too: its premultiplied colour is its colour.
    let pixels: Vec<u32> = pixmap.data().chunks_exact(4).map(|p| u32::from_be_bytes([0, p[0], p[1], p[2]])).collect();
    // Neighbouring pixels are mostly the same colour: count runs, not pixels.
    let mut counts: HashMap<u32, u32> = HashMap::new();
    let mut run = (u32::MAX, 0u32);
    for &pixel in &pixels {
        if pixel == run.0 {
            run.1 += 1;
        } else {
            if run.1 > 0 {
                *counts.entry(run.0).or_default() += run.1;
            }
            run = (pixel, 1);
        }
    }
    *counts.entry(run.0).or_default() += run.1;
    let mut by_use: Vec<(u32, u32)> = counts.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<u32> = by_use.iter().take(256).map(|(colour, _)| *colour).collect();
    let channels = |c: u32| [(c >> 16) as i32 & 0xff, (c >> 8) as i32 & 0xff, c as i32 & 0xff];
    let mut index_of: HashMap<u32, u8> = HashMap::with_capacity(by_use.len());
    for (colour, _) in &by_use {
        let [r, g, b] = channels(*colour);
        let nearest = palette
            .iter()
            .enumerate()
            .min_by_key(|(_, p)| {
                let [pr, pg, pb] = channels(**p);
                // Weighted like the eye: green counts most.
                2 * (pr - r).pow(2) + 4 * (pg - g).pow(2) + 3 * (pb - b).pow(2)
            })
            .map(|(index, _)| index as u8)
            .unwrap_or(0);
        index_of.insert(*colour, nearest);
    }
    let mut indices = Vec::with_capacity(pixels.len());
    let mut last = (u32::MAX, 0u8);
    for &pixel in &pixels {
        if pixel != last.0 {
            last = (pixel, index_of[&pixel]);
        }
        indices.push(last.1);
    }
    let palette_bytes: Vec<u8> = palette.iter().flat_map(|c| channels(*c).map(|v| v as u8)).collect();
    let mut out = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
        encoder.set_color(png::ColorType::Indexed);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_palette(palette_bytes);
        encoder.set_deflate_compression(png::DeflateCompression::Level(4));
        encoder.set_filter(png::Filter::NoFilter);
        let mut writer = encoder.write_header().map_err(|err| err.to_string())?;
        writer.write_image_data(&indices).map_err(|err| err.to_string())?;
        writer.finish().map_err(|err| err.to_string())?;
    }
    Ok(out)
}

/// The PNG of a picture.
pub fn picture_png(frame: &Frame, card: &Card) -> Result<Vec<u8>, String> {
    encode_png(&render(&picture_svg(frame, card)?)?)
}

/// Writes each picture into `output_dir`. With a cache folder, a picture whose SVG (and fonts
/// and encoder) are unchanged is copied from the cache instead of drawn again: the key is a
/// hash of everything that determines its pixels, so a cached file is never stale.
pub fn write_pictures(
    frame: &Frame,
    pictures: &[&SharePicture],
    output_dir: &Path,
    cache_dir: Option<&Path>,
) -> Result<PictureStats, String> {
    let fonts = fonts()?;
    if let Some(cache) = cache_dir {
        std::fs::create_dir_all(cache).map_err(|err| format!("{}: {err}", cache.display()))?;
    }
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
    let chunk = pictures.len().div_ceil(threads).max(1);
    let results: Vec<Result<PictureStats, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = pictures
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let mut stats = PictureStats::default();
                    let mut frames = std::collections::HashMap::new();
                    for picture in part {
                        let layers = picture_layers(frame, &picture.card)?;
                        let target = output_dir.join(picture.file());
                        if let Some(parent) = target.parent() {
                            std::fs::create_dir_all(parent).map_err(|err| format!("{}: {err}", parent.display()))?;
                        }
                        let cached =
                            cache_dir.map(|dir| dir.join(format!("{}.png", cache_key(&fonts.digest, &layers))));
                        let bytes = match cached.as_ref().and_then(|file| std::fs::read(file).ok()) {
                            Some(bytes) => {
                                stats.reused += 1;
                                bytes
                            }
                            None => {
                                let bytes = encode_png(&render_layers(&layers, &mut frames)?)?;
                                if let Some(file) = &cached {
                                    store(file, &bytes)?;
                                }
                                stats.drawn += 1;
                                bytes
                            }
                        };
                        stats.bytes += bytes.len() as u64;
                        std::fs::write(&target, &bytes).map_err(|err| format!("{}: {err}", target.display()))?;
                    }
                    Ok(stats)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|handle| handle.join().unwrap_or_else(|_| Err("ảnh chia sẻ: luồng vẽ bị lỗi".into())))
            .collect()
    });
    let mut total = PictureStats::default();
    for result in results {
        let stats = result?;
        total.drawn += stats.drawn;
        total.reused += stats.reused;
        total.bytes += stats.bytes;
    }
    Ok(total)
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PictureStats {
    pub drawn: usize,
    pub reused: usize,
    pub bytes: u64,
}

/// Hash of what determines a picture's bytes: its SVG, the fonts and the encoder.
pub fn cache_key(font_digest: &str, layers: &Layers) -> String {
    let mut hasher = Sha256::new();
    for part in [ENCODER_VERSION, font_digest, &layers.frame, &layers.body] {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hex(&hasher.finalize())
}

/// Writes a cache entry under a temporary name first, so a build stopped halfway never leaves
/// a truncated picture behind a valid key.
fn store(file: &PathBuf, bytes: &[u8]) -> Result<(), String> {
    let temporary = file.with_extension(
        format!("tmp-{}-{:?}", std::process::id(), std::thread::current().id()).replace(['(', ')'], ""),
    );
    std::fs::write(&temporary, bytes).map_err(|err| format!("{}: {err}", temporary.display()))?;
    std::fs::rename(&temporary, file).map_err(|err| format!("{}: {err}", file.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_wraps_to_the_limit_and_ends_with_an_ellipsis() {
        let text = "Hướng dẫn chi tiết về việc gia hạn thẻ bảo hiểm y tế hộ gia đình trên ứng dụng VssID, \
                    kèm những câu hỏi thường gặp của người dân ở các tổ dân phố và thôn xóm";
        let lines = wrap(text, TITLE, TEXT_WIDTH, 3).unwrap();
        assert_eq!(lines.len(), 3, "{lines:?}");
        assert!(lines[2].ends_with(ELLIPSIS), "{lines:?}");
        for line in &lines {
            assert!(text_width(line, TITLE).unwrap() <= TEXT_WIDTH, "{line}");
        }
        let short = wrap("Tin ngắn", TITLE, TEXT_WIDTH, 3).unwrap();
        assert_eq!(short, vec!["Tin ngắn".to_owned()]);
    }

    #[test]
    fn a_word_longer_than_a_line_is_broken() {
        let word = "Bảohiểmytếtoàndân".repeat(6);
        let lines = wrap(&word, TITLE, TEXT_WIDTH, 2).unwrap();
        assert_eq!(lines.len(), 2);
        for line in &lines {
            assert!(text_width(line, TITLE).unwrap() <= TEXT_WIDTH, "{line}");
        }
        assert!(lines[1].ends_with(ELLIPSIS));
    }

    #[test]
    fn widths_grow_with_the_text() {
        let one = text_width("Ả", TITLE).unwrap();
        let two = text_width("ẢẢ", TITLE).unwrap();
        assert!(one > 20.0 && (two - 2.0 * one).abs() < 1.0, "{one} {two}");
    }
}
