//! Small text helpers shared by the crates.

/// `Đi làm…` → `đi làm…`, for a label placed inside a sentence.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn lowercases_only_the_first_letter() {
        assert_eq!(super::lowercase_first("Đang nhận Lương hưu"), "đang nhận Lương hưu");
        assert_eq!(super::lowercase_first(""), "");
    }
}
