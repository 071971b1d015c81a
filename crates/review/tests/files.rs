//! The list's file: a workbook and the two kinds of CSV Excel writes, and files that must be
//! refused with a message rather than read: not UTF-8, an old .xls, a zip bomb, a cell far away.

use bhyt_review::{rows_from_file, MAX_COLUMNS, MAX_UNPACKED_BYTES};
use rust_xlsxwriter::{ExcelDateTime, Workbook};
use std::io::Write;

fn workbook(fill: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    fill(book.add_worksheet());
    book.save_to_buffer().expect("a workbook")
}

#[test]
fn a_workbooks_first_sheet_is_read_with_its_dates_and_numbers() {
    let bytes = workbook(|sheet| {
        sheet.write_string(0, 0, "ma_don_vi").unwrap();
        sheet.write_string(0, 1, "nam_sinh").unwrap();
        sheet.write_string(0, 3, "han_the").unwrap();
        sheet.write_string(1, 0, "tdp-1").unwrap();
        sheet.write_number(1, 1, 1951.0).unwrap();
        let date = ExcelDateTime::from_ymd(2026, 12, 31).unwrap();
        let format = rust_xlsxwriter::Format::new().set_num_format("dd/mm/yyyy");
        sheet.write_datetime_with_format(1, 3, &date, &format).unwrap();
        sheet.write_string(2, 0, "Ấp Mẫu").unwrap();
    });
    let rows = rows_from_file("danh-sach.xlsx", &bytes).expect("read");
    assert_eq!(rows[0], ["ma_don_vi", "nam_sinh", "", "han_the"]);
    assert_eq!(rows[1], ["tdp-1", "1951", "", "2026-12-31"]);
    assert_eq!(rows[2], ["Ấp Mẫu"]);
}

#[test]
fn csv_with_commas_or_semicolons_and_a_byte_order_mark() {
    let comma = "\u{feff}ma_don_vi,ma_ho,ho_ten\r\ntdp-1,H1,\"Lê, Thị Mẫu\"\r\n";
    assert_eq!(rows_from_file("a.csv", comma.as_bytes()).unwrap()[1], ["tdp-1", "H1", "Lê, Thị Mẫu"]);
    let semicolon = "ma_don_vi;ma_ho;ho_ten\ntdp-1;H1;Lê Thị Mẫu\n";
    assert_eq!(rows_from_file("a.csv", semicolon.as_bytes()).unwrap()[1], ["tdp-1", "H1", "Lê Thị Mẫu"]);
}

#[test]
fn files_that_cannot_be_read_get_a_message() {
    let latin = b"ma_don_vi,ho_ten\ntdp-1,L\xea Th\xec\n";
    assert!(rows_from_file("a.csv", latin).unwrap_err().message.contains("UTF-8"));
    assert!(rows_from_file("a.xls", b"\xd0\xcf\x11\xe0").unwrap_err().message.contains(".xls"));
    assert!(rows_from_file("a.pdf", b"%PDF").unwrap_err().message.contains(".xlsx hoặc .csv"));
    assert!(rows_from_file("a.xlsx", b"PK\x03\x04broken").unwrap_err().message.contains("bị hỏng"));

    let wide = (0..=MAX_COLUMNS).map(|n| n.to_string()).collect::<Vec<_>>().join(",");
    assert!(rows_from_file("a.csv", wide.as_bytes()).unwrap_err().message.contains("cột"));

    // One cell a million rows down would otherwise be a grid of a million empty rows.
    let far = workbook(|sheet| {
        sheet.write_string(0, 0, "ma_don_vi").unwrap();
        sheet.write_string(1_000_000, 0, "xa").unwrap();
    });
    assert!(rows_from_file("a.xlsx", &far).unwrap_err().message.contains("dòng"));

    // A small archive that unpacks past the limit.
    let mut bomb = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).large_file(true);
    bomb.start_file("xl/worksheets/sheet1.xml", options).unwrap();
    let zeros = vec![b' '; 1 << 20];
    for _ in 0..=(MAX_UNPACKED_BYTES >> 20) {
        bomb.write_all(&zeros).unwrap();
    }
    let bomb = bomb.finish().unwrap().into_inner();
    assert!(bomb.len() < 1 << 20, "the bomb is small: {} bytes", bomb.len());
    assert!(rows_from_file("a.xlsx", &bomb).unwrap_err().message.contains("giải nén"));
}
