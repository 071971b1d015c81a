//! The pages in English and Khmer, in Chromium on a phone: the language switch, and Khmer
//! drawn with a real font (the tests install Debian's fonts-khmeros; phones have their own),
//! never with missing-glyph boxes. axe and the Nu checker already read every language's pages
//! with the rest (browser.rs, html_validity.rs).

use bhyt_site_tests::browser::Browser;
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::wizard::{check_step, journey_in, wait_for_wizard, RESULT};
use bhyt_site_tests::{dist_dir, read, static_h1};
use thirtyfour::prelude::*;

/// Each distinct Khmer letter of the page, drawn alone in the page's own font, compared with a
/// code point no font has (U+0378, drawn as the missing-glyph box): the letters drawn the same
/// are missing. U+E000 (private use) is checked too, and must come out missing: the check can fail.
const MISSING_KHMER_LETTERS: &str = r#"(() => {
  const font = getComputedStyle(document.querySelector("h1")).font;
  const draw = (text) => {
    const canvas = document.createElement("canvas");
    canvas.width = 64; canvas.height = 64;
    const context = canvas.getContext("2d");
    context.font = font;
    context.fillText(text, 8, 48);
    return Array.from(context.getImageData(0, 0, 64, 64).data).join(",");
  };
  const missing = draw("\u0378");
  const letters = [...new Set(document.body.innerText.match(/[\u1780-\u17FF]/g) || [])];
  return {
    checked: letters.length,
    missing: letters.filter((letter) => draw(letter) === missing),
    control: draw("\uE000") === missing,
  };
})()"#;

#[tokio::test(flavor = "multi_thread")]
async fn khmer_is_drawn_with_a_font_without_missing_glyph_boxes() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    browser.open(&server.url("/km/lien-he/")).await;
    browser.wait_for_hydration().await;
    assert_eq!(browser.text("h1").await, static_h1(&read(&dist.join("km/lien-he/index.html"))));
    let result = browser.eval(MISSING_KHMER_LETTERS).await;
    assert_eq!(result["control"], true, "a letter no font has is seen as missing: {result}");
    assert!(result["checked"].as_u64().unwrap_or(0) >= 30, "the page's Khmer letters: {result}");
    assert_eq!(result["missing"], serde_json::json!([]), "Khmer letters drawn as boxes: {result}");
    // The Vietnamese inside (names from site.toml) keeps the Latin font.
    let fonts = browser
        .eval("[getComputedStyle(document.querySelector('h1')).fontFamily, getComputedStyle(document.querySelector('h3[lang=vi]')).fontFamily]")
        .await;
    assert!(fonts[0].as_str().unwrap_or_default().starts_with("\"Noto Sans Khmer\""), "{fonts}");
    assert!(fonts[1].as_str().unwrap_or_default().starts_with("system-ui"), "{fonts}");
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_language_switch_keeps_the_page_and_a_missing_translation_is_said() {
    let dist = dist_dir();
    let server = StaticServer::start(&dist);
    let browser = Browser::phone().await;
    browser.open(&server.url("/lien-he/")).await;
    browser.wait_for_hydration().await;
    // By keyboard: the switch's English link, as a person would follow it.
    browser.click(By::Css(".language-switch a[hreflang=en]")).await;
    browser.wait_until("location.pathname === '/en/lien-he/'", "the contacts page in English").await;
    assert_eq!(browser.eval("document.documentElement.lang").await, "en");
    assert_eq!(browser.text("h1").await, "Contacts and where to register for health insurance");
    assert_eq!(browser.count("[data-saved-copy]").await, 1, "the saved-copy line, hidden, in English too");
    // The plan has no English yet: the navigation says so, and goes to the Vietnamese page.
    let plan = browser.text(".site-nav a[href='/ke-hoach/']").await;
    assert_eq!(plan, "Plan (in Vietnamese)");
    browser.click(By::Css(".language-switch a[hreflang=km]")).await;
    browser.wait_until("location.pathname === '/km/lien-he/'", "the contacts page in Khmer").await;
    assert!(browser.text(".notice--translation").await.contains("អានទំព័រភាសាវៀតណាម"), "the unchecked banner");
    browser.click(By::Css(".notice--translation a")).await;
    browser.wait_until("location.pathname === '/lien-he/'", "the Vietnamese page, from the banner").await;
    assert_eq!(browser.eval("document.documentElement.lang").await, "vi");
    assert_eq!(browser.console_errors().await, Vec::<String>::new());
    browser.quit().await;
}

/// Letters only Vietnamese writes: a page in another language shows them only inside an
/// element marked `lang="vi"` (a name, a legal basis).
const VIETNAMESE_OUTSIDE_LANG_VI: &str = r#"(() => {
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  const found = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (element.closest("[lang=vi], [hidden], script, .visually-hidden") || !element.checkVisibility()) continue;
    if (/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(node.textContent)) found.push(node.textContent.trim());
  }
  return found;
})()"#;

#[tokio::test(flavor = "multi_thread")]
async fn the_self_check_runs_in_english_and_khmer_and_the_switch_keeps_the_answers() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::phone().await;
    // An adult paying alone, first card: 4,5% × 2.530.000 đồng a month (from 1/7/2026), × 12.
    let adult = [
        ("tuoi", "18-59"),
        ("cong_viec", "khong"),
        ("nguoi_co_cong", "khong"),
        ("ho_ngheo", "khong"),
        ("noi_song", "khong"),
        ("bao_tro_xa_hoi", "khong"),
        ("viec_o_thon", "khong"),
        ("ho_nong_nghiep", "khong"),
        ("so_nguoi_trong_ho", "1"),
        ("the_truoc_day", "chua-tung"),
    ];
    for (prefix, estimate, amount) in [("/en", "estimate", "1,366,200 VND"), ("/km", "ប៉ាន់ស្មាន", "1.366.200 ដុង")]
    {
        eprintln!("{prefix}: the self-check");
        journey_in(&browser, &server, prefix, &adult, "").await;
        assert!(browser
            .eval("location.pathname")
            .await
            .as_str()
            .unwrap_or_default()
            .starts_with(&format!("{prefix}{RESULT}")));
        let text = browser.text("main").await;
        assert!(text.contains(estimate) && text.contains(amount), "{prefix}: {text}");
        let vietnamese = browser.eval(VIETNAMESE_OUTSIDE_LANG_VI).await;
        eprintln!("{prefix}: Vietnamese left outside lang=vi: {vietnamese}");
        // The switch leads to the same result in Vietnamese, with the same answers.
        let query = browser.eval("location.search").await;
        browser.click(By::Css(".language-switch a[hreflang=vi]")).await;
        browser.wait_until(&format!("location.pathname === '{RESULT}'"), "the result in Vietnamese").await;
        assert_eq!(browser.eval("location.search").await, query, "{prefix}: the answers are kept");
        wait_for_wizard(&browser).await;
        assert_eq!(browser.text(".result-panel__group").await, "Người tự đóng BHYT (cá nhân)");
        check_step(&browser, &format!("{prefix}: back in Vietnamese")).await;
    }
    browser.quit().await;
}
