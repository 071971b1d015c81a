//! Vietnamese number format: the dot groups thousands.

/// `1366200` → `1.366.200`.
pub fn group_thousands(number: u64) -> String {
    let digits = number.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_three_with_dots() {
        assert_eq!(group_thousands(0), "0");
        assert_eq!(group_thousands(956), "956");
        assert_eq!(group_thousands(1_000), "1.000");
        assert_eq!(group_thousands(1_366_200), "1.366.200");
        assert_eq!(group_thousands(50_600_000), "50.600.000");
    }
}
