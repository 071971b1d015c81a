//! The review's results as a node tree (see [`crate::site::dom`]): what needs fixing in the
//! list, each unit's counts, the file to publish with its preview, and each unit's worklist.
//! Built in the browser only, from the same functions the native tests call.

use super::ReviewSetup;
use crate::site::dom::{action_button, bullets, el, heading, p, strong, text, Node};
use bhyt_core::Date;
use bhyt_review::{by_unit, Problem, Reviewed, UnitReview};
use std::collections::HashSet;

/// Problems listed on the page; the rest are counted.
pub const PROBLEMS_SHOWN: usize = 200;

/// One finished review: what the list said and what the engine made of it.
pub struct Finished {
    pub review_date: Date,
    pub problems: Vec<Problem>,
    pub reviewed: Vec<Reviewed>,
    /// The file to publish, or what the dashboard's parser refused in it.
    pub publication: Result<String, Vec<String>>,
}

pub fn results(finished: &Finished, setup: &ReviewSetup) -> Vec<Node> {
    let units = by_unit(&finished.reviewed, &setup.unit_ids());
    let mut nodes = vec![summary(finished, &units, setup)];
    if !finished.problems.is_empty() {
        nodes.push(problems(&finished.problems));
    }
    if finished.reviewed.is_empty() {
        return nodes;
    }
    nodes.push(counts_table(&units, setup));
    nodes.push(publication(&finished.publication, setup));
    nodes.push(heading("h3", "heading-m", "Danh sách đến vận động của từng đơn vị"));
    nodes.push(p(vec![text(
        "Mỗi danh sách in được riêng trên giấy A4 cho cán bộ phụ trách đơn vị: ai cần đến, vì sao, việc cần làm và giấy tờ cần mang.",
    )]));
    nodes.extend(units.iter().filter(|unit| unit.people > 0).map(|unit| worklist(unit, finished.review_date, setup)));
    nodes
}

fn unit_name(setup: &ReviewSetup, id: &str) -> String {
    setup.unit(id).map_or_else(|| format!("Mã {id} (không có trong site.toml)"), |unit| unit.name.clone())
}

fn summary(finished: &Finished, units: &[UnitReview<'_>], setup: &ReviewSetup) -> Node {
    let households: HashSet<(&str, &str)> =
        finished.reviewed.iter().map(|one| (one.person.unit.as_str(), one.person.household.as_str())).collect();
    let used_units = units.iter().filter(|unit| unit.people > 0).count();
    let mut children = vec![
        heading("h3", "heading-m", "Tóm tắt"),
        p(vec![
            text("Đã đọc "),
            strong(format!("{} người", finished.reviewed.len())),
            text(format!(
                " ở {} hộ, {} đơn vị; ngày rà soát {}.",
                households.len(),
                used_units,
                finished.review_date.to_vietnamese()
            )),
        ]),
    ];
    if !finished.problems.is_empty() {
        children.push(p(vec![text(format!(
            "Có {} chỗ cần sửa trong danh sách (xem ngay dưới đây); những ô khác vẫn được tính.",
            finished.problems.len()
        ))]));
    }
    let unknown: Vec<String> = units
        .iter()
        .filter(|unit| unit.people > 0 && setup.unit(&unit.unit).is_none())
        .map(|unit| format!("{} ({} người)", unit.unit, unit.people))
        .collect();
    if !unknown.is_empty() {
        children.push(p(vec![text(format!(
            "Mã đơn vị không có trong site.toml: {}. Hãy sửa cột ma_don_vi cho đúng mã của thôn, tổ dân phố.",
            unknown.join(", ")
        ))]));
    }
    children.push(p(vec![text(
        "Nhóm đối tượng và số tiền là ước tính, tính bằng cùng quy định và cùng cách tính với trang tự kiểm tra của người dân; cơ quan bảo hiểm xã hội là nơi quyết định.",
    )]));
    if setup.is_sample {
        children.push(p(vec![strong("Trang này dùng số liệu mẫu: tệp để đăng cũng được đánh dấu là số liệu mẫu.")]));
    }
    el("section", "list-review-summary", children).with("aria-label", "Tóm tắt")
}

fn problems(problems: &[Problem]) -> Node {
    let mut items: Vec<String> = problems.iter().take(PROBLEMS_SHOWN).map(ToString::to_string).collect();
    if problems.len() > PROBLEMS_SHOWN {
        items.push(format!("… và {} chỗ khác.", problems.len() - PROBLEMS_SHOWN));
    }
    el(
        "div",
        "error-summary list-review-problems",
        vec![
            heading("h3", "error-summary__title", format!("Cần sửa trong danh sách ({})", problems.len())),
            bullets(items),
        ],
    )
}

fn number(value: usize) -> Node {
    el("td", "numeric", vec![text(bhyt_core::group_thousands(value as u64))])
}

fn header_cells(titles: &[&str]) -> Node {
    el("tr", "", titles.iter().map(|title| el("th", "", vec![text(*title)]).with("scope", "col")).collect())
}

/// A wide table in a region that keyboard users can scroll on a phone.
fn scroll_table(id: String, caption: String, head: &[&str], rows: Vec<Node>, foot: Option<Node>) -> Node {
    let mut table =
        vec![el("caption", "visually-hidden", vec![text(caption.clone())]), el("thead", "", vec![header_cells(head)])];
    table.push(el("tbody", "", rows));
    table.extend(foot.map(|row| el("tfoot", "", vec![row])));
    el("div", "table-wrap", vec![el("table", "table list-review-table", table)])
        .with("role", "region")
        .with("aria-label", caption)
        .with("tabindex", "0")
        .with("id", id)
}

const COUNT_HEAD: [&str; 7] = [
    "Đơn vị",
    "Số người",
    "Có thẻ còn hạn",
    "Chưa từng có thẻ",
    "Thẻ đã hết hạn",
    "Tổng cần vận động",
    "Trong đó thuộc nhóm được Nhà nước hỗ trợ",
];

fn count_cells(name: Node, people: usize, insured: usize, never: usize, expired: usize, supported: usize) -> Vec<Node> {
    vec![
        name,
        number(people),
        number(insured),
        number(never),
        number(expired),
        number(never + expired),
        number(supported),
    ]
}

fn counts_table(units: &[UnitReview<'_>], setup: &ReviewSetup) -> Node {
    let used: Vec<&UnitReview<'_>> = units.iter().filter(|unit| unit.people > 0).collect();
    let rows = used
        .iter()
        .map(|unit| {
            let name = el("th", "", vec![text(unit_name(setup, &unit.unit))]).with("scope", "row");
            el(
                "tr",
                "",
                count_cells(
                    name,
                    unit.people,
                    unit.insured,
                    unit.never_enrolled,
                    unit.card_expired,
                    unit.not_fully_supported,
                ),
            )
            .with("data-unit", unit.unit.clone())
        })
        .collect();
    let sum = |count: fn(&UnitReview<'_>) -> usize| used.iter().map(|unit| count(unit)).sum::<usize>();
    let total = el(
        "tr",
        "",
        count_cells(
            el("th", "", vec![text("Cộng")]).with("scope", "row"),
            sum(|unit| unit.people),
            sum(|unit| unit.insured),
            sum(|unit| unit.never_enrolled),
            sum(|unit| unit.card_expired),
            sum(|unit| unit.not_fully_supported),
        ),
    )
    .with("data-unit", "tong");
    el(
        "section",
        "",
        vec![
            heading("h3", "heading-m", "Số liệu rà soát từng đơn vị"),
            p(vec![text(
                "“Tổng cần vận động” là người chưa có thẻ còn hạn vào ngày rà soát: chưa từng có thẻ cộng thẻ đã hết hạn. Cột cuối là những người trong số đó thuộc nhóm được Nhà nước đóng hoặc hỗ trợ tiền đóng mà chưa nhận.",
            )]),
            scroll_table("ra-soat-so-lieu".to_owned(), "Số liệu rà soát từng đơn vị".to_owned(), &COUNT_HEAD, rows, Some(total)),
        ],
    )
}

fn publication(publication: &Result<String, Vec<String>>, setup: &ReviewSetup) -> Node {
    let mut children = vec![heading("h3", "heading-m", "Số liệu để đăng lên trang (thong-ke.json)")];
    match publication {
        Ok(json) => {
            children.push(p(vec![text(
                "Tệp chỉ có số đếm của từng đơn vị và của cả địa phương: không có họ tên, mã hộ hay năm sinh. Đây đúng là nội dung sẽ được lưu:",
            )]));
            children.push(
                el("pre", "list-review-preview", vec![el("code", "", vec![text(json.clone())])])
                    .with("id", "ra-soat-xem-truoc")
                    .with("tabindex", "0")
                    .with("aria-label", "Xem trước tệp thong-ke.json"),
            );
            children.push(el(
                "div",
                "button-group",
                vec![
                    action_button("button", "luu-thong-ke", "Lưu tệp thong-ke.json"),
                    action_button("button button--secondary", "luu-ket-qua", "Lưu kết quả từng người (CSV, có họ tên)"),
                ],
            ));
            children.push(p(vec![text(format!(
                "Gửi tệp thong-ke.json cho người quản trị trang để thay tệp content/{}/thong-ke.json, hoặc đăng lên nơi trang lấy số liệu. Tệp kết quả từng người có họ tên: chỉ dùng trong cơ quan, không đăng.",
                setup.locality_id
            ))]));
        }
        Err(errors) => {
            children.push(p(vec![text("Chưa tạo được tệp để đăng, vì bộ kiểm tra của trang thống kê báo:")]));
            children.push(bullets(errors.iter().cloned()));
        }
    }
    el("section", "list-review-publication", children).with("aria-label", "Số liệu để đăng")
}

const WORKLIST_HEAD: [&str; 8] = [
    "Hộ",
    "Họ tên",
    "Năm sinh",
    "Vì sao đến",
    "Nhóm dự kiến",
    "Đóng mỗi năm (ước tính)",
    "Việc cần làm",
    "Giấy tờ cần mang",
];

fn worklist(unit: &UnitReview<'_>, review_date: Date, setup: &ReviewSetup) -> Node {
    let name = unit_name(setup, &unit.unit);
    let mut children = vec![heading("h4", "heading-s", format!("{name}: {} người cần đến", unit.to_visit.len()))];
    if let Some(in_charge) = setup.unit(&unit.unit).map(|unit| unit.in_charge.clone()).filter(|text| !text.is_empty()) {
        children.push(p(vec![text(format!("Cán bộ phụ trách: {in_charge}."))]));
    }
    if unit.to_visit.is_empty() {
        children
            .push(p(vec![text("Không ai cần đến: mọi người trong danh sách đều có thẻ còn hạn vào ngày rà soát.")]));
    } else {
        let rows = unit
            .to_visit
            .iter()
            .map(|one| {
                let cells = vec![
                    text(one.person.household.clone()),
                    text(one.person.name.clone().unwrap_or_default()),
                    text(one.person.birth_year.to_string()),
                    text(one.visit_reason().unwrap_or_default()),
                    text(one.group_text()),
                    text(one.yearly_text()),
                    text(one.next_step_text()),
                    bullets(one.papers().iter().copied()),
                ];
                // Each cell names its column, for the narrow screen where a row shows as a card.
                let cells = cells
                    .into_iter()
                    .zip(WORKLIST_HEAD)
                    .map(|(content, column)| el("td", "", vec![content]).with("data-label", column));
                el("tr", "", cells.collect())
            })
            .collect();
        children.push(scroll_table(
            format!("ra-soat-{}", unit.unit),
            format!("Danh sách đến vận động: {name}"),
            &WORKLIST_HEAD,
            rows,
            None,
        ));
        children.push(
            action_button("button button--secondary list-review-print", "in", format!("In danh sách {name}"))
                .with("data-value", unit.unit.clone()),
        );
    }
    children.push(el(
        "p",
        "hint",
        vec![text(format!(
            "{}, ngày rà soát {}. Kết quả là ước tính; cơ quan bảo hiểm xã hội quyết định.",
            setup.locality_name,
            review_date.to_vietnamese()
        ))],
    ));
    // The table inside is the named region; a second name the same would repeat it.
    el("section", "worklist", children).with("data-unit", unit.unit.clone())
}
