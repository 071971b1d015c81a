//! The columns of the household list, made from the wizard's question table: one column per
//! question a person answers, in plain Vietnamese values, plus who and where the person is and
//! the card's expiry. The template ([`crate::template_xlsx`]) and the reader use this one table,
//! so a question added to the wizard is a column here too.

use bhyt_rules::{question, unknown_label, Choice, Question, QuestionId, QuestionKind, UNKNOWN_VALUE};

/// One column of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The hamlet's or residential group's code, as in `site.toml` (`tdp-1`, `ap-3`).
    Unit,
    /// The household: any code the commune uses; the people of one household share it.
    Household,
    /// Optional; stays on the device and only appears on the worklist.
    Name,
    BirthYear,
    /// A question of the wizard, in its own words and values.
    Answer(QuestionId),
    /// The card's expiry date; empty for someone who never had a card.
    CardExpiry,
}

/// Questions the list does not ask: the age comes from the year of birth, the household's size
/// from its rows, the card history from the expiry date.
const DERIVED: [QuestionId; 3] = [QuestionId::Age, QuestionId::HouseholdMembers, QuestionId::CardHistory];

impl Column {
    /// Every column, in the template's order.
    pub fn all() -> Vec<Column> {
        let mut columns = vec![Column::Unit, Column::Household, Column::Name, Column::BirthYear];
        columns.extend(QuestionId::ALL.into_iter().filter(|id| !DERIVED.contains(id)).map(Column::Answer));
        columns.push(Column::CardExpiry);
        columns
    }

    /// The header written in the template's first row and read back.
    pub fn key(self) -> &'static str {
        match self {
            Column::Unit => "ma_don_vi",
            Column::Household => "ma_ho",
            Column::Name => "ho_ten",
            Column::BirthYear => "nam_sinh",
            Column::Answer(id) => id.key(),
            Column::CardExpiry => "han_the",
        }
    }

    /// What the column holds, for the template's sheet of allowed values.
    pub fn description(self) -> &'static str {
        match self {
            Column::Unit => "Mã thôn, ấp hoặc tổ dân phố, giống mã trong site.toml (ví dụ tdp-1). Bắt buộc.",
            Column::Household => "Mã hộ do xã, phường đặt; những người cùng hộ ghi cùng một mã. Bắt buộc.",
            Column::Name => "Họ và tên. Không bắt buộc; chỉ ở trên máy này và chỉ in trên danh sách đi vận động.",
            Column::BirthYear => "Năm sinh, bốn chữ số (ví dụ 1951). Bắt buộc. Không ghi ngày sinh.",
            Column::Answer(id) => question(id).title(),
            Column::CardExpiry => {
                "Ngày hết hạn của thẻ bảo hiểm y tế, dạng ngày/tháng/năm (ví dụ 31/12/2026); để trống nếu chưa từng có thẻ."
            }
        }
    }

    pub fn required(self) -> bool {
        matches!(self, Column::Unit | Column::Household | Column::BirthYear)
    }

    /// The header's column, by its key (any case, spaces around ignored).
    pub fn from_header(header: &str) -> Option<Column> {
        let header = header.trim().to_lowercase();
        Column::all().into_iter().find(|column| column.key() == header)
    }

    /// The values a choice column accepts, each by its code or its words: the question's
    /// options and, where the wizard offers it, "Tôi không biết".
    pub fn allowed_values(self) -> Vec<Choice> {
        let Column::Answer(id) = self else { return Vec::new() };
        let question = question(id);
        let mut values = question.options.to_vec();
        if question.allows_unknown {
            values.push(Choice::new(UNKNOWN_VALUE, unknown_label()));
        }
        values
    }

    pub fn question(self) -> Option<&'static Question> {
        match self {
            Column::Answer(id) => Some(question(id)),
            _ => None,
        }
    }

    /// Several values allowed in one cell, separated by `;`.
    pub fn takes_several(self) -> bool {
        self.question().is_some_and(|question| matches!(question.kind, QuestionKind::MultipleChoice { .. }))
    }
}
