//! `content/thong-ke.schema.json` must describe the same fields as the Rust types.

mod common;

use bhyt_stats::{InsuredGroup, Statistics};
use common::{content_dir, good, parse_value};
use serde_json::Value;
use std::collections::BTreeSet;

fn schema() -> Value {
    let text = std::fs::read_to_string(content_dir().join("thong-ke.schema.json")).unwrap();
    serde_json::from_str(&text).expect("the schema is valid JSON")
}

/// A parsed file with every optional field present, serialized back to JSON.
fn full_file() -> Value {
    let mut file = good();
    file["$schema"] = "thong-ke.schema.json".into();
    file["don_vi"][0]["lich_su"] = serde_json::json!([{ "thang": "2025-12", "dan_so": 2400, "da_tham_gia": 2300 }]);
    let statistics: Statistics = parse_value(&file).unwrap();
    serde_json::to_value(statistics).unwrap()
}

fn keys(object: &Value) -> BTreeSet<String> {
    object.as_object().expect("an object").keys().cloned().collect()
}

fn strings(array: &Value) -> BTreeSet<String> {
    array.as_array().expect("an array").iter().map(|item| item.as_str().unwrap().to_owned()).collect()
}

/// Checks one object level: `properties` keys equal the Rust keys, `required` is all of them
/// except `$schema` and the `optional` ones, and no other property is allowed.
fn assert_same_fields(schema_object: &Value, rust_object: &Value, what: &str, optional: &[&str]) {
    assert_eq!(keys(&schema_object["properties"]), keys(rust_object), "{what}: properties");
    let mut required = keys(rust_object);
    required.remove("$schema");
    for key in optional {
        required.remove(*key);
    }
    assert_eq!(strings(&schema_object["required"]), required, "{what}: required");
    assert_eq!(schema_object["additionalProperties"], Value::Bool(false), "{what}: additionalProperties");
}

#[test]
fn draft_2020_12() {
    assert_eq!(schema()["$schema"], "https://json-schema.org/draft/2020-12/schema");
}

#[test]
fn top_level_fields_match_the_rust_types() {
    assert_same_fields(&schema(), &full_file(), "top level", &[]);
}

#[test]
fn nested_fields_match_the_rust_types() {
    let schema = schema();
    let file = full_file();
    let defs = &schema["$defs"];
    assert_same_fields(&schema["properties"]["dia_phuong"], &file["dia_phuong"], "dia_phuong", &[]);
    assert_same_fields(&defs["don_vi"], &file["don_vi"][0], "don_vi", &["lich_su"]);
    assert_same_fields(&defs["nhom"], &file["theo_nhom"][0], "theo_nhom", &[]);
    assert_same_fields(&defs["thang"], &file["lich_su"][0], "lich_su", &[]);
    assert_same_fields(&defs["thang"], &file["don_vi"][0]["lich_su"][0], "don_vi[].lich_su", &[]);
    assert_eq!(defs["don_vi"]["properties"]["lich_su"]["items"]["$ref"], "#/$defs/thang");
    assert_eq!(schema["properties"]["don_vi"]["items"]["$ref"], "#/$defs/don_vi");
    assert_eq!(schema["properties"]["theo_nhom"]["items"]["$ref"], "#/$defs/nhom");
    assert_eq!(schema["properties"]["lich_su"]["items"]["$ref"], "#/$defs/thang");
}

#[test]
fn group_ids_match() {
    let ids: BTreeSet<String> = InsuredGroup::ALL.iter().map(|group| group.id().to_owned()).collect();
    assert_eq!(strings(&schema()["$defs"]["nhom"]["properties"]["ma"]["enum"]), ids);
}

#[test]
fn every_property_is_described() {
    fn walk(value: &Value, path: &str, missing: &mut Vec<String>) {
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            for (key, property) in properties {
                if property.get("description").and_then(Value::as_str).is_none_or(str::is_empty) {
                    missing.push(format!("{path}.{key}"));
                }
                walk(property, &format!("{path}.{key}"), missing);
            }
        }
    }
    let schema = schema();
    let mut missing = Vec::new();
    walk(&schema, "", &mut missing);
    for (name, definition) in schema["$defs"].as_object().unwrap() {
        walk(definition, &format!("$defs.{name}"), &mut missing);
    }
    assert_eq!(missing, Vec::<String>::new());
}
