//! The picture Zalo and Facebook show beside a shared link: 1200 × 630, one per locality,
//! drawn from SVG at build time so nothing is uploaded by hand.

use bhyt_content::site::SiteConfig;

pub const SHARE_IMAGE_PATH: &str = "/chia-se.png";
pub const SHARE_IMAGE_WIDTH: u32 = 1200;
pub const SHARE_IMAGE_HEIGHT: u32 = 630;
/// DejaVu (Debian's fonts-dejavu-core) covers every Vietnamese letter.
pub const FONT_FILES: [&str; 2] =
    ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"];

/// What the picture says, for `og:image:alt`.
pub fn share_image_alt(site: &SiteConfig) -> String {
    format!("Bảo hiểm y tế toàn dân – {}, {}", site.locality.full_name(), site.locality.province)
}

pub fn share_image_svg(site: &SiteConfig) -> String {
    let escape = bhyt_content::publish::escape_xml;
    let locality = escape(&site.locality.full_name());
    let province = escape(&site.locality.province);
    let host = escape(site.locality.base_url.trim_start_matches("https://").trim_start_matches("http://"));
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}">
<rect width="{w}" height="{h}" fill="#0b3d5c"/>
<rect y="590" width="{w}" height="40" fill="#1d70b8"/>
<rect x="80" y="80" width="120" height="120" rx="20" fill="#ffffff"/>
<path d="M125 100h30v35h35v30h-35v35h-30v-35h-35v-30h35z" fill="#0b3d5c"/>
<text x="80" y="330" font-family="DejaVu Sans" font-weight="bold" font-size="76" fill="#ffffff">Bảo hiểm y tế toàn dân</text>
<text x="80" y="420" font-family="DejaVu Sans" font-weight="bold" font-size="52" fill="#ffdd00">{locality}</text>
<text x="80" y="485" font-family="DejaVu Sans" font-size="40" fill="#ffffff">{province}</text>
<text x="80" y="555" font-family="DejaVu Sans" font-size="30" fill="#d2e2ef">Tự kiểm tra nhóm tham gia, mức đóng và nơi đăng ký · {host}</text>
</svg>"##,
        w = SHARE_IMAGE_WIDTH,
        h = SHARE_IMAGE_HEIGHT,
    )
}

/// Renders the picture to PNG. Fails when the fonts are missing, rather than writing a
/// picture without its words.
pub fn share_image_png(site: &SiteConfig) -> Result<Vec<u8>, String> {
    let mut options = resvg::usvg::Options::default();
    for file in FONT_FILES {
        let data = std::fs::read(file)
            .map_err(|err| format!("{file}: {err} (cần gói Debian fonts-dejavu-core; scripts/setup.sh cài gói này)"))?;
        options.fontdb_mut().load_font_data(data);
    }
    let tree = resvg::usvg::Tree::from_str(&share_image_svg(site), &options).map_err(|err| err.to_string())?;
    let mut pixmap = resvg::tiny_skia::Pixmap::new(SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT).ok_or("ảnh chia sẻ")?;
    resvg::render(&tree, resvg::tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap.encode_png().map_err(|err| err.to_string())
}
