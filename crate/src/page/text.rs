//! Small text and URL helpers for the reader: visible text (without screen-reader duplicates),
//! whitespace collapsing, word matching, link keys and absolute URLs. No regex, no panics.

use super::dom::Dom;
use super::model::InvitationKind;
use super::selectors as sel;

/// Collapses every run of whitespace (including no-break spaces) to one space and trims.
pub fn collapse(text: &str) -> String {
    // Most text is already collapsed: single ASCII spaces between words, nothing around.
    let bytes = text.as_bytes();
    let tidy = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|w| w == b"  ")
        && !text.chars().any(|c| c != ' ' && c.is_whitespace());
    if tidy {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Unicode lower case, as [`str::to_lowercase`]. ASCII text (nearly all the reader lowers) is
/// lowered here; in the browser, other text goes to the JS engine's `toLowerCase` (the same
/// Unicode default case mapping, final sigma included), which keeps std's case tables (about
/// 17 KB) out of the content engine that LinkedIn tabs load.
pub fn lower(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Latin-1 letters and characters without case (punctuation such as ’ and …, symbols) are
    // lowered here too, without the trip to the JS engine.
    if let Some(lowered) = text.chars().map(lower_latin1).collect::<Option<String>>() {
        return lowered;
    }
    #[cfg(target_arch = "wasm32")]
    {
        String::from(js_sys::JsString::from(text).to_lower_case())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        text.to_lowercase()
    }
}

/// `c` lowered when that is simple: ASCII, Latin-1 and General Punctuation (’ and … are in
/// nearly every row); `None` for anything else.
fn lower_latin1(c: char) -> Option<char> {
    match c {
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20),
        '\0'..='\u{ff}' => Some(c.to_ascii_lowercase()),
        '\u{2000}'..='\u{206f}' => Some(c),
        _ => None,
    }
}

/// Lower-case with straight apostrophes, for matching word lists.
pub fn fold(text: &str) -> String {
    const CURLY: [char; 3] = ['\u{2019}', '\u{2018}', '\u{02bc}'];
    let lowered = lower(&collapse(text));
    if lowered.contains(CURLY) {
        lowered.replace(CURLY, "'")
    } else {
        lowered
    }
}

/// Whether the folded `text` contains any of `words`.
pub fn has_any(folded: &str, words: &[&str]) -> bool {
    words.iter().any(|w| folded.contains(w))
}

/// An element's text without its visually-hidden duplicates, collapsed. If what is left is the
/// same phrase twice ("Jane DoeJane Doe"), one copy is returned.
pub fn visible_text<D: Dom>(dom: &D, node: &D::Node) -> String {
    let mut text = dom.text(node);
    for hidden in dom.query_all(node, sel::VISUALLY_HIDDEN) {
        let dup = dom.text(&hidden);
        if !dup.trim().is_empty() {
            if let Some(at) = text.find(&dup) {
                text.replace_range(at..at + dup.len(), " ");
            }
        }
    }
    tidy_visible(&text)
}

/// What [`visible_text`] makes of an element's text once its hidden duplicates are out:
/// collapsed and undoubled. For callers that know the element holds no visually-hidden text.
pub fn tidy_visible(text: &str) -> String {
    undouble(&collapse(text))
}

/// "Jane Doe Jane Doe" / "Jane DoeJane Doe" → "Jane Doe". (Equal byte halves are equal
/// character halves: the second half starts where a character does.)
fn undouble(text: &str) -> String {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let half = n / 2;
    if n >= 2 && n.is_multiple_of(2) && bytes[..half] == bytes[half..] {
        return text[..half].to_string();
    }
    if n >= 3 && !n.is_multiple_of(2) && bytes[half] == b' ' && bytes[..half] == bytes[half + 1..] {
        return text[..half].to_string();
    }
    text.to_string()
}

/// Truncates to at most `cap` characters (on a char boundary).
pub fn cap_chars(text: &str, cap: usize) -> String {
    text.chars().take(cap).collect()
}

/// Truncates to at most `cap` characters, the last being "…" when anything was cut.
pub fn cap_with_ellipsis(text: String, cap: usize) -> String {
    if cap == 0 || text.chars().count() <= cap {
        return text;
    }
    let mut cut: String = text.chars().take(cap - 1).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Percent-decodes a URL component; invalid escapes are kept as they are, invalid UTF-8 is
/// replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// The path of a URL or href: scheme and host dropped, query and fragment stripped.
/// "https://www.linkedin.com/in/jane/?x=1" → "/in/jane/". Relative paths pass through.
pub fn url_path(href: &str) -> &str {
    let href = href.trim();
    let rest = match href.find("://") {
        Some(at) => {
            let after = href.get(at + 3..).unwrap_or("");
            match after.find('/') {
                Some(slash) => after.get(slash..).unwrap_or(""),
                None => "/",
            }
        }
        None => href,
    };
    let end = rest.find(['?', '#']).unwrap_or(rest.len());
    rest.get(..end).unwrap_or(rest)
}

/// The host of an absolute URL, lower-cased; `None` for relative URLs.
pub fn url_host(url: &str) -> Option<String> {
    let at = url.find("://")?;
    let after = url.get(at + 3..)?;
    let end = after.find(['/', '?', '#']).unwrap_or(after.len());
    let host = after.get(..end)?;
    let host = host.rsplit('@').next().unwrap_or(host);
    let host = host.split(':').next().unwrap_or(host);
    Some(host.to_ascii_lowercase())
}

/// The query string of a URL as (name, value) pairs, values percent-decoded.
pub fn url_query(url: &str) -> Vec<(String, String)> {
    let Some(q) = url.find('?') else {
        return Vec::new();
    };
    let query = url.get(q + 1..).unwrap_or("");
    let query = query.split('#').next().unwrap_or("");
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(&v.replace('+', " ")))
        })
        .collect()
}

/// An absolute `https://www.linkedin.com/...` URL for an href, without query or fragment.
pub fn absolute_url(href: &str) -> Option<String> {
    let path = url_path(href);
    if !path.starts_with('/') {
        return None;
    }
    Some(format!("{}{}", sel::ORIGIN, path))
}

/// What an href points at: the kind of subject and its key (`in:<slug>`, `newsletter:<id>`…).
pub fn link_subject(href: &str) -> Option<(InvitationKind, String)> {
    let path = url_path(href);
    let table: [(&str, InvitationKind, &str); 6] = [
        ("/in/", InvitationKind::Person, "in"),
        ("/newsletters/", InvitationKind::Newsletter, "newsletter"),
        ("/company/", InvitationKind::Page, "page"),
        ("/school/", InvitationKind::School, "school"),
        ("/groups/", InvitationKind::Group, "group"),
        ("/events/", InvitationKind::Event, "event"),
    ];
    for (prefix, kind, key) in table {
        if let Some(rest) = path.strip_prefix(prefix) {
            let segment = rest.split('/').next().unwrap_or("");
            let id = lower(percent_decode(segment).trim());
            if id.is_empty() {
                return None;
            }
            return Some((kind, format!("{key}:{id}")));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_from_links() {
        assert_eq!(
            link_subject("/in/Zo%C3%AB-O-Connor-3391/?miniProfileUrn=x"),
            Some((InvitationKind::Person, "in:zoë-o-connor-3391".into()))
        );
        assert_eq!(
            link_subject("https://www.linkedin.com/in/jane-doe/"),
            Some((InvitationKind::Person, "in:jane-doe".into()))
        );
        assert_eq!(
            link_subject("https://www.linkedin.com/newsletters/the-byte-69/"),
            Some((InvitationKind::Newsletter, "newsletter:the-byte-69".into()))
        );
        assert_eq!(link_subject("/feed/"), None);
        assert_eq!(link_subject("/in/"), None);
        assert_eq!(link_subject("%"), None);
    }

    #[test]
    fn urls() {
        assert_eq!(
            absolute_url("/in/jane/?x=1#y").as_deref(),
            Some("https://www.linkedin.com/in/jane/")
        );
        assert_eq!(
            url_host("https://www.LinkedIn.com/x"),
            Some("www.linkedin.com".into())
        );
        assert_eq!(url_host("/x"), None);
        assert_eq!(
            url_query("/a/?page=2&filterCriteria=null#z"),
            vec![
                ("page".to_string(), "2".to_string()),
                ("filterCriteria".to_string(), "null".to_string())
            ]
        );
        assert_eq!(percent_decode("a%2"), "a%2");
        assert_eq!(percent_decode("%zz%C3%A9"), "%zzé");
    }

    #[test]
    fn undoubling() {
        assert_eq!(undouble("Jane DoeJane Doe"), "Jane Doe");
        assert_eq!(undouble("Jane Doe Jane Doe"), "Jane Doe");
        assert_eq!(undouble("Anna Anna"), "Anna");
        assert_eq!(undouble("Jane Doe"), "Jane Doe");
        assert_eq!(undouble("ÉvaÉva"), "Éva");
        assert_eq!(undouble("é é"), "é");
        assert_eq!(undouble("ab"), "ab");
    }

    #[test]
    fn the_simple_lowering_agrees_with_unicode() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            if let Some(lowered) = lower_latin1(c) {
                assert_eq!(
                    lowered.to_string(),
                    c.to_lowercase().to_string(),
                    "U+{:04X}",
                    c as u32
                );
            }
        }
        assert_eq!(
            lower("Accept Jane Doe’s Invitation …MORE"),
            "accept jane doe’s invitation …more"
        );
        assert_eq!(lower("ÉLODIE Ωmega"), "élodie ωmega");
    }

    #[test]
    fn collapsing_keeps_tidy_text_and_tidies_the_rest() {
        assert_eq!(collapse("Jane Doe"), "Jane Doe");
        assert_eq!(collapse("  Jane \n\t Doe\u{a0}"), "Jane Doe");
        assert_eq!(collapse("Jane\u{a0}Doe"), "Jane Doe");
        assert_eq!(collapse("Jane  Doe"), "Jane Doe");
        assert_eq!(collapse(""), "");
    }
}

#[cfg(test)]
mod cap_tests {
    use super::cap_with_ellipsis;

    #[test]
    fn long_text_is_cut_with_an_ellipsis_on_a_char_boundary() {
        let long = "é".repeat(5000);
        let cut = cap_with_ellipsis(long, 120);
        assert_eq!(cut.chars().count(), 120);
        assert!(cut.ends_with('…'));
        assert_eq!(cap_with_ellipsis("Jane Doe".into(), 120), "Jane Doe");
        assert_eq!(cap_with_ellipsis("ab cd".into(), 4), "ab…");
    }
}
