//! Relative-time labels ("2 weeks ago", "vor 2 Wochen", "il y a 2 semaines", "2w", "Sent today")
//! → an [`AgeRange`] in days. LinkedIn rounds down, so "2 weeks ago" means at least 14 and less
//! than 21 days. Unknown labels give `None`: the reader never guesses an age.

use super::model::AgeRange;
use super::text::lower;

/// Days in the units LinkedIn uses. Months and years are approximations ("3 months ago" →
/// 90..120 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// Seconds, minutes, hours: all "today".
    SubDay,
    Day,
    Week,
    Month,
    Year,
}

impl Unit {
    fn days(self) -> u32 {
        match self {
            Unit::SubDay => 0,
            Unit::Day => 1,
            Unit::Week => 7,
            Unit::Month => 30,
            Unit::Year => 365,
        }
    }
}

/// Words meaning "today" (after prefixes are stripped), in English, German and French.
const TODAY: &[&str] = &[
    "today",
    "just now",
    "now",
    "heute",
    "gerade eben",
    "soeben",
    "aujourd'hui",
    "à l'instant",
];
/// Words meaning "yesterday".
const YESTERDAY: &[&str] = &["yesterday", "gestern", "hier"];

/// Prefixes dropped before parsing ("Sent 3 weeks ago", "Gesendet vor 2 Wochen",
/// "Envoyée il y a 3 jours"). Longest first.
const PREFIXES: &[&str] = &[
    "sent ",
    "gesendet ",
    "verschickt ",
    "envoyée ",
    "envoyé ",
    "envoyées ",
    "il y a ",
    "vor ",
    "sent",
];
/// Suffixes dropped before parsing.
const SUFFIXES: &[&str] = &[" ago", " her"];

/// Number words ("a week ago", "vor einem Monat", "il y a un an").
const ONE_WORDS: &[&str] = &[
    "a", "an", "one", "ein", "einem", "einer", "eine", "un", "une",
];

/// Parses a relative-time label. `None` when the label is not a known relative time.
pub fn parse_age(label: &str) -> Option<AgeRange> {
    let text = normalise(label);
    if text.is_empty() {
        return None;
    }
    let text = strip_affixes(&text);
    if TODAY.contains(&text.as_str()) {
        return Some(range(0, 1));
    }
    if YESTERDAY.contains(&text.as_str()) {
        return Some(range(1, 2));
    }
    let (n, unit) = parse_amount(&text)?;
    Some(span(n, unit))
}

/// Lower-case, straight apostrophes, single ASCII spaces (nbsp and narrow nbsp included).
fn normalise(label: &str) -> String {
    let lowered = lower(label.trim()).replace(['\u{2019}', '\u{2018}', '\u{02bc}'], "'");
    lowered
        .split(|c: char| c.is_whitespace() || c == '\u{a0}' || c == '\u{202f}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn strip_affixes(text: &str) -> String {
    let mut text = text.trim_end_matches(['.', '•']).trim().to_string();
    // Prefixes can stack: "Sent il y a …" never happens, but "envoyée il y a" does.
    for _ in 0..2 {
        for p in PREFIXES {
            if let Some(rest) = text.strip_prefix(p) {
                text = rest.trim().to_string();
            }
        }
    }
    for s in SUFFIXES {
        if let Some(rest) = text.strip_suffix(s) {
            text = rest.trim().to_string();
        }
    }
    text
}

/// "2 weeks", "einem Monat", "3 jours", "2w", "1mo", "1yr" → (2, Week) …
fn parse_amount(text: &str) -> Option<(u32, Unit)> {
    let mut words = text.split(' ');
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    if rest.is_empty() {
        return parse_short(first);
    }
    if rest.len() != 1 {
        return None;
    }
    let n = if ONE_WORDS.contains(&first) {
        1
    } else {
        first.parse::<u32>().ok()?
    };
    Some((n, unit_word(rest[0])?))
}

/// Short forms: "2w", "3d", "1mo", "1yr", "5h", "10m" (minutes), "1y".
fn parse_short(word: &str) -> Option<(u32, Unit)> {
    let split = word.find(|c: char| !c.is_ascii_digit())?;
    if split == 0 {
        return None;
    }
    let (digits, suffix) = word.split_at(split);
    let n = digits.parse::<u32>().ok()?;
    let unit = match suffix {
        "s" | "m" | "min" | "h" | "std" => Unit::SubDay,
        "d" | "t" | "j" => Unit::Day,
        "w" | "wk" | "wks" | "sem" => Unit::Week,
        "mo" | "mon" | "mth" | "mois" => Unit::Month,
        "y" | "yr" | "yrs" | "j." | "a" | "an" => Unit::Year,
        _ => return None,
    };
    Some((n, unit))
}

/// Unit words in English, German and French, singular and plural.
fn unit_word(word: &str) -> Option<Unit> {
    let unit = match word {
        "second" | "seconds" | "minute" | "minutes" | "hour" | "hours" | "sekunde" | "sekunden"
        | "minuten" | "stunde" | "stunden" | "seconde" | "secondes" | "heure" | "heures" => {
            Unit::SubDay
        }
        "day" | "days" | "tag" | "tage" | "tagen" | "jour" | "jours" => Unit::Day,
        "week" | "weeks" | "woche" | "wochen" | "semaine" | "semaines" => Unit::Week,
        "month" | "months" | "monat" | "monate" | "monaten" | "mois" => Unit::Month,
        "year" | "years" | "jahr" | "jahre" | "jahren" | "an" | "ans" | "année" | "années" => {
            Unit::Year
        }
        _ => return None,
    };
    Some(unit)
}

fn span(n: u32, unit: Unit) -> AgeRange {
    if unit == Unit::SubDay {
        return range(0, 1);
    }
    let d = unit.days();
    range(n.saturating_mul(d), n.saturating_add(1).saturating_mul(d))
}

fn range(min_days: u32, max_days: u32) -> AgeRange {
    AgeRange {
        min_days,
        max_days: Some(max_days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(label: &str) -> Option<(u32, u32)> {
        parse_age(label).map(|a| (a.min_days, a.max_days.unwrap_or(u32::MAX)))
    }

    #[test]
    fn english_labels() {
        assert_eq!(r("Today"), Some((0, 1)));
        assert_eq!(r("Yesterday"), Some((1, 2)));
        assert_eq!(r("2 days ago"), Some((2, 3)));
        assert_eq!(r("1 day ago"), Some((1, 2)));
        assert_eq!(r("1 week ago"), Some((7, 14)));
        assert_eq!(r("2 weeks ago"), Some((14, 21)));
        assert_eq!(r("3 months ago"), Some((90, 120)));
        assert_eq!(r("1 year ago"), Some((365, 730)));
        assert_eq!(r("a month ago"), Some((30, 60)));
        assert_eq!(r("5 hours ago"), Some((0, 1)));
    }

    #[test]
    fn sent_prefix_and_whitespace() {
        assert_eq!(r("Sent 3 weeks ago"), Some((21, 28)));
        assert_eq!(r("Sent today"), Some((0, 1)));
        assert_eq!(r("  Sent\u{a0}6 months ago \n"), Some((180, 210)));
        assert_eq!(r("Sent yesterday"), Some((1, 2)));
    }

    #[test]
    fn german_labels() {
        assert_eq!(r("vor 2 Wochen"), Some((14, 21)));
        assert_eq!(r("Heute"), Some((0, 1)));
        assert_eq!(r("Gestern"), Some((1, 2)));
        assert_eq!(r("vor 3 Tagen"), Some((3, 4)));
        assert_eq!(r("vor einem Monat"), Some((30, 60)));
        assert_eq!(r("Gesendet vor 1 Woche"), Some((7, 14)));
        assert_eq!(r("vor 2 Jahren"), Some((730, 1095)));
    }

    #[test]
    fn french_labels() {
        assert_eq!(r("il y a 2 semaines"), Some((14, 21)));
        assert_eq!(r("Aujourd\u{2019}hui"), Some((0, 1)));
        assert_eq!(r("Aujourd'hui"), Some((0, 1)));
        assert_eq!(r("Hier"), Some((1, 2)));
        assert_eq!(r("il y a 3 jours"), Some((3, 4)));
        assert_eq!(r("Il y a 4 mois"), Some((120, 150)));
        assert_eq!(r("Envoyée il y a 1 an"), Some((365, 730)));
    }

    #[test]
    fn short_forms() {
        assert_eq!(r("2w"), Some((14, 21)));
        assert_eq!(r("3d"), Some((3, 4)));
        assert_eq!(r("1mo"), Some((30, 60)));
        assert_eq!(r("1yr"), Some((365, 730)));
        assert_eq!(r("5h"), Some((0, 1)));
    }

    #[test]
    fn unknown_labels() {
        for label in [
            "",
            "Accept",
            "2 fortnights ago",
            "soon",
            "12 mutual connections",
            "w2",
            "99999999999 days ago",
            "Jane Doe is inviting you to connect",
        ] {
            assert_eq!(parse_age(label), None, "{label:?}");
        }
    }
}
