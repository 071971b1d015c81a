//! Printing a page to PDF in Chromium (the WebDriver print command, A4, no margins: the page's
//! own `@page` rule sets them) and reading the PDF back with poppler's tools.

use crate::browser::Browser;
use std::path::Path;
use std::process::Command;
use thirtyfour::common::print::{PrintMargins, PrintPage, PrintParameters};

/// A4 in centimetres, as the print dialog's "A4".
const A4: PrintPage = PrintPage { width: 21.0, height: 29.7 };

/// Prints `url` to `out` once `ready` (a JavaScript condition) holds.
pub async fn print_to_pdf(browser: &Browser, url: &str, ready: &str, out: &Path) {
    browser.open(url).await;
    browser.wait_until(ready, "the page is ready to print").await;
    print_shown_page(browser, out).await;
}

/// Prints the page as it is now to `out`.
pub async fn print_shown_page(browser: &Browser, out: &Path) {
    let url = browser.driver.current_url().await.map(|url| url.to_string()).unwrap_or_default();
    let pdf = browser
        .driver
        .print_page(PrintParameters {
            page: A4,
            margin: PrintMargins { top: 0.0, bottom: 0.0, left: 0.0, right: 0.0 },
            background: true,
            shrink_to_fit: false,
            ..Default::default()
        })
        .await
        .unwrap_or_else(|err| panic!("print {url}: {err}"));
    assert!(pdf.starts_with(b"%PDF"), "{url}: not a PDF");
    std::fs::write(out, pdf).expect("write the PDF");
}

pub fn run(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|err| panic!("{program}: {err} (install poppler-utils: ./run test does it)"));
    assert!(output.status.success(), "{program} {args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// `Pages:` and `Page size:` of `pdfinfo`.
pub fn pdf_pages_and_size(pdf: &Path) -> (u32, String) {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    let field = |name: &str| {
        info.lines()
            .find_map(|line| line.strip_prefix(name))
            .map(|value| value.trim().to_owned())
            .unwrap_or_else(|| panic!("pdfinfo has no {name}: {info}"))
    };
    (field("Pages:").parse().expect("page count"), field("Page size:"))
}

/// The PDF's text, in reading order, with runs of white space made one space.
pub fn pdf_text(pdf: &Path) -> String {
    run("pdftotext", &[pdf.to_str().expect("a UTF-8 path"), "-"]).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The PDF's text in the order Chromium drew it, so a table cell's wrapped lines stay together
/// (reading order interleaves the cells of a row), with runs of white space made one space.
pub fn pdf_text_as_drawn(pdf: &Path) -> String {
    run("pdftotext", &["-raw", pdf.to_str().expect("a UTF-8 path"), "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
