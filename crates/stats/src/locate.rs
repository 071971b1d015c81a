//! Finds the line of a field in the file's text, so that the build and the checker can say
//! `thong-ke.json:42: don_vi[3].da_tham_gia: …` and an official can go straight to it.

/// 1-based line where the value at `path` (as in [`crate::StatsError::path`], e.g.
/// `don_vi[3].da_tham_gia`) begins. For a field the file lacks, the line of the nearest
/// enclosing value. `None` for an empty path or text that is not JSON enough to walk.
pub fn line_of_field(json: &str, path: &str) -> Option<usize> {
    if path.is_empty() {
        return None;
    }
    let segments = segments(path)?;
    let mut scanner = Scanner { bytes: json.as_bytes(), position: 0, line: 1 };
    scanner.skip_whitespace();
    scanner.find(&segments)
}

#[derive(Debug, PartialEq)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

fn segments(path: &str) -> Option<Vec<Segment<'_>>> {
    let mut out = Vec::new();
    for part in path.split('.') {
        let (key, mut rest) = part.split_at(part.find('[').unwrap_or(part.len()));
        if !key.is_empty() {
            out.push(Segment::Key(key));
        }
        while let Some(inner) = rest.strip_prefix('[') {
            let end = inner.find(']')?;
            out.push(Segment::Index(inner[..end].parse().ok()?));
            rest = &inner[end + 1..];
        }
    }
    Some(out)
}

struct Scanner<'a> {
    bytes: &'a [u8],
    position: usize,
    line: usize,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.position).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.position += 1;
        if byte == b'\n' {
            self.line += 1;
        }
        Some(byte)
    }

    fn skip_whitespace(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\r' | b'\n')) {
            self.bump();
        }
    }

    /// At the start of a value: the line of the value `segments` lead to from here.
    fn find(&mut self, segments: &[Segment]) -> Option<usize> {
        let here = self.line;
        let Some((first, rest)) = segments.split_first() else { return Some(here) };
        match (self.peek()?, first) {
            (b'{', Segment::Key(wanted)) => {
                self.bump();
                loop {
                    self.skip_whitespace();
                    if self.peek()? != b'"' {
                        return Some(here);
                    }
                    let key = self.string()?;
                    self.skip_whitespace();
                    if self.bump()? != b':' {
                        return Some(here);
                    }
                    self.skip_whitespace();
                    if key == *wanted {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_whitespace();
                    if self.bump()? != b',' {
                        return Some(here);
                    }
                }
            }
            (b'[', Segment::Index(wanted)) => {
                self.bump();
                for index in 0.. {
                    self.skip_whitespace();
                    if self.peek()? == b']' {
                        break;
                    }
                    if index == *wanted {
                        return self.find(rest);
                    }
                    self.skip_value()?;
                    self.skip_whitespace();
                    if self.bump()? != b',' {
                        break;
                    }
                }
                Some(here)
            }
            _ => Some(here),
        }
    }

    /// Reads a string's raw text (escapes kept); the scanner is on its opening quote.
    fn string(&mut self) -> Option<&'a str> {
        self.bump();
        let start = self.position;
        loop {
            match self.bump()? {
                b'\\' => {
                    self.bump()?;
                }
                b'"' => {
                    let bytes: &'a [u8] = self.bytes;
                    return std::str::from_utf8(&bytes[start..self.position - 1]).ok();
                }
                _ => {}
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        match self.peek()? {
            b'"' => self.string().map(|_| ()),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'{' | b'[' => depth += 1,
                        b'}' | b']' => {
                            depth -= 1;
                            if depth == 0 {
                                self.bump();
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.bump();
                }
            }
            _ => {
                while !matches!(self.peek(), None | Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n')) {
                    self.bump();
                }
                Some(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "{\n  \"phien_ban\": 1,\n  \"don_vi\": [\n    {\"ma\": \"a\", \"ten\": \"A \\\" [x]\"},\n    {\n      \"ma\": \"b\",\n      \"da_tham_gia\": -5\n    }\n  ],\n  \"lich_su\": []\n}\n";

    #[test]
    fn finds_nested_fields_past_strings_with_brackets_and_quotes() {
        assert_eq!(line_of_field(FILE, "phien_ban"), Some(2));
        assert_eq!(line_of_field(FILE, "don_vi[0].ten"), Some(4));
        assert_eq!(line_of_field(FILE, "don_vi[1].da_tham_gia"), Some(7));
        assert_eq!(line_of_field(FILE, "lich_su"), Some(10));
    }

    #[test]
    fn a_missing_field_points_at_its_enclosing_value() {
        assert_eq!(line_of_field(FILE, "don_vi[1].dan_so"), Some(5));
        assert_eq!(line_of_field(FILE, "don_vi[7].ma"), Some(3));
        assert_eq!(line_of_field(FILE, "nguon"), Some(1));
    }

    #[test]
    fn nothing_to_point_at() {
        assert_eq!(line_of_field(FILE, ""), None);
        assert_eq!(line_of_field("", "phien_ban"), None);
        assert_eq!(line_of_field(FILE, "don_vi[x]"), None);
    }
}
