//! The printables, printed to PDF by Chromium through the WebDriver print command: the parent
//! handout (`/hoc-sinh/to-roi/`, at most two A4 pages, QR code to the guide) and the poster
//! (`/ap-phich/`, one A4 page, QR code to the self-check). The PDF is read back with poppler's
//! `pdfinfo` and `pdftoppm`, and the QR code is decoded from the rasterised page with `rqrr`.
//! axe-core checks the guide and both printables.

use bhyt_content::routes;
use bhyt_core::Language;
use bhyt_site_tests::browser::{Browser, BrowserOptions, TempDir};
use bhyt_site_tests::print::{pdf_pages_and_size, print_to_pdf, run};
use bhyt_site_tests::static_server::StaticServer;
use bhyt_site_tests::{built_site, dist_dir, workspace_root};
use std::path::{Path, PathBuf};

struct Printable {
    path: String,
    max_pages: u32,
    /// Where the QR code must lead: a page of the site, as an absolute address.
    qr_target: String,
    /// Words of the site's frame that must not be printed.
    chrome: [String; 2],
}

/// Each printable in each language: the handout's code leads to the guide in the same language,
/// the poster's to the self-check, each in the printable's language.
fn printables() -> Vec<Printable> {
    Language::ALL
        .into_iter()
        .flat_map(|language| {
            let words = bhyt_content::load_words(&workspace_root().join("content"), "kien-an", language).unwrap();
            let prefix = language.path_prefix();
            let chrome = [words.shell.skip_link.clone(), words.shell.about.clone()];
            [
                Printable {
                    path: format!("{prefix}{}", routes::HANDOUT.path),
                    max_pages: 2,
                    qr_target: format!("{prefix}{}", routes::STUDENTS.path),
                    chrome: chrome.clone(),
                },
                Printable {
                    path: format!("{prefix}{}", routes::POSTER.path),
                    max_pages: 1,
                    qr_target: format!("{prefix}{}", routes::WIZARD.path),
                    chrome,
                },
            ]
        })
        .collect()
}

const QR_IN_PAGE: &str = "document.querySelector('svg.qr__code path') !== null";

/// Every page at 150 dpi, as PNG files.
fn rasterise(pdf: &Path, dir: &Path) -> Vec<PathBuf> {
    let prefix = dir.join("side");
    run("pdftoppm", &["-r", "150", "-png", pdf.to_str().unwrap(), prefix.to_str().unwrap()]);
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read raster dir")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "png"))
        .collect();
    pages.sort();
    pages
}

/// The texts of every QR code found on a PNG page.
fn decode_qr_codes(png_file: &Path) -> Vec<String> {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(png_file).expect("open PNG")));
    let mut reader = decoder.read_info().expect("PNG header");
    let mut pixels = vec![0; reader.output_buffer_size().expect("PNG size")];
    let frame = reader.next_frame(&mut pixels).expect("PNG pixels");
    assert_eq!(frame.bit_depth, png::BitDepth::Eight, "{}", png_file.display());
    let channels = match frame.color_type {
        png::ColorType::Grayscale => 1,
        png::ColorType::GrayscaleAlpha => 2,
        png::ColorType::Rgb => 3,
        png::ColorType::Rgba => 4,
        other => panic!("{}: unexpected colour type {other:?}", png_file.display()),
    };
    let (width, height) = (frame.width as usize, frame.height as usize);
    let luma = |x: usize, y: usize| -> u8 {
        let at = (y * width + x) * channels;
        if channels >= 3 {
            ((u32::from(pixels[at]) * 299 + u32::from(pixels[at + 1]) * 587 + u32::from(pixels[at + 2]) * 114) / 1000)
                as u8
        } else {
            pixels[at]
        }
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, luma);
    image
        .detect_grids()
        .into_iter()
        .map(|grid| {
            grid.decode()
                .unwrap_or_else(|err| panic!("{}: QR code found but unreadable: {err:?}", png_file.display()))
                .1
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn printables_fit_a4_and_their_qr_codes_lead_to_the_right_address() {
    let dist = dist_dir();
    let base_url = built_site(&dist).locality.base_url;
    let server = StaticServer::start(&dist);
    let browser = Browser::start(BrowserOptions::default()).await;
    for printable in printables() {
        let work = TempDir::new("bhyt-in");
        let pdf = work.path.join("trang.pdf");
        print_to_pdf(&browser, &server.url(&printable.path), QR_IN_PAGE, &pdf).await;

        let (pages, size) = pdf_pages_and_size(&pdf);
        assert!(size.contains("(A4)"), "{}: page size {size}", printable.path);
        assert!(
            (1..=printable.max_pages).contains(&pages),
            "{}: {pages} pages printed, at most {} allowed",
            printable.path,
            printable.max_pages
        );

        let expected = format!("{base_url}{}", printable.qr_target);
        let found: Vec<String> = rasterise(&pdf, &work.path).iter().flat_map(|page| decode_qr_codes(page)).collect();
        assert_eq!(found, vec![expected.clone()], "{}: exactly one QR code, to {expected}", printable.path);
        // The address is also printed beside the code, for people who type it.
        let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]);
        assert!(text.split_whitespace().any(|word| word == expected), "{}: {expected} printed as text", printable.path);
        // Site chrome is not printed.
        assert!(!printable.chrome.iter().any(|words| text.contains(words)), "{}: site chrome printed", printable.path);
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_nothing_on_the_guide_and_the_printables() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions::default()).await;
    let paths = Language::ALL.into_iter().flat_map(|language| {
        [routes::STUDENTS.path, routes::HANDOUT.path, routes::POSTER.path]
            .map(|path| format!("{}{path}", language.path_prefix()))
    });
    for path in paths {
        browser.open(&server.url(&path)).await;
        browser.wait_for_hydration().await;
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{path}: {violations:#?}");
        assert!(browser.console_errors().await.is_empty(), "{path}: console errors");
    }
    browser.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_result_prints_on_one_a4_page_with_the_step_the_office_and_the_date() {
    let server = StaticServer::start(&dist_dir());
    let browser = Browser::start(BrowserOptions::default()).await;
    let adult = "cong_viec=khong&nguoi_co_cong=khong&ho_ngheo=khong&noi_song=khong&bao_tro_xa_hoi=khong";
    for (who, query) in [
        ("a child under 6", "tuoi=duoi-6".to_owned()),
        (
            "a 76-year-old without a pension",
            format!("tuoi=75-tro-len&{adult}&huu_tri_xa_hoi=chua-nhan&tro_cap_tuat=khong&viec_o_thon=khong&ho_nong_nghiep=khong&so_nguoi_trong_ho=1&the_truoc_day=con-han"),
        ),
        (
            "a farm household of five",
            format!("tuoi=18-59&{adult}&viec_o_thon=khong&ho_nong_nghiep=co&so_nguoi_trong_ho=5&the_truoc_day=con-han"),
        ),
        (
            "an adult who does not know the poverty list",
            format!("tuoi=18-59&{adult}&viec_o_thon=khong&ho_nong_nghiep=khong&so_nguoi_trong_ho=1&the_truoc_day=gian-doan")
                .replace("ho_ngheo=khong", "ho_ngheo=khong-biet"),
        ),
    ] {
        let work = TempDir::new("bhyt-in");
        let pdf = work.path.join("ket-qua.pdf");
        let url = server.url(&format!("{}?{query}", routes::RESULT.path));
        print_to_pdf(&browser, &url, "document.querySelector('.next-step') !== null", &pdf).await;
        let (pages, size) = pdf_pages_and_size(&pdf);
        assert!(size.contains("(A4)"), "{who}: page size {size}");
        let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]);
        assert_eq!(pages, 1, "{who}: the result prints on one page:\n{text}");
        for needed in ["Ước tính ngày", "Việc nên làm trước tiên", "Ủy ban nhân dân phường Kiến An", "cơ quan BHXH quyết định"] {
            assert!(text.contains(needed), "{who}: “{needed}” is printed:\n{text}");
        }
    }
    browser.quit().await;
}
