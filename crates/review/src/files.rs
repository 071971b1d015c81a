//! The household list's file, `.xlsx` (through `calamine`) or `.csv` (through `csv`), into rows
//! of cells for [`crate::read_rows`]. A hostile or broken file gets one clear message instead
//! of hanging the page: the file's size, a workbook's unpacked size, its number of parts and the
//! sheet's rows and columns are all limited before anything large is built.

use crate::read::{Problem, MAX_CELL_CHARS, MAX_ROWS};
use bhyt_core::Date;
use calamine::{DataRef, Reader, Xlsx};
use std::io::Cursor;

/// Largest file read: a 20,000-person list is about 2 MB as a workbook.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Largest unpacked workbook: a compressed file that unpacks past this is refused (zip bomb).
pub const MAX_UNPACKED_BYTES: u64 = 200 * 1024 * 1024;
/// Parts of a workbook; an ordinary one has a dozen or two.
pub const MAX_PARTS: usize = 1_000;
/// Columns read: the template has about twenty.
pub const MAX_COLUMNS: usize = 100;

fn refused(message: impl Into<String>) -> Problem {
    Problem { row: 0, column: String::new(), message: message.into() }
}

/// The first sheet of a workbook, or a CSV file, as rows of text cells. Dates become
/// `YYYY-MM-DD`, whole numbers lose their `.0`.
pub fn rows_from_file(file_name: &str, bytes: &[u8]) -> Result<Vec<Vec<String>>, Problem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(refused(format!(
            "Tệp lớn {} MB, quá {} MB đọc được; hãy chia danh sách thành nhiều tệp.",
            bytes.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let lower = file_name.to_lowercase();
    if bytes.starts_with(b"PK\x03\x04") {
        rows_from_xlsx(bytes)
    } else if lower.ends_with(".csv") || lower.ends_with(".txt") {
        rows_from_csv(bytes)
    } else if lower.ends_with(".xls") {
        Err(refused("Tệp .xls (Excel 97–2003) chưa đọc được; hãy lưu lại dạng .xlsx hoặc CSV UTF-8."))
    } else {
        Err(refused("Chỉ đọc được tệp .xlsx hoặc .csv; hãy lưu danh sách theo một trong hai dạng này."))
    }
}

fn rows_from_csv(bytes: &[u8]) -> Result<Vec<Vec<String>>, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|_| {
        refused("Tệp CSV không ở dạng UTF-8 nên chữ có dấu sẽ sai. Trong Excel, chọn Lưu thành → “CSV UTF-8 (phân tách bằng dấu phẩy)”.")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Excel in Vietnamese separates with `;` (the comma is the decimal mark); elsewhere with `,`.
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record = record.map_err(|err| refused(format!("Dòng {}: không đọc được ({err}).", index + 1)))?;
        if rows.len() > MAX_ROWS {
            return Err(too_many_rows());
        }
        if record.len() > MAX_COLUMNS {
            return Err(too_many_columns(index + 1));
        }
        rows.push(record.iter().map(|cell| cut(cell.to_owned())).collect());
    }
    Ok(rows)
}

fn too_many_rows() -> Problem {
    refused(format!("Danh sách có hơn {MAX_ROWS} dòng; hãy chia thành nhiều tệp."))
}

fn too_many_columns(row: usize) -> Problem {
    refused(format!("Dòng {row} có hơn {MAX_COLUMNS} cột; tệp mẫu chỉ có khoảng hai mươi cột."))
}

/// A cell longer than the reader takes is kept just past the limit, so that the reader names it.
fn cut(cell: String) -> String {
    if cell.chars().count() > MAX_CELL_CHARS + 1 {
        cell.chars().take(MAX_CELL_CHARS + 1).collect()
    } else {
        cell
    }
}

fn broken() -> Problem {
    refused("Tệp .xlsx bị hỏng hoặc không phải tệp Excel; hãy mở bằng Excel và lưu lại.")
}

fn rows_from_xlsx(bytes: &[u8]) -> Result<Vec<Vec<String>>, Problem> {
    // The archive's own directory first: its parts and their unpacked sizes, before unpacking.
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| broken())?;
    if archive.len() > MAX_PARTS {
        return Err(refused("Tệp .xlsx có quá nhiều phần bên trong; không đọc."));
    }
    let mut unpacked: u64 = 0;
    for index in 0..archive.len() {
        unpacked = unpacked.saturating_add(archive.by_index_raw(index).map_err(|_| broken())?.size());
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(refused(format!(
            "Tệp .xlsx khi giải nén lớn quá {} MB; không đọc.",
            MAX_UNPACKED_BYTES / (1024 * 1024)
        )));
    }
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|_| broken())?;
    let sheet =
        workbook.sheet_names().into_iter().next().ok_or_else(|| refused("Tệp .xlsx không có trang tính nào."))?;
    let mut cells = workbook.worksheet_cells_reader(&sheet).map_err(|_| broken())?;
    // Cells one by one, placed by position, so a far-away cell cannot make a huge empty grid.
    let mut rows: Vec<Vec<String>> = Vec::new();
    while let Some(cell) = cells.next_cell().map_err(|_| broken())? {
        let (row, column) = cell.get_position();
        let (row, column) = (row as usize, column as usize);
        if row > MAX_ROWS {
            return Err(too_many_rows());
        }
        if column >= MAX_COLUMNS {
            return Err(too_many_columns(row + 1));
        }
        let text = cell_text(cell.get_value());
        if text.is_empty() {
            continue;
        }
        if rows.len() <= row {
            rows.resize(row + 1, Vec::new());
        }
        let cells = &mut rows[row];
        if cells.len() <= column {
            cells.resize(column + 1, String::new());
        }
        cells[column] = cut(text);
    }
    Ok(rows)
}

fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::String(text) | DataRef::DateTimeIso(text) | DataRef::DurationIso(text) => text.clone(),
        DataRef::SharedString(text) => (*text).to_owned(),
        DataRef::Int(number) => number.to_string(),
        DataRef::Float(number) if number.fract() == 0.0 && number.abs() < 1e15 => format!("{number:.0}"),
        DataRef::Float(number) => number.to_string(),
        DataRef::Bool(value) => value.to_string(),
        // Excel counts days from 30/12/1899 (for dates after February 1900): 1/1/1970 is 25,569.
        DataRef::DateTime(date) => Date::from_days(date.as_f64().floor() as i64 - 25_569).to_string(),
        DataRef::Error(_) | DataRef::Empty => String::new(),
    }
}
