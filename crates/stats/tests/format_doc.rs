//! FORMAT.md stays true: its example is valid, its figures are what the code computes, and
//! it documents every field.

mod common;

use bhyt_stats::{format_count, format_percent, parse, InsuredGroup};
use common::{content_dir, today};

fn format_md() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/FORMAT.md")).unwrap()
}

#[test]
fn the_example_is_valid_and_its_figures_are_right() {
    let doc = format_md();
    let start = doc.find("```json\n").expect("an example") + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let statistics = parse(&doc[start..end], today()).unwrap_or_else(|errors| panic!("{errors:#?}"));
    let overall = statistics.overall();
    let claim = format!(
        "Tỷ lệ toàn phường trong ví dụ này là {}. Còn {} người chưa có thẻ, và cần thêm {} người để đạt 95%.",
        format_percent(overall.percent()),
        format_count(overall.uninsured()),
        format_count(overall.needed_for_target())
    );
    assert!(doc.contains(&claim), "FORMAT.md should say: {claim}");
    let second = statistics.units[1].coverage(statistics.target);
    assert!(doc.contains(&format!(
        "Tổ dân phố 2 chưa đạt ({}), cần thêm {} người.",
        format_percent(second.percent()),
        second.needed_for_target()
    )));
}

#[test]
fn every_field_and_group_is_documented() {
    let doc = format_md();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(content_dir().join("thong-ke.schema.json")).unwrap()).unwrap();
    let mut keys = Vec::new();
    for object in [
        &schema,
        &schema["properties"]["dia_phuong"],
        &schema["$defs"]["don_vi"],
        &schema["$defs"]["nhom"],
        &schema["$defs"]["thang"],
    ] {
        keys.extend(object["properties"].as_object().unwrap().keys().cloned());
    }
    for key in keys {
        assert!(doc.contains(&format!("| `{key}` |")), "FORMAT.md has no table row for `{key}`");
    }
    for group in InsuredGroup::ALL {
        assert!(doc.contains(&format!("| `{}` | {} |", group.id(), group.label())), "{group:?}");
    }
}
