//! The blank list an official fills in, from [`Column::all`]: as a workbook whose choice columns
//! offer their values in a drop-down (typing a code is still allowed), and as CSV with a
//! separate sheet of allowed values. The list itself holds only the header, so nothing made up
//! can be counted by mistake.

use crate::columns::Column;
use bhyt_rules::QuestionKind;
use bhyt_stats::csv_line;
use rust_xlsxwriter::{
    DataValidation, DataValidationErrorStyle, DataValidationRule, Format, Formula, Workbook, XlsxError,
};

/// Rows the drop-downs and checks reach: a large ward's list.
const FILLED_ROWS: u32 = 50_000;

/// The list's sheet, the first one (the one the reader reads).
const LIST_SHEET: &str = "Danh sách";
const VALUES_SHEET: &str = "Giá trị";
const GUIDE_SHEET: &str = "Hướng dẫn";

/// The template as an `.xlsx` workbook: the list (header only, frozen), the allowed values that
/// feed its drop-downs, and a guide naming each column and what it holds.
pub fn template_xlsx() -> Vec<u8> {
    build_workbook().expect("the template's fixed layout is valid")
}

fn build_workbook() -> Result<Vec<u8>, XlsxError> {
    let columns = Column::all();
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrapped = Format::new().set_text_wrap();

    let list = book.add_worksheet();
    list.set_name(LIST_SHEET)?;
    for (index, column) in columns.iter().enumerate() {
        let at = index as u16;
        list.write_string_with_format(0, at, column.key(), &bold)?;
        list.set_column_width(at, if column.question().is_some() { 24 } else { 14 })?;
    }
    list.set_freeze_panes(1, 0)?;

    let values = book.add_worksheet();
    values.set_name(VALUES_SHEET)?;
    let mut sheet_column: u16 = 0;
    let mut validations = Vec::new();
    for (index, column) in columns.iter().enumerate() {
        let allowed = column.allowed_values();
        let at = index as u16;
        if let Some(QuestionKind::Number { max, .. }) = column.question().map(|question| question.kind) {
            let rule = DataValidationRule::Between(0, i32::try_from(max).unwrap_or(i32::MAX));
            validations.push((
                at,
                DataValidation::new().allow_whole_number(rule).set_error_style(DataValidationErrorStyle::Warning),
            ));
        } else if !allowed.is_empty() {
            values.write_string_with_format(0, sheet_column, column.key(), &bold)?;
            for (row, choice) in allowed.iter().enumerate() {
                values.write_string(row as u32 + 1, sheet_column, choice.label())?;
            }
            let letter = column_letter(sheet_column);
            let range = format!("='{VALUES_SHEET}'!${letter}$2:${letter}${}", allowed.len() + 1);
            let validation = DataValidation::new()
                .allow_list_formula(Formula::new(range))
                .set_error_style(DataValidationErrorStyle::Warning);
            validations.push((at, validation));
            values.set_column_width(sheet_column, 40)?;
            sheet_column += 1;
        } else if *column == Column::BirthYear {
            let rule = DataValidationRule::Between(1900, 2100);
            validations.push((
                at,
                DataValidation::new().allow_whole_number(rule).set_error_style(DataValidationErrorStyle::Warning),
            ));
        }
    }
    // Warnings, not stops: a code (`khong`), several values (`a; b`) or "Tôi không biết" are
    // allowed too, and the reader says what it cannot use.
    let list = book.worksheet_from_name(LIST_SHEET)?;
    for (at, validation) in &validations {
        list.add_data_validation(1, *at, FILLED_ROWS, *at, validation)?;
    }

    let guide = book.add_worksheet();
    guide.set_name(GUIDE_SHEET)?;
    guide.write_string_with_format(0, 0, "Cột", &bold)?;
    guide.write_string_with_format(0, 1, "Ghi gì", &bold)?;
    guide.set_column_width(0, 18)?;
    guide.set_column_width(1, 90)?;
    for (index, column) in columns.iter().enumerate() {
        guide.write_string(index as u32 + 1, 0, column.key())?;
        guide.write_string_with_format(index as u32 + 1, 1, column.description(), &wrapped)?;
    }
    let notes = [
        "Mỗi người một dòng, từ dòng 2 của trang “Danh sách”. Không đổi tên cột.",
        "Cột có danh sách thả xuống: chọn một giá trị, hoặc gõ mã ở trang “Giá trị”. Nơi sống có thể ghi nhiều giá trị, cách nhau bằng dấu chấm phẩy (;).",
        "Câu không áp dụng cho người đó (ví dụ đi học với người lớn) để trống.",
        "Danh sách chỉ được đọc trên máy của cán bộ; không gửi đi đâu.",
    ];
    let first_note = columns.len() as u32 + 2;
    for (offset, note) in notes.iter().enumerate() {
        guide.write_string_with_format(first_note + offset as u32, 1, *note, &wrapped)?;
    }
    book.save_to_buffer()
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
fn column_letter(index: u16) -> String {
    let mut index = u32::from(index) + 1;
    let mut letters = Vec::new();
    while index > 0 {
        let rest = (index - 1) % 26;
        letters.push(char::from(b'A' + rest as u8));
        index = (index - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// The template as CSV text (UTF-8 with a byte order mark, so Excel shows the diacritics): the
/// header row only.
pub fn template_csv() -> String {
    let header: Vec<&str> = Column::all().into_iter().map(Column::key).collect();
    format!("\u{feff}{}\r\n", csv_line(&header))
}

/// The sheet of allowed values: for each column, what it holds and each value it accepts.
pub fn allowed_values_csv() -> String {
    let mut lines = vec![csv_line(&["cot", "y_nghia", "gia_tri", "cach_viet_khac"])];
    for column in Column::all() {
        let values = column.allowed_values();
        if let Some(QuestionKind::Number { unit, .. }) = column.question().map(|question| question.kind) {
            let number = format!("Một số ({unit}), viết liền hoặc có dấu chấm ngăn cách, ví dụ 6500000");
            lines.push(csv_line(&[column.key(), column.description(), &number, ""]));
        } else if values.is_empty() {
            lines.push(csv_line(&[column.key(), column.description(), "", ""]));
        }
        for choice in values {
            lines.push(csv_line(&[column.key(), column.description(), choice.label(), choice.value]));
        }
    }
    format!("\u{feff}{}\r\n", lines.join("\r\n"))
}

/// Rows of cells as a one-sheet workbook: how the made-up lists for the bench and the browser
/// tests become `.xlsx` files like an official's.
pub fn list_xlsx(rows: &[Vec<String>]) -> Vec<u8> {
    let write = || -> Result<Vec<u8>, XlsxError> {
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name(LIST_SHEET)?;
        for (row, cells) in rows.iter().enumerate() {
            for (column, cell) in cells.iter().enumerate() {
                sheet.write_string(row as u32, column as u16, cell)?;
            }
        }
        book.save_to_buffer()
    };
    write().expect("a list of text cells is a valid workbook")
}

/// A made-up list of `people` rows for the bench and the browser tests: the sample's rows
/// (`rows`, its header first) over and over, each copy under new household codes
/// (`MAU-001-2`), so that households stay households.
pub fn made_up_list(rows: &[Vec<String>], people: usize) -> Vec<Vec<String>> {
    let Some((header, body)) = rows.split_first() else { return Vec::new() };
    let household = header
        .iter()
        .position(|key| Column::from_header(key.trim_start_matches('\u{feff}')) == Some(Column::Household));
    let mut list = vec![header.clone()];
    if body.is_empty() {
        return list;
    }
    let copies = (0..).flat_map(|copy| body.iter().map(move |row| (copy, row)));
    list.extend(copies.take(people).map(|(copy, row)| {
        let mut row = row.clone();
        if let Some(cell) = household.and_then(|at| row.get_mut(at)) {
            *cell = format!("{cell}-{copy}");
        }
        row
    }));
    list
}

#[cfg(test)]
mod tests {
    #[test]
    fn column_letters() {
        assert_eq!(super::column_letter(0), "A");
        assert_eq!(super::column_letter(25), "Z");
        assert_eq!(super::column_letter(26), "AA");
    }
}
