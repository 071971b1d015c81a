//! The pictures keep every word inside their margins, whatever the text, and draw Vietnamese
//! letters with their marks.

use bhyt_share_image::*;
use resvg::tiny_skia::Pixmap;
use unicode_normalization::UnicodeNormalization;

fn frame(place: &str, host: &str) -> Frame {
    Frame { site_name: "Bảo hiểm y tế toàn dân".into(), place: place.into(), host: host.into() }
}

fn is_background(pixmap: &Pixmap, x: u32, y: u32) -> bool {
    let pixel = pixmap.pixel(x, y).expect("inside the picture").demultiply();
    [pixel.red(), pixel.green(), pixel.blue()] == BACKGROUND
}

/// Columns and rows that hold ink (pixels not the background colour), as (left, top, right, bottom).
fn ink_box(pixmap: &Pixmap, within: (u32, u32, u32, u32)) -> Option<(u32, u32, u32, u32)> {
    let (x0, y0, x1, y1) = within;
    let mut found: Option<(u32, u32, u32, u32)> = None;
    for y in y0..y1 {
        for x in x0..x1 {
            if !is_background(pixmap, x, y) {
                let b = found.get_or_insert((x, y, x, y));
                *b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
            }
        }
    }
    found
}

fn ink_count(pixmap: &Pixmap, within: (u32, u32, u32, u32)) -> usize {
    let (x0, y0, x1, y1) = within;
    (y0..y1).flat_map(|y| (x0..x1).map(move |x| (x, y))).filter(|&(x, y)| !is_background(pixmap, x, y)).count()
}

/// The first pixel within `edge` of a side that is not the background.
fn ink_near_edge(pixmap: &Pixmap, edge: u32) -> Option<(u32, u32)> {
    let (w, h) = (pixmap.width(), pixmap.height());
    (0..h)
        .flat_map(|y| (0..w).map(move |x| (x, y)))
        .filter(|&(x, y)| x < edge || y < edge || x >= w - edge || y >= h - edge)
        .find(|&(x, y)| !is_background(pixmap, x, y))
}

fn long_words(count: usize) -> String {
    ["Hướng", "dẫn", "gia", "hạn", "thẻ", "bảo", "hiểm", "y", "tế", "hộ", "gia", "đình", "trên", "ứng", "dụng", "VssID"]
        .iter()
        .cycle()
        .take(count)
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Cards at their worst: every block's text far longer than its lines, words longer than a
/// line, the widest letters.
fn worst_cards() -> Vec<Card> {
    let long = long_words(80);
    let unbroken = "Đ".repeat(120);
    let wide = "WMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWMWM ".repeat(6);
    let mut cards = Vec::new();
    for text in [&long, &unbroken, &wide] {
        cards.push(Card {
            header: true,
            blocks: vec![
                Block::Tags {
                    kinds: vec![format!("Cải chính thông tin sai {text}")],
                    samples: vec!["Bài mẫu".into()],
                    note: Some(text.clone()),
                },
                Block::Text { text: text.clone(), style: TITLE, max_lines: 3 },
            ],
        });
        cards.push(Card {
            header: true,
            blocks: vec![
                Block::Tags {
                    kinds: vec!["Số liệu".into()], samples: vec![text.clone(), text.clone()], note: None
                },
                Block::Text { text: text.clone(), style: HEADLINE, max_lines: 1 },
                Block::Figure { value: text.clone(), unit: text.clone() },
                Block::Text { text: text.clone(), style: BODY, max_lines: 1 },
            ],
        });
        cards.push(Card {
            header: true,
            blocks: vec![
                Block::Tags { kinds: vec!["Kế hoạch".into()], samples: vec![], note: None },
                Block::Text { text: text.clone(), style: LONG_TITLE, max_lines: 3 },
                Block::Gap(6.0),
                Block::Text { text: text.clone(), style: EMPHASIS, max_lines: 1 },
                Block::Text { text: text.clone(), style: NOTE, max_lines: 1 },
            ],
        });
        cards.push(Card {
            header: false,
            blocks: vec![
                Block::Text { text: text.clone(), style: BIG_TITLE, max_lines: 1 },
                Block::Text { text: text.clone(), style: LOCALITY, max_lines: 1 },
                Block::Text { text: text.clone(), style: BODY, max_lines: 1 },
                Block::Gap(8.0),
                Block::Text { text: text.clone(), style: NOTE, max_lines: 1 },
            ],
        });
    }
    cards
}

#[test]
fn no_word_runs_past_the_margins_whatever_the_text() {
    let frames = [
        frame("Phường Kiến An, thành phố Hải Phòng", "bhyt.kienan.haiphong.gov.vn"),
        frame(&long_words(40), &format!("bhyt.{}.gov.vn", "rat-dai".repeat(40))),
    ];
    for frame in &frames {
        for card in worst_cards() {
            let pixmap =
                render(&picture_svg(frame, &card).expect("the card fits")).expect("renders within its margins");
            assert_eq!((pixmap.width(), pixmap.height()), (SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT));
            assert_eq!(ink_near_edge(&pixmap, CLEAR_EDGE), None, "ink within {CLEAR_EDGE} px of an edge: {card:?}");
            // Every line starts at the left margin and ends before the right one (a few pixels
            // of a glyph's overhang allowed).
            let (left, _, right, _) = ink_box(&pixmap, (0, 0, SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT)).unwrap();
            assert!(
                left as f32 >= TEXT_LEFT - 3.0 && right as f32 <= TEXT_RIGHT + 3.0,
                "ink from {left} to {right}: {card:?}"
            );
        }
    }
}

#[test]
fn drawing_the_frame_once_gives_the_same_pixels() {
    let frame = frame("Phường Kiến An, thành phố Hải Phòng", "bhyt.kienan.haiphong.gov.vn");
    let mut frames = std::collections::HashMap::new();
    for card in worst_cards() {
        let whole = render(&picture_svg(&frame, &card).unwrap()).unwrap();
        let layered = render_layers(&picture_layers(&frame, &card).unwrap(), &mut frames).unwrap();
        assert!(whole.data() == layered.data(), "{card:?}");
    }
    assert_eq!(frames.len(), 2, "one frame with the header, one without");
}

#[test]
fn the_png_is_1200_by_630_and_indexed() {
    let card = &worst_cards()[0];
    let png = picture_png(&frame("Xã Long Thạnh, tỉnh An Giang", "bhyt.longthanh.angiang.gov.vn"), card).unwrap();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 1200);
    assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), 630);
    assert_eq!(png[25], 3, "colour type 3: indexed");
    assert!(png.len() < 60_000, "{} bytes", png.len());
}

#[test]
fn a_card_whose_blocks_could_not_fit_is_refused() {
    let card = Card { header: true, blocks: vec![Block::Text { text: "Dài".into(), style: TITLE, max_lines: 6 }] };
    let err = picture_svg(&frame("Phường Kiến An", "bhyt.example.gov.vn"), &card).unwrap_err();
    assert!(err.contains("quá chỗ"), "{err}");
}

#[test]
fn cached_pictures_are_reused_only_when_nothing_drawn_has_changed() {
    let dir = std::env::temp_dir().join(format!("bhyt-share-cache-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let (out, cache) = (dir.join("dist"), dir.join("cache"));
    let frame = frame("Phường Kiến An, thành phố Hải Phòng", "bhyt.kienan.haiphong.gov.vn");
    let card = |title: &str| Card {
        header: true,
        blocks: vec![Block::Text { text: title.into(), style: TITLE, max_lines: 3 }],
    };
    let first = SharePicture::new(&frame, "/anh-chia-se/tin-tuc/a.png".into(), card("Tiêu đề thứ nhất"));
    let stats = write_pictures(&frame, &[&first], &out, Some(&cache)).unwrap();
    assert_eq!((stats.drawn, stats.reused), (1, 0));
    let drawn = std::fs::read(out.join("anh-chia-se/tin-tuc/a.png")).unwrap();
    let stats = write_pictures(&frame, &[&first], &out, Some(&cache)).unwrap();
    assert_eq!((stats.drawn, stats.reused), (0, 1), "unchanged: reused");
    assert_eq!(std::fs::read(out.join("anh-chia-se/tin-tuc/a.png")).unwrap(), drawn);
    // The same path with another title is drawn again, never taken from the cache.
    let changed = SharePicture::new(&frame, "/anh-chia-se/tin-tuc/a.png".into(), card("Tiêu đề đã sửa"));
    let stats = write_pictures(&frame, &[&changed], &out, Some(&cache)).unwrap();
    assert_eq!((stats.drawn, stats.reused), (1, 0), "changed title: drawn again");
    assert_ne!(std::fs::read(out.join("anh-chia-se/tin-tuc/a.png")).unwrap(), drawn);
    // So is a picture whose locality changed.
    let other = Frame { place: "Xã Long Thạnh, tỉnh An Giang".into(), ..frame.clone() };
    let stats = write_pictures(&other, &[&first], &out, Some(&cache)).unwrap();
    assert_eq!((stats.drawn, stats.reused), (1, 0), "changed frame: drawn again");
    // Without a cache (a clean build), everything is drawn.
    let stats = write_pictures(&frame, &[&first, &changed], &dir.join("clean"), None).unwrap();
    assert_eq!((stats.drawn, stats.reused), (2, 0));
    assert!(std::fs::read(dir.join("clean/anh-chia-se/tin-tuc/a.png")).unwrap().len() > 1000);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every Vietnamese vowel with each tone mark, in both cases, and đ.
fn vietnamese_letters() -> Vec<String> {
    let tones = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
    let mut letters = Vec::new();
    for base in "aăâeêioôơuưy".chars() {
        for upper in [false, true] {
            let base: String = if upper { base.to_uppercase().collect() } else { base.to_string() };
            letters.push(base.clone());
            for tone in tones {
                letters.push(format!("{base}{tone}").nfc().collect());
            }
        }
    }
    letters.extend(["đ".to_owned(), "Đ".to_owned()]);
    letters
}

fn strip_marks(text: &str) -> String {
    text.nfd().filter(|c| !('\u{300}'..='\u{36f}').contains(c)).collect::<String>().replace('đ', "d").replace('Đ', "D")
}

#[test]
fn every_vietnamese_letter_has_a_glyph_and_its_marks_are_drawn() {
    let letters = vietnamese_letters();
    assert_eq!(letters.len(), 12 * 2 * 6 + 2);
    for style in [TITLE, BODY] {
        let all = letters.join(" ");
        assert_eq!(
            missing_glyphs(&all, style.bold).unwrap(),
            Vec::<char>::new(),
            "no empty boxes (bold: {})",
            style.bold
        );
        // The check sees a letter the font lacks (it would be drawn as an empty box).
        assert_eq!(missing_glyphs("A中", style.bold).unwrap(), vec!['中']);
        for letter in &letters {
            assert_eq!(letter.chars().count(), 1, "{letter} is one precomposed letter");
            let bare = strip_marks(letter);
            if bare == *letter {
                continue;
            }
            let (marked, plain) = (line_picture(letter, style).unwrap(), line_picture(&bare, style).unwrap());
            let whole = |p: &Pixmap| (0, 0, p.width(), p.height());
            let marked_box = ink_box(&marked, whole(&marked)).unwrap_or_else(|| panic!("{letter} has ink"));
            let plain_box = ink_box(&plain, whole(&plain)).unwrap();
            let marks: Vec<char> = letter.nfd().skip(1).collect();
            let above =
                marks.iter().any(|m| ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{302}', '\u{306}'].contains(m));
            let below = marks.contains(&'\u{323}');
            let horn = marks.contains(&'\u{31b}');
            let stroke = matches!(letter.as_str(), "đ" | "Đ");
            let gap = style.size * 0.05;
            assert_ne!(marked.data(), plain.data(), "{letter} is drawn differently from {bare}");
            // Above the letter: higher than the bare letter's top (the dot of a lowercase i
            // is as high as some marks, so it is left to the check above).
            if above && bare != "i" {
                assert!(
                    (marked_box.1 as f32) < plain_box.1 as f32 - gap,
                    "{letter}: a mark above {bare} ({marked_box:?} vs {plain_box:?})"
                );
            }
            // Below: more ink under the baseline (y already has a descender there).
            if below {
                let baseline = (style.size * 1.4) as u32 + 1;
                let under = |p: &Pixmap| ink_count(p, (0, baseline, p.width(), p.height()));
                assert!(
                    under(&marked) > under(&plain) + 10,
                    "{letter}: a dot below {bare} ({} vs {})",
                    under(&marked),
                    under(&plain)
                );
            }
            if horn {
                assert!(
                    marked_box.2 > plain_box.2,
                    "{letter}: a horn right of {bare} ({marked_box:?} vs {plain_box:?})"
                );
            }
            assert!(above || below || horn || stroke, "{letter}: every letter here carries a mark");
        }
    }
}

#[test]
fn a_title_with_every_tone_mark_is_drawn_with_its_marks() {
    let marked = "Ả Ã Á Ạ À Ầ Ẩ Ẫ Ấ Ậ Ắ Ằ Ẳ Ẵ Ặ Ể Ễ Ế Ệ Ề";
    let bare = strip_marks(marked);
    assert_eq!(bare, "A A A A A A A A A A A A A A A E E E E E");
    let frame = frame("Phường Kiến An, thành phố Hải Phòng", "bhyt.kienan.haiphong.gov.vn");
    let card = |title: &str| Card {
        header: true,
        blocks: vec![Block::Text { text: title.into(), style: TITLE, max_lines: 2 }],
    };
    let picture = |title: &str| render(&picture_svg(&frame, &card(title)).unwrap()).unwrap();
    let (with_marks, without) = (picture(marked), picture(&bare));
    // The title's band: below the header, above the footer.
    let band = (0, 170, SHARE_IMAGE_WIDTH, 500);
    let (marked_box, bare_box) = (ink_box(&with_marks, band).unwrap(), ink_box(&without, band).unwrap());
    assert!(marked_box.1 + 8 < bare_box.1, "marks above the capitals: {marked_box:?} vs {bare_box:?}");
    assert!(marked_box.3 > bare_box.3 + 4, "the dot below Ạ, Ậ, Ặ, Ệ: {marked_box:?} vs {bare_box:?}");
    // Letter by letter, each marked capital draws more ink than the bare one.
    let (ink, bare_ink) = (ink_count(&with_marks, band), ink_count(&without, band));
    assert!(ink > bare_ink + 1000, "{ink} vs {bare_ink}");
}
