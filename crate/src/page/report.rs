//! The page-structure report: what the user can paste into a bug report when the invitation
//! manager could not be read (an unknown layout, no count, cues that disagree). It shows the
//! page's structure around the list — tags, roles, `data-testid`/`componentkey` shapes, link
//! shapes, the state attributes the reader looks at — and which cues were found, with **every
//! name, headline, note and other text left out**: an element's text is reduced to how many
//! words it has and whether it holds a count in parentheses; `aria-label`s likewise; ids, keys
//! and links keep only their shape (`urn:li:invitation:#`, `/in/*/`).

use super::counts::parse_count;
use super::dom::Dom;
use super::model::{
    Completeness, Era, PageRead, PartialReason, ReadStatus, Tab, UnrecognisedReason,
};
use super::selectors as sel;
use std::fmt::Write;

/// The longest report, in bytes: enough for the list's surroundings and a few rows.
pub const REPORT_CAP: usize = 24_000;
/// Rows of a list shown in full; the rest are counted.
const ROWS_SHOWN: usize = 3;
/// How deep under the starting element the outline goes.
const DEPTH_CAP: usize = 24;

/// The report for the page `dom` at `url`, whose read was `read`.
pub fn structure_report<D: Dom>(dom: &D, url: &str, read: &PageRead) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Invite Watch page-structure report (no names or text)");
    let _ = writeln!(out, "path: {}", path_shape(url));
    let _ = writeln!(out, "read: {}", read_summary(read));
    let root = dom.root();
    let _ = writeln!(
        out,
        "lang: {}",
        dom.attr(&root, "lang")
            .map(|l| token(&l))
            .unwrap_or_default()
    );
    out.push_str("cues:\n");
    for (name, selector) in CUES {
        let found = dom.query_all(&root, selector).len();
        let _ = writeln!(out, "  {name}: {found}");
    }
    let start = dom
        .query(&root, "main, [role=\"main\"]")
        .unwrap_or_else(|| root.clone());
    out.push_str("outline:\n");
    outline(dom, &start, 0, &mut out);
    if out.len() > REPORT_CAP {
        let mut cut = REPORT_CAP;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push_str("\n… (cut)\n");
    }
    out
}

/// What the reader looks for, by name: how many of each the page has.
const CUES: &[(&str, &str)] = &[
    ("era C list", sel::C_LIST),
    ("era C pills", sel::C_PILLS),
    ("era D list", sel::D_LIST),
    ("era D cards", sel::D_CARD),
    ("era E screen", sel::E_SCREEN),
    ("era E lazy column", sel::E_LIST),
    ("rows (role=listitem)", sel::E_ROW),
    ("invitation URNs", "[componentkey^=\"urn:li:invitation:\"]"),
    ("bucket picker checkbox", sel::E_BUCKET_CHECKBOX),
    ("category radios", sel::E_RADIO),
    ("\"All\" links", sel::E_ALL_LINK),
    ("picker menu items", sel::E_BUCKET_MENU_ITEMS),
    ("tab links", sel::E_TABS),
    ("loader", sel::LOADER),
    ("profile links", "a[href*=\"/in/\"]"),
    ("dialogs", sel::CONFIRM_DIALOG),
];

/// The read in a line. Names are written out rather than taken from `Debug`, whose string
/// escaping would cost the content engine kilobytes.
fn read_summary(read: &PageRead) -> String {
    let status = match &read.status {
        ReadStatus::Recognised => "recognised",
        ReadStatus::Unrecognised { reason } => match reason {
            UnrecognisedReason::NotInvitationManager => "unrecognised (NotInvitationManager)",
            UnrecognisedReason::UnknownLayout => "unrecognised (UnknownLayout)",
            UnrecognisedReason::LoggedOut => "unrecognised (LoggedOut)",
            UnrecognisedReason::Restricted => "unrecognised (Restricted)",
            UnrecognisedReason::ErrorPage => "unrecognised (ErrorPage)",
        },
    };
    let completeness = match &read.completeness {
        Completeness::Complete => "complete".to_string(),
        Completeness::Partial { reason } => match reason {
            PartialReason::Loading => "partial (Loading)".to_string(),
            PartialReason::MoreToLoad => "partial (MoreToLoad)".to_string(),
            PartialReason::CountExceedsCards { expected, rendered } => {
                format!("partial (CountExceedsCards {expected} > {rendered})")
            }
            PartialReason::Unknown => "partial (Unknown)".to_string(),
            // The detail names cues and numbers only ("bucket picker 3, \"All\" link 5").
            PartialReason::CuesDisagree { detail } => format!("partial (CuesDisagree: {detail})"),
        },
    };
    let era = match read.era {
        Some(Era::C) => "C",
        Some(Era::D) => "D",
        Some(Era::E) => "E",
        None => "none",
    };
    let tab = match read.view.tab {
        Tab::Received => "received",
        Tab::Sent => "sent",
        Tab::Other => "other",
    };
    let count = read
        .count
        .map_or_else(|| "none".to_string(), |count| count.to_string());
    format!(
        "{status}, era {era}, tab {tab}, bucket {}, filter {}, count {count}, rows read {}, {completeness}",
        read.view.bucket.as_deref().map_or("none", |_| "set"),
        read.view.filter.as_deref().map_or("none", |_| "set"),
        read.invitations.len(),
    )
}

/// One line per element: indent, tag, structural attributes, text shape; children below. Rows
/// of a list past the first few are counted, not shown.
fn outline<D: Dom>(dom: &D, node: &D::Node, depth: usize, out: &mut String) {
    if depth > DEPTH_CAP || out.len() > REPORT_CAP {
        return;
    }
    let tag = dom.tag(node);
    if SKIPPED.contains(&tag.as_str()) {
        return;
    }
    let _ = write!(out, "{}{}", "  ".repeat(depth), token(&tag));
    for (name, shape) in attributes(dom, node, &tag) {
        let _ = write!(out, " {name}={shape}");
    }
    let children: Vec<D::Node> = dom
        .children(node)
        .into_iter()
        .filter(|child| !SKIPPED.contains(&dom.tag(child).as_str()))
        .collect();
    if children.is_empty() {
        let text = dom.text(node);
        let words = text.split_whitespace().count();
        if words > 0 {
            let _ = write!(out, " text:{words}w");
            if text.contains('(') && parse_count(&text).is_some() {
                out.push_str("+count");
            }
        }
    }
    out.push('\n');
    let mut rows = 0usize;
    for child in &children {
        let is_row = dom.matches(child, "[role=\"listitem\"], li");
        if is_row {
            rows += 1;
            if rows > ROWS_SHOWN {
                continue;
            }
        }
        outline(dom, child, depth + 1, out);
    }
    if rows > ROWS_SHOWN {
        let _ = writeln!(
            out,
            "{}… {} more rows",
            "  ".repeat(depth + 1),
            rows - ROWS_SHOWN
        );
    }
}

/// Elements left out of the outline (icons and code say nothing about the layout).
const SKIPPED: &[&str] = &["script", "style", "svg", "noscript", "template"];

/// The attributes worth knowing, each as a shape that carries no personal text.
fn attributes<D: Dom>(dom: &D, node: &D::Node, tag: &str) -> Vec<(&'static str, String)> {
    let mut shown = Vec::new();
    for name in [
        "role",
        "type",
        "data-testid",
        "data-component-type",
        "data-view-name",
        "data-display-contents",
        "aria-checked",
        "aria-current",
        "aria-pressed",
        "aria-selected",
        "aria-haspopup",
        "aria-expanded",
        "aria-hidden",
        "hidden",
        "disabled",
        "checked",
        "open",
    ] {
        if let Some(value) = dom.attr(node, name) {
            shown.push((name, token(&value)));
        }
    }
    if tag == "input" && dom.checked(node) {
        shown.push(("checked-property", "true".to_string()));
    }
    // Screen names are LinkedIn's own dotted identifiers, longer than a token.
    if let Some(screen) = dom.attr(node, "data-sdui-screen") {
        let named = screen.len() <= 160
            && screen
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        let shape = if named {
            screen
        } else {
            format!("<{} chars>", screen.chars().count())
        };
        shown.push(("data-sdui-screen", shape));
    }
    if let Some(key) = dom.attr(node, "componentkey") {
        shown.push(("componentkey", key_shape(&key)));
    }
    if let Some(id) = dom.attr(node, "id") {
        shown.push(("id", id_shape(&id)));
    }
    if let Some(href) = dom.attr(node, "href") {
        shown.push(("href", path_shape(&href)));
    }
    if let Some(classes) = dom.attr(node, "class") {
        let kept: Vec<String> = classes
            .split_whitespace()
            .filter(|class| is_named_class(class))
            .take(4)
            .map(token)
            .collect();
        if !kept.is_empty() {
            shown.push(("class", kept.join(".")));
        }
    }
    if let Some(label) = dom.attr(node, "aria-label") {
        shown.push(("aria-label", words_shape(&label)));
    }
    shown
}

/// Only the characters that never carry text a person wrote: letters, digits, `-_.:`; a value
/// with anything else, or longer than 60, becomes its length.
fn token(value: &str) -> String {
    let safe = value.len() <= 60
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'));
    if safe {
        value.to_string()
    } else {
        format!("<{} chars>", value.chars().count())
    }
}

fn words_shape(text: &str) -> String {
    let words = text.split_whitespace().count();
    let count = if text.contains('(') && parse_count(text).is_some() {
        "+count"
    } else {
        ""
    };
    format!("<{words}w{count}>")
}

/// `urn:li:invitation:123` → `urn:li:invitation:#`; `auto-component-x1y2` → `auto-component-*`;
/// other keys by their length.
fn key_shape(key: &str) -> String {
    if let Some(rest) = key.strip_prefix(sel::URN_PREFIX) {
        return format!("{}{}", sel::URN_PREFIX, digits_shape(rest));
    }
    if key.starts_with("auto-component-") {
        return "auto-component-*".to_string();
    }
    let named = key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.chars().any(|c| c.is_ascii_digit());
    if named {
        token(key)
    } else {
        format!("<{} chars>", key.chars().count())
    }
}

fn digits_shape(text: &str) -> &'static str {
    if !text.is_empty() && text.chars().all(|c| c.is_ascii_digit()) {
        "#"
    } else {
        "*"
    }
}

/// Ids: LinkedIn's structural ids kept, generated ones (`ember123`, `«R…»`) by kind.
fn id_shape(id: &str) -> String {
    if id.starts_with(sel::C_FACET_PILL_ID) || id.starts_with("mn-") || id.starts_with("global-nav")
    {
        return token(id);
    }
    if id.starts_with("ember") {
        return "ember#".to_string();
    }
    if id.starts_with('«') || id.starts_with(':') {
        return "react-id".to_string();
    }
    format!("<{} chars>", id.chars().count())
}

/// A link or URL reduced to its path's shape: LinkedIn's own path words kept, every other
/// segment (a profile slug, a company name, an id) replaced by `*`, and no query.
fn path_shape(url: &str) -> String {
    let without_query = url.split(['?', '#']).next().unwrap_or_default();
    let path = match without_query.find("://") {
        Some(at) => {
            let rest = &without_query[at + 3..];
            rest.find('/').map_or("/", |slash| &rest[slash..])
        }
        None => without_query,
    };
    let mut shape = String::new();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        shape.push('/');
        if PATH_WORDS.contains(&segment.to_ascii_lowercase().as_str()) {
            shape.push_str(&segment.to_ascii_lowercase());
        } else {
            shape.push('*');
        }
    }
    if path.ends_with('/') || shape.is_empty() {
        shape.push('/');
    }
    shape
}

/// Path segments that are LinkedIn's own words, never a person's.
const PATH_WORDS: &[&str] = &[
    "mynetwork",
    "invitation-manager",
    "received",
    "sent",
    "all",
    "connection",
    "people_with_mutual_connection",
    "people_with_mutual_school",
    "from_verified_member",
    "in",
    "company",
    "school",
    "groups",
    "events",
    "newsletters",
    "feed",
    "messaging",
    "notifications",
    "jobs",
    "help",
    "linkedin",
    "login",
    "signup",
    "grow",
];

/// A class name that reads as a name (`invitation-card__title`, `artdeco-pill--selected`), not
/// a hash (`_609562f9`, `c3bcac2f`).
fn is_named_class(class: &str) -> bool {
    let letters = class.chars().filter(|c| c.is_ascii_alphabetic()).count();
    let hex_only = class
        .trim_start_matches('_')
        .chars()
        .all(|c| c.is_ascii_hexdigit());
    class.len() <= 60 && letters >= 3 && !hex_only && class.contains(['-', '_'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::html_dom::HtmlDom;
    use crate::page::read_page;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/pages");
    const URL: &str = "https://www.linkedin.com/mynetwork/invitation-manager/received/";

    fn fixtures() -> Vec<(String, String)> {
        let mut pages: Vec<(String, String)> = std::fs::read_dir(FIXTURES)
            .map(|dir| {
                dir.filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| path.extension().is_some_and(|e| e == "html"))
                    .filter_map(|path| {
                        let text = std::fs::read_to_string(&path).ok()?;
                        let name = path.file_name()?.to_string_lossy().into_owned();
                        Some((name, text))
                    })
                    .collect()
            })
            .unwrap_or_default();
        pages.sort();
        assert!(pages.len() > 20, "fixtures found: {}", pages.len());
        pages
    }

    /// Every piece of text a person could have written, as the page has it: the text of every
    /// element (split into lines), every `aria-label`, `alt` and `title`, every link's target.
    fn personal_texts<D: Dom>(dom: &D) -> Vec<String> {
        let mut texts = Vec::new();
        for node in dom.query_all(&dom.root(), "body *") {
            for name in ["aria-label", "alt", "title"] {
                if let Some(value) = dom.attr(&node, name) {
                    texts.push(value);
                }
            }
            // A link's own segments (a profile slug, a company name), not LinkedIn's words.
            if let Some(href) = dom.attr(&node, "href") {
                let path = href.split(['?', '#']).next().unwrap_or_default();
                texts.extend(
                    path.split('/')
                        .filter(|segment| {
                            !PATH_WORDS.contains(&segment.to_ascii_lowercase().as_str())
                        })
                        .filter(|segment| !segment.contains('.') && !segment.ends_with(':'))
                        .map(|segment| format!("/{segment}")),
                );
            }
            if dom.children(&node).is_empty() {
                texts.push(dom.text(&node));
            }
        }
        texts
            .into_iter()
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| t.chars().count() >= 4)
            .collect()
    }

    #[test]
    fn no_name_headline_note_or_text_from_the_page_survives_in_the_report() {
        for (name, html) in fixtures() {
            let dom = HtmlDom::parse(&html);
            let view = dom.view();
            let read = read_page(&view, URL);
            let report = structure_report(&view, URL, &read);
            let mut secrets: Vec<String> = read
                .invitations
                .iter()
                .flat_map(|i| {
                    [
                        Some(i.name.clone()),
                        i.headline.clone(),
                        i.note.clone(),
                        i.mutuals.clone(),
                    ]
                })
                .flatten()
                .collect();
            secrets.extend(personal_texts(&view));
            for secret in secrets {
                // Short structural words (a lone "Today", "Accept") can coincide with names in
                // the outline's own vocabulary; everything of two words or more must be absent.
                if secret.split_whitespace().count() < 2 && !secret.contains('/') {
                    assert!(
                        !report.contains(&format!("={secret}\n")),
                        "{name}: {secret:?} appears in the report"
                    );
                    continue;
                }
                assert!(
                    !report.contains(&secret),
                    "{name}: {secret:?} appears in the report:\n{report}"
                );
            }
            for slug_word in ["jane-doe", "aylin-demir", "urn:li:invitation:7"] {
                assert!(!report.contains(slug_word), "{name}: {slug_word}");
            }
            assert!(
                report.len() <= REPORT_CAP + 16,
                "{name}: {} bytes",
                report.len()
            );
        }
    }

    #[test]
    fn the_report_shows_the_structure_and_the_cues() {
        let html =
            std::fs::read_to_string(format!("{FIXTURES}/era-e-live-received-cues-disagree.html"))
                .unwrap_or_default();
        let dom = HtmlDom::parse(&html);
        let view = dom.view();
        let read = read_page(&view, URL);
        let report = structure_report(&view, URL, &read);
        assert!(
            report.contains("path: /mynetwork/invitation-manager/received/"),
            "{report}"
        );
        assert!(report.contains("partial (CuesDisagree"), "{report}");
        assert!(report.contains("bucket picker checkbox: 1"), "{report}");
        assert!(report.contains("\"All\" links: 1"), "{report}");
        assert!(
            report.contains("componentkey=urn:li:invitation:#"),
            "{report}"
        );
        assert!(report.contains("data-testid=lazy-column"), "{report}");
        assert!(report.contains("href=/in/*/"), "{report}");
        assert!(
            report.contains("text:1w+count") || report.contains("text:2w+count"),
            "{report}"
        );
    }

    #[test]
    fn shapes_keep_structure_and_drop_text() {
        assert_eq!(
            path_shape("https://www.linkedin.com/in/jane-doe-8a7b6c/?x=1"),
            "/in/*/"
        );
        assert_eq!(
            path_shape("/mynetwork/invitation-manager/received/ALL/"),
            "/mynetwork/invitation-manager/received/all/"
        );
        assert_eq!(
            key_shape("urn:li:invitation:7301122334455667788"),
            "urn:li:invitation:#"
        );
        assert_eq!(
            key_shape("InvitationManagerPage_InvitationsList"),
            "InvitationManagerPage_InvitationsList"
        );
        assert_eq!(key_shape("jane-doe-42"), "<11 chars>");
        assert_eq!(words_shape("Accept Jane Doe’s invitation"), "<4w>");
        assert_eq!(words_shape("Focused (4)"), "<2w+count>");
        assert_eq!(token("Jane Doe"), "<8 chars>");
        assert!(!is_named_class("_609562f9"));
        assert!(!is_named_class("c3bcac2f"));
        assert!(is_named_class("invitation-card__title"));
        assert_eq!(id_shape("ember435"), "ember#");
    }
}
