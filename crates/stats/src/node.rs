//! A JSON tree that, unlike `serde_json::Value`, keeps object keys in file order and keeps
//! duplicated keys, so the parser can report `"dan_so"` written twice instead of silently
//! taking the last one.

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Unsigned(u64),
    Negative(i64),
    /// Any number written with a fraction or exponent, or too large for `u64`.
    Float(f64),
    Text(String),
    Array(Vec<Node>),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Node, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("any JSON value")
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Node, E> {
        Ok(Node::Bool(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Node, E> {
        Ok(Node::Unsigned(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Node, E> {
        Ok(if value >= 0 { Node::Unsigned(value as u64) } else { Node::Negative(value) })
    }

    fn visit_f64<E>(self, value: f64) -> Result<Node, E> {
        Ok(Node::Float(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Node, E> {
        Ok(Node::Text(value.to_owned()))
    }

    fn visit_string<E>(self, value: String) -> Result<Node, E> {
        Ok(Node::Text(value))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value()?;
            entries.push((key, value));
        }
        Ok(Node::Object(entries))
    }
}

impl Node {
    /// How the value is described in an error message: "chuỗi \"abc\"", "số -5", "một mảng".
    pub(crate) fn describe(&self) -> String {
        match self {
            Node::Null => "null".to_owned(),
            Node::Bool(value) => value.to_string(),
            Node::Unsigned(value) => format!("số {value}"),
            Node::Negative(value) => format!("số {value}"),
            Node::Float(value) => format!("số {value}"),
            Node::Text(value) => {
                let shown: String = value.chars().take(40).collect();
                let ellipsis = if shown.len() < value.len() { "…" } else { "" };
                format!("chuỗi \"{shown}{ellipsis}\"")
            }
            Node::Array(_) => "một mảng [ … ]".to_owned(),
            Node::Object(_) => "một đối tượng { … }".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_duplicate_keys_in_order() {
        let node: Node = serde_json::from_str(r#"{"b": 1, "a": -2, "b": 1.5}"#).unwrap();
        assert_eq!(
            node,
            Node::Object(vec![
                ("b".into(), Node::Unsigned(1)),
                ("a".into(), Node::Negative(-2)),
                ("b".into(), Node::Float(1.5)),
            ])
        );
    }

    #[test]
    fn reads_every_kind() {
        let node: Node = serde_json::from_str(r#"[null, true, "x", [], {}, 1e3]"#).unwrap();
        assert_eq!(
            node,
            Node::Array(vec![
                Node::Null,
                Node::Bool(true),
                Node::Text("x".into()),
                Node::Array(vec![]),
                Node::Object(vec![]),
                Node::Float(1000.0),
            ])
        );
    }
}
