//! Sorting the rules' short lists (a few criteria, dates or routes).

/// Sorts a short list by key, keeping equal items in order. The standard library's sort brings
/// several kilobytes of code into the WebAssembly for each type it sorts; an insertion sort is
/// a few dozen bytes and as fast on lists this short.
pub fn sort_short_by_key<T, K: Ord>(items: &mut [T], key: impl Fn(&T) -> K) {
    for sorted_up_to in 1..items.len() {
        let mut index = sorted_up_to;
        while index > 0 && key(&items[index - 1]) > key(&items[index]) {
            items.swap(index - 1, index);
            index -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_short_by_key;

    #[test]
    fn sorts_like_the_standard_stable_sort() {
        // Every list of up to 7 items from 3 keys, tagged with its position to check stability.
        for length in 0..=7u32 {
            for code in 0..3u32.pow(length) {
                let list: Vec<(u32, u32)> = (0..length).map(|at| (code / 3u32.pow(at) % 3, at)).collect();
                let (mut ours, mut standard) = (list.clone(), list);
                sort_short_by_key(&mut ours, |item| item.0);
                standard.sort_by_key(|item| item.0);
                assert_eq!(ours, standard);
            }
        }
    }
}
