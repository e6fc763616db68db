//! The polite "shall we connect after all?" message, in the user's tone, within LinkedIn's
//! 300-character note limit (counted in characters, not bytes).

use super::texts::{fill, Catalogue, FIRST_NAME};

/// LinkedIn's limit for an invitation note, in characters.
pub const NOTE_LIMIT_CHARS: usize = 300;
/// A first word longer than this is not treated as a name (it is more likely a slogan).
pub const MAX_FIRST_NAME_CHARS: usize = 40;

/// The first name to greet someone by, from their full display name: the first
/// whitespace-separated word after any honorifics from `titles`, with surrounding punctuation
/// removed. When honorifics are followed by a single word ("Dr. Doe"), that is most likely a
/// surname, so the greeting keeps the title: "Dr. Doe". `None` when nothing usable is left
/// (empty, only titles, only symbols, or an implausibly long word).
///
/// `titles` are compared ignoring case and trailing dots ("Dr.", "dr", "DR" all match "dr").
pub fn first_name(full_name: &str, titles: &[&str]) -> Option<String> {
    let is_title = |word: &str| {
        let bare = word.trim_end_matches('.');
        titles.iter().any(|title| title.eq_ignore_ascii_case(bare))
    };
    let words: Vec<&str> = full_name
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphabetic))
        .collect();
    let title_count = words.iter().take_while(|word| is_title(word)).count();
    let rest = &words[title_count..];
    let name = rest
        .first()
        .map(|word| word.trim_matches(|c: char| !c.is_alphanumeric()))?;
    if name.chars().count() > MAX_FIRST_NAME_CHARS {
        return None;
    }
    match (title_count, rest.len()) {
        (0, _) | (_, 2..) => Some(name.to_owned()),
        _ => Some(format!("{} {name}", words[title_count - 1])),
    }
}

/// The message draft for `full_name` from the catalogue of the chosen tone; greets by first name
/// when one can be found and fits, otherwise without a name. Never longer than
/// [`NOTE_LIMIT_CHARS`] characters.
pub fn draft_message(full_name: &str, texts: &Catalogue) -> String {
    let named = first_name(full_name, texts.common.name_titles)
        .map(|name| fill(texts.draft.named, &[(FIRST_NAME, &name)]))
        .filter(|draft| draft.chars().count() <= NOTE_LIMIT_CHARS);
    named.unwrap_or_else(|| truncate_chars(texts.draft.unnamed, NOTE_LIMIT_CHARS))
}

/// At most `limit` characters of `text` (a safety net: the catalogue's drafts already fit).
fn truncate_chars(text: &str, limit: usize) -> String {
    text.chars().take(limit).collect()
}

#[cfg(test)]
mod tests {
    use super::super::texts::{catalogue, common, Lang};
    use super::super::tone::Tone;
    use super::*;

    fn first(name: &str) -> Option<String> {
        first_name(name, common(Lang::English).name_titles)
    }

    #[test]
    fn first_name_is_the_first_word() {
        assert_eq!(first("Jane Doe").as_deref(), Some("Jane"));
        assert_eq!(first("  Jane   Mary  Doe ").as_deref(), Some("Jane"));
        assert_eq!(first("Jean-Luc Picard").as_deref(), Some("Jean-Luc"));
        assert_eq!(first("María José García").as_deref(), Some("María"));
        assert_eq!(first("Zoë").as_deref(), Some("Zoë"));
        assert_eq!(first("O'Brien Kelly").as_deref(), Some("O'Brien"));
    }

    #[test]
    fn titles_are_skipped() {
        assert_eq!(first("Dr. Jane Doe").as_deref(), Some("Jane"));
        assert_eq!(first("dr jane doe").as_deref(), Some("jane"));
        assert_eq!(first("Prof. Dr. Hans Müller").as_deref(), Some("Hans"));
        assert_eq!(first("Mrs Smith").as_deref(), Some("Mrs Smith"));
        assert_eq!(first("Dr. Doe").as_deref(), Some("Dr. Doe"));
        assert_eq!(first("Prof. Dr. Müller").as_deref(), Some("Dr. Müller"));
        assert_eq!(first("Dr.").as_deref(), None);
        // A name that merely starts like a title is kept.
        assert_eq!(first("Drew Barry").as_deref(), Some("Drew"));
        assert_eq!(first("Missy Elliott").as_deref(), Some("Missy"));
    }

    #[test]
    fn odd_names_degrade_to_no_name() {
        assert_eq!(first(""), None);
        assert_eq!(first("   "), None);
        assert_eq!(first("🚀 ✨"), None);
        assert_eq!(first("--- ..."), None);
        assert_eq!(first(&"A".repeat(MAX_FIRST_NAME_CHARS + 1)), None);
        assert_eq!(first("🚀 Jane Doe").as_deref(), Some("Jane"));
        assert_eq!(first("(Jane) Doe").as_deref(), Some("Jane"));
        assert_eq!(first("Jane, PhD").as_deref(), Some("Jane"));
        assert_eq!(first("李 小龙").as_deref(), Some("李"));
    }

    #[test]
    fn draft_greets_by_first_name_in_every_tone() {
        for tone in Tone::ALL {
            let draft = draft_message("Dr. Jane Doe", catalogue(Lang::English, tone));
            assert!(draft.contains("Jane"), "{tone}: {draft}");
            assert!(!draft.contains("Doe"), "{tone}: {draft}");
            assert!(!draft.contains('{'), "{tone}: {draft}");
        }
    }

    #[test]
    fn draft_without_a_usable_name_has_no_placeholder() {
        for tone in Tone::ALL {
            let draft = draft_message("", catalogue(Lang::English, tone));
            assert!(!draft.contains('{') && !draft.is_empty(), "{tone}: {draft}");
        }
    }

    #[test]
    fn draft_fits_the_note_limit_for_very_long_names_in_every_tone() {
        let long_word = "Ä".repeat(500);
        let long_first = format!("{} Doe", "Bartholomäus".repeat(3)); // 36 chars, still a name
        let many_words = "Wolfeschlegelsteinhausenbergerdorff ".repeat(20);
        let near_limit = "Ö".repeat(MAX_FIRST_NAME_CHARS);
        for tone in Tone::ALL {
            let texts = catalogue(Lang::English, tone);
            for name in [&long_word, &long_first, &many_words, &near_limit] {
                let draft = draft_message(name, texts);
                assert!(
                    draft.chars().count() <= NOTE_LIMIT_CHARS,
                    "{tone}: {} chars",
                    draft.chars().count()
                );
            }
            // Multi-byte characters must count as one each: this name fits by chars.
            assert!(draft_message(&near_limit, texts).contains(&near_limit));
            assert!(draft_message(&long_first, texts).contains("Bartholomäus"));
            assert!(!draft_message(&long_word, texts).contains('Ä'));
        }
    }

    #[test]
    fn drafts_differ_by_tone() {
        let drafts: Vec<String> = Tone::ALL
            .into_iter()
            .map(|tone| draft_message("Jane Doe", catalogue(Lang::English, tone)))
            .collect();
        assert_ne!(drafts[0], drafts[1]);
        assert_ne!(drafts[1], drafts[2]);
        assert_ne!(drafts[0], drafts[2]);
    }
}
