//! Count labels ("People (1,100)", "Focused (2)", "Personnes (1 100)", "1.100") → a number.
//! Thousands separators differ per locale: `,` `.` `'`, space, no-break space (U+00A0) and
//! narrow no-break space (U+202F). A lower bound such as "99+" is not a count and gives `None`.

/// Characters that may separate groups of three digits.
const GROUP_SEPARATORS: &[char] = &[',', '.', '\'', ' ', '\u{a0}', '\u{202f}', '\u{2009}'];

/// The count in a label: the number inside the last parentheses if any, else the first number.
pub fn parse_count(label: &str) -> Option<u32> {
    let inner = parenthesised(label).unwrap_or(label);
    first_number(inner)
}

/// The label without its count: "Focused (2)" → "Focused".
pub fn strip_count(label: &str) -> String {
    let cut = label.rfind('(').unwrap_or(label.len());
    let head = label.get(..cut).unwrap_or(label);
    head.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn parenthesised(label: &str) -> Option<&str> {
    let open = label.rfind('(')?;
    let rest = label.get(open + 1..)?;
    let close = rest.find(')')?;
    rest.get(..close)
}

/// The first number in `text`, joining digit groups split by a thousands separator followed by
/// exactly three digits. "1,100" → 1100; "1.100" → 1100; "1 100" → 1100; "99+" → None.
fn first_number(text: &str) -> Option<u32> {
    let chars: Vec<char> = text.chars().collect();
    let start = chars.iter().position(|c| c.is_ascii_digit())?;
    let mut digits = String::new();
    let mut i = start;
    while i < chars.len() {
        let c = chars[i];
        if c.is_ascii_digit() {
            digits.push(c);
            i += 1;
        } else if GROUP_SEPARATORS.contains(&c) && is_group(&chars, i + 1) {
            i += 1;
        } else {
            break;
        }
    }
    if chars.get(i) == Some(&'+') {
        return None;
    }
    digits.parse().ok()
}

/// Whether exactly three digits start at `at` (and no fourth follows).
fn is_group(chars: &[char], at: usize) -> bool {
    let three = (at..at + 3).all(|j| chars.get(j).is_some_and(|c| c.is_ascii_digit()));
    three && !chars.get(at + 3).is_some_and(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_in_several_locales() {
        assert_eq!(parse_count("People (1,100)"), Some(1100));
        assert_eq!(parse_count("Personen (1.100)"), Some(1100));
        assert_eq!(parse_count("Personnes (1 100)"), Some(1100));
        assert_eq!(parse_count("Personnes (1\u{a0}100)"), Some(1100));
        assert_eq!(parse_count("Personnes (1\u{202f}100)"), Some(1100));
        assert_eq!(parse_count("Focused (2)"), Some(2));
        assert_eq!(parse_count("Fokussiert (3)"), Some(3));
        assert_eq!(parse_count("1.100"), Some(1100));
        assert_eq!(parse_count("12,345,678"), Some(12_345_678));
        assert_eq!(parse_count("Invitations (0)"), Some(0));
    }

    #[test]
    fn not_counts() {
        assert_eq!(parse_count("People"), None);
        assert_eq!(parse_count("People (99+)"), None);
        assert_eq!(parse_count("()"), None);
        assert_eq!(parse_count("(99999999999999)"), None);
    }

    #[test]
    fn separators_need_three_digits() {
        assert_eq!(parse_count("1,10"), Some(1));
        assert_eq!(parse_count("1 1000"), Some(1));
    }

    #[test]
    fn strip_count_keeps_label() {
        assert_eq!(strip_count("Focused (2)"), "Focused");
        assert_eq!(
            strip_count("  Mutual   Connections (12) "),
            "Mutual Connections"
        );
        assert_eq!(strip_count("Verified"), "Verified");
    }
}
