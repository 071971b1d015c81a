//! The strict parser: JSON text in, a checked [`Statistics`] or every problem found out.
//!
//! It reads the text into a [`Node`] tree first and then walks it by hand instead of deriving
//! `Deserialize`, so that it can report many problems at once, each with its field path and a
//! plain Vietnamese message, and keep going after the first one.

use crate::date::{parse_date, year_month, Date, DateError, YearMonth};
use crate::format::format_count;
use crate::model::{
    GroupCount, InsuredGroup, Locality, MonthPoint, Percent, Statistics, Unit, FORMAT_VERSION, MAX_COUNT,
};
use crate::node::Node;
use std::collections::HashMap;
use std::fmt;

/// A problem that makes the file unusable. The page shows these in an error panel; the
/// checker prints them one per line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatsError {
    /// Field path as written in the file, e.g. `don_vi[3].da_tham_gia`; empty for the whole
    /// file (syntax errors, an empty file).
    pub path: String,
    /// Plain Vietnamese, one or two sentences.
    pub message: String,
}

impl fmt::Display for StatsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for StatsError {}

/// After this many errors the parser only counts the rest (one mistake repeated in a
/// 5,000-unit file should not produce 5,000 lines).
pub const MAX_REPORTED_ERRORS: usize = 100;

const MAX_NAME_CHARS: usize = 200;
const MAX_SOURCE_CHARS: usize = 500;
const MAX_ID_CHARS: usize = 64;

/// Reads a statistics file (format version 1) and checks every rule in `FORMAT.md`.
///
/// `today` is the current date in Vietnam ([`Date::in_vietnam_at_unix_seconds`]): dates after
/// it are rejected. On failure the list holds at least one error, in file order, at most
/// [`MAX_REPORTED_ERRORS`] plus one line counting the rest. A leading UTF-8 byte order mark
/// (added by Notepad or Excel) is accepted.
pub fn parse(json: &str, today: Date) -> Result<Statistics, Vec<StatsError>> {
    let text = json.strip_prefix('\u{feff}').unwrap_or(json);
    if text.trim().is_empty() {
        return Err(vec![StatsError { path: String::new(), message: "Tệp trống.".to_owned() }]);
    }
    let root: Node = serde_json::from_str(text).map_err(|err| vec![syntax_error(&err)])?;
    let mut checker = Checker { today, errors: Vec::new(), unreported: 0 };
    let statistics = checker.statistics(&root);
    let mut errors = checker.finish();
    match statistics {
        Some(statistics) if errors.is_empty() => Ok(statistics),
        _ => {
            if errors.is_empty() {
                // Unreachable by construction; never hand back an Err without a reason.
                errors.push(StatsError { path: String::new(), message: "Không đọc được tệp.".into() });
            }
            Err(errors)
        }
    }
}

fn syntax_error(err: &serde_json::Error) -> StatsError {
    let detail = err.to_string();
    let reason = if err.is_eof() {
        "tệp kết thúc giữa chừng (thiếu dấu đóng ngoặc } ] hoặc dấu nháy kép)"
    } else if detail.contains("trailing comma") {
        "thừa dấu phẩy ngay trước dấu đóng ngoặc"
    } else if detail.contains("expected `,` or `}`") {
        "thiếu dấu phẩy giữa hai trường, hoặc thiếu dấu }"
    } else if detail.contains("expected `,` or `]`") {
        "thiếu dấu phẩy giữa hai phần tử, hoặc thiếu dấu ]"
    } else if detail.contains("expected `:`") {
        "thiếu dấu hai chấm sau tên trường"
    } else if detail.contains("key must be a string") {
        "tên trường phải đặt trong dấu nháy kép"
    } else if detail.contains("trailing characters") {
        "còn ký tự thừa sau dấu } cuối cùng"
    } else if detail.contains("control character") {
        "chuỗi có ký tự xuống dòng hoặc ký tự điều khiển"
    } else if detail.contains("escape") || detail.contains("unicode") {
        "dấu \\ trong chuỗi không hợp lệ"
    } else if detail.contains("recursion limit") {
        "các dấu ngoặc lồng nhau quá sâu"
    } else if detail.contains("number") {
        "số viết không hợp lệ"
    } else if detail.contains("expected value") || detail.contains("expected ident") {
        "giá trị không hợp lệ (chuỗi phải đặt trong dấu nháy kép \"…\", số thập phân dùng dấu chấm)"
    } else {
        "sai cú pháp JSON"
    };
    StatsError { path: String::new(), message: format!("Dòng {}, cột {}: {}.", err.line(), err.column(), reason) }
}

struct Checker {
    today: Date,
    errors: Vec<StatsError>,
    unreported: usize,
}

/// The fields of one JSON object, remembering which keys were asked for so the rest can be
/// reported as unknown.
struct Fields<'n> {
    path: String,
    entries: &'n [(String, Node)],
    expected: Vec<&'static str>,
}

impl<'n> Fields<'n> {
    fn path_of(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{}", self.path, key)
        }
    }

    fn optional(&mut self, key: &'static str) -> Option<(&'n Node, String)> {
        self.expected.push(key);
        let entries = self.entries;
        let (_, node) = entries.iter().find(|(name, _)| name == key)?;
        Some((node, self.path_of(key)))
    }
}

impl Checker {
    fn error(&mut self, path: &str, message: impl Into<String>) {
        if self.errors.len() < MAX_REPORTED_ERRORS {
            self.errors.push(StatsError { path: path.to_owned(), message: message.into() });
        } else {
            self.unreported += 1;
        }
    }

    fn finish(mut self) -> Vec<StatsError> {
        if self.unreported > 0 {
            self.errors.push(StatsError {
                path: String::new(),
                message: format!("… và còn {} lỗi khác chưa liệt kê.", format_count(self.unreported as u64)),
            });
        }
        self.errors
    }

    // ---- objects -------------------------------------------------------------------------

    fn object<'n>(&mut self, path: &str, node: &'n Node, what: &str) -> Option<Fields<'n>> {
        match node {
            Node::Object(entries) => Some(Fields { path: path.to_owned(), entries, expected: Vec::new() }),
            other => {
                self.error(
                    path,
                    format!("Phải là một đối tượng {{ … }} ({what}), nhưng đang là {}.", other.describe()),
                );
                None
            }
        }
    }

    fn required<'n>(&mut self, fields: &mut Fields<'n>, key: &'static str) -> Option<(&'n Node, String)> {
        let found = fields.optional(key);
        if found.is_none() {
            self.error(&fields.path_of(key), "Thiếu trường bắt buộc.");
        }
        found
    }

    /// Reports keys written twice and keys that are not part of the format.
    fn no_other_fields(&mut self, fields: Fields<'_>) {
        for (index, (key, _)) in fields.entries.iter().enumerate() {
            let path = fields.path_of(key);
            if fields.entries[..index].iter().any(|(earlier, _)| earlier == key) {
                self.error(&path, "Trường này được viết hai lần; hãy giữ lại một lần.");
            } else if !fields.expected.contains(&key.as_str()) {
                self.error(&path, unknown_field_message(key, &fields.expected));
            }
        }
    }

    // ---- values --------------------------------------------------------------------------

    fn count(&mut self, path: &str, node: &Node) -> Option<u64> {
        match node {
            Node::Unsigned(value) if *value <= MAX_COUNT => Some(*value),
            Node::Unsigned(value) => {
                self.error(
                    path,
                    format!("Số quá lớn ({}); tối đa là {}.", format_count(*value), format_count(MAX_COUNT)),
                );
                None
            }
            Node::Negative(value) => {
                self.error(path, format!("Không được là số âm (đang là {value})."));
                None
            }
            Node::Float(value) if *value < 0.0 => {
                self.error(path, format!("Không được là số âm (đang là {value})."));
                None
            }
            Node::Float(value) => {
                self.error(path, format!("Phải là số nguyên, không có phần thập phân (đang là {value})."));
                None
            }
            Node::Text(text) if !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit() || byte == b'.') => {
                self.error(path, format!("Phải là số viết liền, không đặt trong dấu nháy kép và không có dấu chấm ngăn cách (đang là chuỗi \"{text}\")."));
                None
            }
            other => {
                self.error(path, format!("Phải là một số nguyên không âm, nhưng đang là {}.", other.describe()));
                None
            }
        }
    }

    /// A population: a count that must be above zero (coverage divides by it).
    fn population(&mut self, path: &str, node: &Node) -> Option<u64> {
        let population = self.count(path, node)?;
        if population == 0 {
            self.error(path, "Dân số phải lớn hơn 0.");
            return None;
        }
        Some(population)
    }

    fn text(&mut self, path: &str, node: &Node, max_chars: usize) -> Option<String> {
        let Node::Text(text) = node else {
            self.error(path, format!("Phải là một chuỗi trong dấu nháy kép \"…\", nhưng đang là {}.", node.describe()));
            return None;
        };
        let chars = text.chars().count();
        if text.trim().is_empty() {
            self.error(path, "Không được để trống.");
        } else if chars > max_chars {
            self.error(path, format!("Quá dài ({chars} ký tự); tối đa {max_chars} ký tự."));
        } else if text.chars().any(char::is_control) {
            self.error(path, "Có ký tự xuống dòng hoặc ký tự điều khiển; hãy viết trên một dòng.");
        } else {
            return Some(text.clone());
        }
        None
    }

    /// An id such as `tdp-12`: lowercase ASCII letters and digits joined by single hyphens.
    fn id(&mut self, path: &str, node: &Node) -> Option<String> {
        let id = self.text(path, node, MAX_ID_CHARS)?;
        let well_formed = id.split('-').all(|part| {
            !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit())
        });
        if !well_formed {
            self.error(
                path,
                format!(
                    "Mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ \"tdp-1\" (đang là \"{id}\")."
                ),
            );
            return None;
        }
        Some(id)
    }

    fn boolean(&mut self, path: &str, node: &Node) -> Option<bool> {
        match node {
            Node::Bool(value) => Some(*value),
            other => {
                self.error(
                    path,
                    format!("Phải là true hoặc false (không đặt trong dấu nháy), nhưng đang là {}.", other.describe()),
                );
                None
            }
        }
    }

    fn date(&mut self, path: &str, node: &Node) -> Option<Date> {
        let Node::Text(text) = node else {
            self.error(
                path,
                format!("Phải là ngày dạng \"YYYY-MM-DD\", ví dụ \"2026-10-31\", nhưng đang là {}.", node.describe()),
            );
            return None;
        };
        match parse_date(text) {
            Ok(date) => Some(date),
            Err(DateError::Shape) => {
                self.error(
                    path,
                    format!("Ngày phải viết theo dạng YYYY-MM-DD, ví dụ \"2026-10-31\" (đang là \"{text}\")."),
                );
                None
            }
            Err(err) => {
                self.error(path, format!("Ngày \"{text}\" không có thật: {err}."));
                None
            }
        }
    }

    fn month(&mut self, path: &str, node: &Node) -> Option<YearMonth> {
        let Node::Text(text) = node else {
            self.error(
                path,
                format!("Phải là tháng dạng \"YYYY-MM\", ví dụ \"2026-10\", nhưng đang là {}.", node.describe()),
            );
            return None;
        };
        match YearMonth::parse(text) {
            Ok(month) => Some(month),
            Err(DateError::Shape) => {
                self.error(path, format!("Tháng phải viết theo dạng YYYY-MM, ví dụ \"2026-10\" (đang là \"{text}\")."));
                None
            }
            Err(err) => {
                self.error(path, format!("Tháng \"{text}\" không có thật: {err}."));
                None
            }
        }
    }

    /// The target: above 0 and at most 100, with at most one decimal.
    fn target(&mut self, path: &str, node: &Node) -> Option<Percent> {
        let value = match node {
            Node::Unsigned(value) => *value as f64,
            Node::Negative(value) => *value as f64,
            Node::Float(value) => *value,
            other => {
                self.error(path, format!("Phải là một số phần trăm, ví dụ 95, nhưng đang là {}.", other.describe()));
                return None;
            }
        };
        if !(value > 0.0 && value <= 100.0) {
            self.error(path, format!("Mục tiêu phải lớn hơn 0 và không quá 100 (đang là {value})."));
            return None;
        }
        let tenths = (value * 10.0).round();
        if (value * 10.0 - tenths).abs() > 1e-6 {
            self.error(
                path,
                format!("Mục tiêu chỉ có tối đa một chữ số thập phân, ví dụ 95 hoặc 95.5 (đang là {value})."),
            );
            return None;
        }
        Some(Percent::from_tenths(tenths as u32))
    }

    fn array<'n>(&mut self, path: &str, node: &'n Node) -> Option<&'n [Node]> {
        match node {
            Node::Array(items) => Some(items),
            other => {
                self.error(path, format!("Phải là một mảng [ … ], nhưng đang là {}.", other.describe()));
                None
            }
        }
    }

    // ---- the file ------------------------------------------------------------------------

    fn statistics(&mut self, root: &Node) -> Option<Statistics> {
        let mut fields = self.object("", root, "toàn bộ tệp")?;
        // A file of another version may be valid in its own format: say only that.
        if !self.format_version(&mut fields) {
            return None;
        }
        let schema = match fields.optional("$schema") {
            None => Some(None),
            Some((node, path)) => self.text(&path, node, MAX_SOURCE_CHARS).map(Some),
        };
        let locality = self.required(&mut fields, "dia_phuong").and_then(|(node, path)| self.locality(&path, node));
        let as_of = self.required(&mut fields, "tinh_den_ngay").and_then(|(node, path)| {
            let date = self.date(&path, node)?;
            if date > self.today {
                self.error(
                    &path,
                    format!("Ngày {date} ở tương lai (hôm nay là {}). Hãy kiểm tra lại ngày tính số liệu.", self.today),
                );
                return None;
            }
            Some(date)
        });
        let source =
            self.required(&mut fields, "nguon").and_then(|(node, path)| self.text(&path, node, MAX_SOURCE_CHARS));
        let is_sample = self.required(&mut fields, "du_lieu_mau").and_then(|(node, path)| self.boolean(&path, node));
        let target = self.required(&mut fields, "muc_tieu").and_then(|(node, path)| self.target(&path, node));
        let population = self.required(&mut fields, "dan_so").and_then(|(node, path)| self.population(&path, node));
        let insured_field = self.required(&mut fields, "da_tham_gia");
        let insured = insured_field.as_ref().and_then(|(node, path)| self.count(path, node));
        let units = self.required(&mut fields, "don_vi").and_then(|(node, path)| self.units(&path, node, as_of));
        let groups = self.required(&mut fields, "theo_nhom").and_then(|(node, path)| self.groups(&path, node));
        let history = self.required(&mut fields, "lich_su").and_then(|(node, path)| self.history(&path, node, as_of));
        let groups_path = fields.path_of("theo_nhom");
        self.no_other_fields(fields);

        let mut consistent = true;
        if let (Some(population), Some(insured), Some((_, path))) = (population, insured, &insured_field) {
            consistent &= self.insured_within_population(path, insured, population);
        }
        if let (Some(insured), Some(groups)) = (insured, &groups) {
            let grouped: u64 = groups.iter().map(|group| group.insured).sum();
            if grouped > insured {
                self.error(&groups_path, format!(
                    "Tổng số người theo nhóm ({}) lớn hơn số người đã tham gia ({}); mỗi người chỉ được tính vào một nhóm.",
                    format_count(grouped), format_count(insured)
                ));
                consistent = false;
            }
        }
        if !consistent {
            return None;
        }
        Some(Statistics {
            schema: schema?,
            format_version: FORMAT_VERSION,
            locality: locality?,
            as_of: as_of?,
            source: source?,
            is_sample: is_sample?,
            target: target?,
            population: population?,
            insured: insured?,
            units: units?,
            groups: groups?,
            history: history?,
        })
    }

    /// False if the version is missing or not [`FORMAT_VERSION`].
    fn format_version(&mut self, fields: &mut Fields<'_>) -> bool {
        let Some((node, path)) = fields.optional("phien_ban") else {
            self.error(&fields.path_of("phien_ban"), format!(
                "Thiếu trường bắt buộc `phien_ban` (phiên bản định dạng). Hãy thêm \"phien_ban\": {FORMAT_VERSION} ở đầu tệp."
            ));
            return false;
        };
        let message = match node {
            Node::Unsigned(version) if *version == u64::from(FORMAT_VERSION) => return true,
            Node::Unsigned(version) => {
                format!("Phiên bản định dạng {version} chưa được hỗ trợ; trang này chỉ đọc phiên bản {FORMAT_VERSION}.")
            }
            Node::Negative(version) => {
                format!("Phiên bản định dạng {version} không hợp lệ; trang này chỉ đọc phiên bản {FORMAT_VERSION}.")
            }
            other => format!(
                "Phải là số {FORMAT_VERSION} (phiên bản định dạng, không đặt trong dấu nháy), nhưng đang là {}.",
                other.describe()
            ),
        };
        self.error(&path, message);
        false
    }

    fn insured_within_population(&mut self, insured_path: &str, insured: u64, population: u64) -> bool {
        if insured > population {
            self.error(
                insured_path,
                format!(
                    "Số người đã tham gia ({}) lớn hơn dân số ({}).",
                    format_count(insured),
                    format_count(population)
                ),
            );
            return false;
        }
        true
    }

    fn locality(&mut self, path: &str, node: &Node) -> Option<Locality> {
        let mut fields = self.object(path, node, "địa phương")?;
        let id = self.required(&mut fields, "ma").and_then(|(node, path)| self.id(&path, node));
        let name = self.required(&mut fields, "ten").and_then(|(node, path)| self.text(&path, node, MAX_NAME_CHARS));
        self.no_other_fields(fields);
        Some(Locality { id: id?, name: name? })
    }

    fn units(&mut self, path: &str, node: &Node, as_of: Option<Date>) -> Option<Vec<Unit>> {
        let items = self.array(path, node)?;
        if items.is_empty() {
            self.error(path, "Danh sách đơn vị trống: cần ít nhất một tổ dân phố, ấp hoặc thôn.");
            return None;
        }
        let mut units = Vec::with_capacity(items.len());
        let mut first_index_by_id: HashMap<String, usize> = HashMap::with_capacity(items.len());
        let mut all_read = true;
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(unit) = self.unit(&item_path, item, as_of) else {
                all_read = false;
                continue;
            };
            if let Some(first) = first_index_by_id.get(&unit.id) {
                self.error(
                    &format!("{item_path}.ma"),
                    format!("Mã đơn vị \"{}\" bị trùng với {path}[{first}].ma; mỗi đơn vị cần một mã riêng.", unit.id),
                );
                all_read = false;
            } else {
                first_index_by_id.insert(unit.id.clone(), index);
            }
            units.push(unit);
        }
        all_read.then_some(units)
    }

    fn unit(&mut self, path: &str, node: &Node, as_of: Option<Date>) -> Option<Unit> {
        let mut fields = self.object(path, node, "một đơn vị")?;
        let id = self.required(&mut fields, "ma").and_then(|(node, path)| self.id(&path, node));
        let name = self.required(&mut fields, "ten").and_then(|(node, path)| self.text(&path, node, MAX_NAME_CHARS));
        let population = self.required(&mut fields, "dan_so").and_then(|(node, path)| self.population(&path, node));
        let insured = self.required(&mut fields, "da_tham_gia").and_then(|(node, path)| self.count(&path, node));
        let never_enrolled =
            self.required(&mut fields, "chua_tham_gia").and_then(|(node, path)| self.count(&path, node));
        let card_expired = self.required(&mut fields, "the_het_han").and_then(|(node, path)| self.count(&path, node));
        let policy =
            self.required(&mut fields, "chinh_sach_chua_ho_tro_du").and_then(|(node, path)| self.count(&path, node));
        let history = match fields.optional("lich_su") {
            None => Some(Vec::new()),
            Some((node, path)) => self.history(&path, node, as_of),
        };
        let insured_path = fields.path_of("da_tham_gia");
        let never_enrolled_path = fields.path_of("chua_tham_gia");
        let policy_path = fields.path_of("chinh_sach_chua_ho_tro_du");
        self.no_other_fields(fields);

        let (population, insured, never_enrolled, card_expired, policy, history) =
            (population?, insured?, never_enrolled?, card_expired?, policy?, history?);
        if !self.insured_within_population(&insured_path, insured, population) {
            return None;
        }
        let without_card = population - insured;
        if never_enrolled + card_expired > without_card {
            self.error(&never_enrolled_path, format!(
                "Số người chưa tham gia ({}) cộng số người có thẻ hết hạn ({}) là {}, lớn hơn số người chưa có thẻ (dân số trừ đã tham gia: {}).",
                format_count(never_enrolled), format_count(card_expired),
                format_count(never_enrolled + card_expired), format_count(without_card)
            ));
            return None;
        }
        if policy > population {
            self.error(
                &policy_path,
                format!(
                    "Số người thuộc diện chính sách chưa được hỗ trợ đủ ({}) lớn hơn dân số ({}).",
                    format_count(policy),
                    format_count(population)
                ),
            );
            return None;
        }
        Some(Unit {
            id: id?,
            name: name?,
            population,
            insured,
            never_enrolled,
            card_expired,
            policy_not_fully_supported: policy,
            history,
        })
    }

    fn groups(&mut self, path: &str, node: &Node) -> Option<Vec<GroupCount>> {
        let items = self.array(path, node)?;
        let mut groups: Vec<GroupCount> = Vec::with_capacity(items.len());
        let mut all_read = true;
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(group) = self.group(&item_path, item) else {
                all_read = false;
                continue;
            };
            if let Some(first) = groups.iter().position(|earlier| earlier.group == group.group) {
                self.error(
                    &format!("{item_path}.ma"),
                    format!("Nhóm \"{}\" đã có ở {path}[{first}]; mỗi nhóm chỉ ghi một lần.", group.group.id()),
                );
                all_read = false;
            }
            groups.push(group);
        }
        all_read.then_some(groups)
    }

    fn group(&mut self, path: &str, node: &Node) -> Option<GroupCount> {
        let mut fields = self.object(path, node, "một nhóm đối tượng")?;
        let group = self.required(&mut fields, "ma").and_then(|(node, path)| {
            let id = self.text(&path, node, MAX_ID_CHARS)?;
            let group = InsuredGroup::from_id(&id);
            if group.is_none() {
                let known: Vec<&str> = InsuredGroup::ALL.iter().map(|group| group.id()).collect();
                self.error(&path, format!("Không có nhóm \"{id}\". Các mã nhóm hợp lệ: {}.", known.join(", ")));
            }
            group
        });
        let insured = self.required(&mut fields, "da_tham_gia").and_then(|(node, path)| self.count(&path, node));
        self.no_other_fields(fields);
        Some(GroupCount { group: group?, insured: insured? })
    }

    fn history(&mut self, path: &str, node: &Node, as_of: Option<Date>) -> Option<Vec<MonthPoint>> {
        let items = self.array(path, node)?;
        let mut history = Vec::with_capacity(items.len());
        let mut previous: Option<(YearMonth, usize)> = None;
        let mut all_read = true;
        for (index, item) in items.iter().enumerate() {
            let item_path = format!("{path}[{index}]");
            let Some(point) = self.month_point(&item_path, item) else {
                all_read = false;
                continue;
            };
            let month_path = format!("{item_path}.thang");
            let month = point.month;
            let mut in_order = true;
            if month > year_month(self.today) {
                self.error(&month_path, format!("Tháng {month} ở tương lai (hôm nay là {}).", self.today));
                in_order = false;
            } else if let Some(as_of) = as_of.filter(|as_of| month > year_month(*as_of)) {
                self.error(&month_path, format!("Tháng {month} sau ngày tính số liệu ({as_of})."));
                in_order = false;
            }
            if let Some((earlier, earlier_index)) = previous {
                if month == earlier {
                    self.error(&month_path, format!("Tháng {month} bị lặp lại (đã có ở {path}[{earlier_index}])."));
                    in_order = false;
                } else if month < earlier {
                    self.error(
                        &month_path,
                        format!("Tháng {month} đứng sau tháng {earlier}: các tháng phải xếp từ cũ đến mới."),
                    );
                    in_order = false;
                }
            }
            all_read &= in_order;
            previous = Some((month, index));
            history.push(point);
        }
        all_read.then_some(history)
    }

    fn month_point(&mut self, path: &str, node: &Node) -> Option<MonthPoint> {
        let mut fields = self.object(path, node, "một tháng")?;
        let month = self.required(&mut fields, "thang").and_then(|(node, path)| self.month(&path, node));
        let population = self.required(&mut fields, "dan_so").and_then(|(node, path)| self.population(&path, node));
        let insured = self.required(&mut fields, "da_tham_gia").and_then(|(node, path)| self.count(&path, node));
        let insured_path = fields.path_of("da_tham_gia");
        self.no_other_fields(fields);
        let (population, insured) = (population?, insured?);
        if !self.insured_within_population(&insured_path, insured, population) {
            return None;
        }
        Some(MonthPoint { month: month?, population, insured })
    }
}

fn unknown_field_message(key: &str, expected: &[&str]) -> String {
    let closest = expected.iter().map(|candidate| (edit_distance(&key.to_lowercase(), candidate), *candidate)).min();
    // Two typos in a short key such as `ten` would make almost anything look like it.
    let allowed = if key.chars().count() <= 4 { 1 } else { 2 };
    match closest {
        Some((distance, candidate)) if distance <= allowed => {
            format!("Trường không có trong định dạng (có thể gõ sai tên). Có phải là `{candidate}`?")
        }
        _ => format!(
            "Trường không có trong định dạng (có thể gõ sai tên). Các trường hợp lệ ở đây: {}.",
            expected.join(", ")
        ),
    }
}

/// Levenshtein distance over chars.
fn edit_distance(left: &str, right: &str) -> usize {
    let right: Vec<char> = right.chars().collect();
    let mut previous: Vec<usize> = (0..=right.len()).collect();
    for (i, left_char) in left.chars().enumerate() {
        let mut current = vec![i + 1; right.len() + 1];
        for (j, right_char) in right.iter().enumerate() {
            let substitution = previous[j] + usize::from(left_char != *right_char);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[right.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_counts_typos() {
        assert_eq!(edit_distance("dan_so", "dan_so"), 0);
        assert_eq!(edit_distance("dan_sô", "dan_so"), 1);
        assert_eq!(edit_distance("da_tam_gia", "da_tham_gia"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
    }

    #[test]
    fn suggests_the_closest_field() {
        let message = unknown_field_message("da_tam_gia", &["dan_so", "da_tham_gia"]);
        assert!(message.contains("`da_tham_gia`"), "{message}");
        let message = unknown_field_message("ghi_chu", &["dan_so", "da_tham_gia"]);
        assert!(message.contains("dan_so, da_tham_gia"), "{message}");
    }
}
