//! Who could introduce the user: the mutual-connections line of an invitation's row, as the page
//! showed it ("Maria Lopez and 11 other mutual connections"), read for the one person it names
//! and how many connections the user and the inviter share.
//!
//! Only LinkedIn's English, German, French and Spanish forms are read; a line in any other
//! language, a line that names nobody ("12 mutual connections") or one that does not fit a form
//! exactly gives `None`, and the "shared connections" step stays general. Names are never
//! guessed: a line naming two people names the first only when its form says so ("A and B are
//! mutual connections"), and a name part holding a comma ("A, B and 3 others", but also
//! "Jane Doe, PhD") is left alone rather than cut at the wrong place.
//!
//! The forms: English from the live page (notes on LinkedIn's pages: "Maria Lopez and 11 other
//! mutual connections") and the fixtures ("… and 1 other mutual connection", "… is a mutual
//! connection"); German and French from the fixtures `era-e-received-de.html` ("… und 4 weitere
//! gemeinsame Kontakte") and `era-d-received-fr.html` ("… et 3 autres relations en commun",
//! "… est une relation en commun"), with their singulars; Spanish from LinkedIn's Spanish
//! interface ("… y 11 contactos en común más", "… es un contacto en común"; no fixture yet, so
//! its word orders are read in each of the forms seen in the wild).

use serde::{Deserialize, Serialize};

/// A mutual connection named on the invitation's row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedMutual {
    /// The person named ("Maria Lopez"), as the page wrote it.
    pub name: String,
    /// How many connections the user and the inviter share, the named one included (≥ 1).
    pub shared: u32,
}

/// One form of the line: the name, then `before`, then (if `after` is `Some`) a number and
/// `after`. Without a number the line names exactly one shared connection, or two when `pair`.
struct Form {
    before: &'static str,
    after: Option<&'static str>,
    /// "A and B are mutual connections": the name part is two names joined by this.
    pair: Option<&'static str>,
}

const fn counted(before: &'static str, after: &'static str) -> Form {
    Form {
        before,
        after: Some(after),
        pair: None,
    }
}

const fn alone(before: &'static str) -> Form {
    Form {
        before,
        after: None,
        pair: None,
    }
}

const fn two(before: &'static str, and: &'static str) -> Form {
    Form {
        before,
        after: None,
        pair: Some(and),
    }
}

/// Every form, by language; matched ignoring ASCII case, the number's thousands separators
/// allowed.
const FORMS: &[Form] = &[
    // English.
    counted(" and ", " other mutual connections"),
    counted(" and ", " other mutual connection"),
    alone(" is a mutual connection"),
    two(" are mutual connections", " and "),
    // German.
    counted(" und ", " weitere gemeinsame Kontakte"),
    counted(" und ", " weiterer gemeinsamer Kontakt"),
    alone(" ist ein gemeinsamer Kontakt"),
    two(" sind gemeinsame Kontakte", " und "),
    // French.
    counted(" et ", " autres relations en commun"),
    counted(" et ", " autre relation en commun"),
    alone(" est une relation en commun"),
    two(" sont des relations en commun", " et "),
    // Spanish.
    counted(" y ", " contactos en común más"),
    counted(" y ", " contacto en común más"),
    counted(" y ", " contactos más en común"),
    counted(" y ", " contacto más en común"),
    counted(" y otros ", " contactos en común"),
    counted(" y otro ", " contacto en común"),
    alone(" es un contacto en común"),
    two(" son contactos en común", " y "),
];

/// Longest name taken, in characters: anything longer is not a name.
const MAX_NAME_CHARS: usize = 80;

/// The person a mutual-connections line names, and how many connections are shared; `None`
/// for a line that names nobody, is in another language, or does not fit a form exactly.
pub fn named_mutual(line: &str) -> Option<NamedMutual> {
    let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
    FORMS.iter().find_map(|form| read_form(&line, form))
}

fn read_form(line: &str, form: &Form) -> Option<NamedMutual> {
    let (name, shared) = match form.after {
        Some(after) => {
            let rest = strip_suffix_ignoring_case(line, after)?;
            let (rest, count) = trailing_number(rest)?;
            let name = strip_suffix_ignoring_case(rest, form.before)?;
            (name, count.checked_add(1)?)
        }
        None => {
            let names = strip_suffix_ignoring_case(line, form.before)?;
            match form.pair {
                None => (names, 1),
                Some(and) => {
                    let mut parts = names.split(and);
                    let (first, second) = (parts.next()?, parts.next()?);
                    if parts.next().is_some() || !is_name(second) {
                        return None;
                    }
                    (first, 2)
                }
            }
        }
    };
    is_name(name).then(|| NamedMutual {
        name: name.to_owned(),
        shared,
    })
}

/// Whether `text` can be one person's name: not empty, not too long, no comma (two names, or a
/// name with a suffix: either way not safe to cut), no digits.
fn is_name(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && text.chars().count() <= MAX_NAME_CHARS
        && !text.contains(',')
        && !text.chars().any(|c| c.is_ascii_digit())
}

/// `text` without `suffix`, compared ignoring ASCII case (the suffixes' other letters are the
/// page's own lower-case ones).
fn strip_suffix_ignoring_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let (head, tail) = (text.get(..cut)?, text.get(cut..)?);
    tail.eq_ignore_ascii_case(suffix).then_some(head)
}

/// The number `text` ends with ("11", "1,100", "1.100", "1 100") and what comes before it.
fn trailing_number(text: &str) -> Option<(&str, u32)> {
    let separators = [',', '.', ' ', '\u{a0}', '\u{202f}'];
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_digit() || separators.contains(c))
        .last()
        .map(|(i, _)| i)?;
    // Separators belong to the number only between digits.
    let start = start + text[start..].find(|c: char| c.is_ascii_digit())?;
    let digits: String = text[start..].chars().filter(char::is_ascii_digit).collect();
    let number = digits.parse().ok()?;
    Some((&text[..start], number))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str, shared: u32) -> Option<NamedMutual> {
        Some(NamedMutual {
            name: name.to_owned(),
            shared,
        })
    }

    #[test]
    fn english_lines_name_the_first_mutual_connection() {
        assert_eq!(
            named_mutual("Maria Lopez and 11 other mutual connections"),
            named("Maria Lopez", 12)
        );
        assert_eq!(
            named_mutual("Anna Baumann and 1 other mutual connection"),
            named("Anna Baumann", 2)
        );
        assert_eq!(
            named_mutual("Aisha Bello is a mutual connection"),
            named("Aisha Bello", 1)
        );
        assert_eq!(
            named_mutual("Omar Khalil and Li Wei are mutual connections"),
            named("Omar Khalil", 2)
        );
        assert_eq!(
            named_mutual("  Zoë  O’Brien and 1,204 other Mutual Connections "),
            named("Zoë O’Brien", 1205)
        );
    }

    #[test]
    fn german_french_and_spanish_lines_too() {
        assert_eq!(
            named_mutual("Markus Braun und 4 weitere gemeinsame Kontakte"),
            named("Markus Braun", 5)
        );
        assert_eq!(
            named_mutual("Markus Braun und 1 weiterer gemeinsamer Kontakt"),
            named("Markus Braun", 2)
        );
        assert_eq!(
            named_mutual("Jörg Weiß ist ein gemeinsamer Kontakt"),
            named("Jörg Weiß", 1)
        );
        assert_eq!(
            named_mutual("Luc Girard et 3 autres relations en commun"),
            named("Luc Girard", 4)
        );
        assert_eq!(
            named_mutual("Marie Dupont est une relation en commun"),
            named("Marie Dupont", 1)
        );
        assert_eq!(
            named_mutual("Hélène Roy et 1\u{202f}100 autres relations en commun"),
            named("Hélène Roy", 1101)
        );
        assert_eq!(
            named_mutual("Lucía Gómez y 11 contactos en común más"),
            named("Lucía Gómez", 12)
        );
        assert_eq!(
            named_mutual("Lucía Gómez y otros 3 contactos en común"),
            named("Lucía Gómez", 4)
        );
        assert_eq!(
            named_mutual("Lucía Gómez y 1 contacto más en común"),
            named("Lucía Gómez", 2)
        );
        assert_eq!(
            named_mutual("Iker Ruiz es un contacto en común"),
            named("Iker Ruiz", 1)
        );
    }

    #[test]
    fn other_languages_and_lines_without_a_name_are_left_alone() {
        for line in [
            "12 mutual connections",
            "1 mutual connection",
            "2 relations en commun",
            "Gemeinsame Kontakte (1)",
            "Luca Bianchi e altri 5 collegamenti in comune",
            "Francesca Conti è un collegamento in comune",
            "Jan de Vries en 3 andere gemeenschappelijke connecties",
            "Anna Nowak i 4 inne wspólne kontakty",
            "",
            " and 11 other mutual connections",
            "Maria Lopez, John Smith and 10 other mutual connections",
            "Jane Doe, PhD is a mutual connection",
            "Maria Lopez and many other mutual connections",
            "Maria Lopez and 11 other mutual connections and more",
            "A and B and C are mutual connections",
        ] {
            assert_eq!(named_mutual(line), None, "{line:?}");
        }
    }

    #[test]
    fn a_name_too_long_or_with_digits_is_no_name() {
        let long = format!("{} and 2 other mutual connections", "A".repeat(81));
        assert_eq!(named_mutual(&long), None);
        assert_eq!(
            named_mutual("Agent 007 and 2 other mutual connections"),
            None
        );
    }
}
