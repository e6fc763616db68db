//! Fixtures that follow the live page's structure (the 2026-09-10 structural dump, the "All (N)"
//! capture, the era-C facet pills as public scripts read them, a UI language with no word list),
//! and the two rules that keep fixtures honest: every selector in [`super::selectors`] matches
//! some fixture, and every fixture says where its markup comes from.

use super::dom::Dom;
use super::html_dom::HtmlDom;
use super::selectors as sel;
use super::*;

pub(super) const BASE: &str = "https://www.linkedin.com/mynetwork/invitation-manager";
const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/pages");

pub(super) fn source(name: &str) -> String {
    let path = format!("{FIXTURES}/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn read(name: &str) -> PageRead {
    let dom = HtmlDom::parse(&source(name));
    read_page(&dom.view(), &format!("{BASE}/received/"))
}

fn received(bucket: Option<&str>) -> View {
    View {
        tab: Tab::Received,
        bucket: bucket.map(str::to_string),
        filter: None,
    }
}

fn all_urns(read: &PageRead) -> bool {
    read.invitations
        .iter()
        .all(|i| i.key.starts_with(sel::URN_PREFIX))
}

#[test]
fn live_picker_native_checkbox_and_label() {
    let r = read("era-e-live-received-focused.html");
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.era, Some(Era::E));
    assert_eq!(r.view, received(Some("focused")));
    assert_eq!(r.count, Some(4));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 4, "suggestions are no invitations");
    assert!(all_urns(&r));
    // The name is a bold link in a `div`, the headline the first paragraph after it.
    let nadia = &r.invitations[0];
    assert_eq!(nadia.name, "Nadia Haddad");
    assert_eq!(
        nadia.headline.as_deref(),
        Some("Head of Data at Northwind Traders")
    );
    assert!(nadia.note.is_some());
    assert!(r
        .invitations
        .iter()
        .all(|i| i.headline.is_some() && i.age.is_some()));
}

#[test]
fn live_picker_without_the_attribute_is_not_read_as_checked_natively() {
    // The page as HTML text: the state lives in the `checked` property, which only a browser
    // has (the browser tests set it). Without it the picker is unchecked: an in-between view.
    let r = read("era-e-live-received-no-checked-attr.html");
    assert_eq!(r.view.filter.as_deref(), Some("unknown"));
    assert_ne!(r.completeness, Completeness::Complete);
}

#[test]
fn picker_with_role_checkbox_and_count_in_a_span() {
    let r = read("era-e-live-received-span-count.html");
    assert_eq!(r.view, received(Some("focused")));
    assert_eq!(r.count, Some(3));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 3);
}

#[test]
fn all_link_gives_the_count_of_the_whole_list() {
    let r = read("era-e-live-received-all-nav.html");
    assert_eq!(r.view, received(None));
    assert_eq!(r.count, Some(3));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 3);
    // The same page at the address the link points to.
    let dom = HtmlDom::parse(&source("era-e-live-received-all-nav.html"));
    let at_all = read_page(&dom.view(), &format!("{BASE}/received/ALL/"));
    assert_eq!(at_all.view, received(None));
    assert_eq!(at_all.completeness, Completeness::Complete);
}

#[test]
fn first_batch_of_a_longer_list_is_partial_by_the_count() {
    let r = read("era-e-live-received-partial.html");
    assert_eq!(r.count, Some(25));
    assert_eq!(r.invitations.len(), 10);
    assert_eq!(
        r.completeness,
        Completeness::Partial {
            reason: PartialReason::CountExceedsCards {
                expected: 25,
                rendered: 10
            }
        }
    );
    assert!(r.invitations.iter().all(|i| i.age.is_some()));
}

#[test]
fn count_cues_that_disagree_make_the_read_incomplete_and_say_why() {
    let r = read("era-e-live-received-cues-disagree.html");
    let Completeness::Partial {
        reason: PartialReason::CuesDisagree { detail },
    } = &r.completeness
    else {
        panic!("expected CuesDisagree, got {:?}", r.completeness);
    };
    assert!(detail.contains("bucket picker 3"), "{detail}");
    assert!(detail.contains("\"All\" link 5"), "{detail}");
}

#[test]
fn a_ui_language_without_a_word_list_is_read_by_structure() {
    let r = read("era-e-live-received-it.html");
    assert_eq!(r.status, ReadStatus::Recognised);
    assert_eq!(r.view.filter, None);
    assert_eq!(r.count, Some(3));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 3);
    assert!(all_urns(&r));
    assert!(r.invitations.iter().all(|i| !i.name.is_empty()));
}

#[test]
fn era_c_facet_pill_in_the_filters_section() {
    let r = read("era-c-received-facet-pills-section.html");
    assert_eq!(r.era, Some(Era::C));
    assert_eq!(r.view, received(None));
    assert_eq!(r.count, Some(4));
    assert_eq!(r.completeness, Completeness::Complete);
    assert_eq!(r.invitations.len(), 4);
}

#[test]
fn era_c_all_pill_selected_by_class_only() {
    let r = read("era-c-received-facet-pills-toolbar.html");
    assert_eq!(r.view, received(None));
    assert_eq!(r.count, Some(4));
    assert_eq!(r.completeness, Completeness::Complete);
}

/// A click on `selector` (the n-th match) in a fixture, classified.
fn click(name: &str, selector: &str, nth: usize) -> Option<(String, UserAction)> {
    let dom = HtmlDom::parse(&source(name));
    let view = dom.view();
    let target = view
        .query_all(&view.root(), selector)
        .into_iter()
        .nth(nth)
        .unwrap_or_else(|| panic!("{name}: no {selector} #{nth}"));
    classify_click(&view, &format!("{BASE}/received/"), &target)
}

#[test]
fn accept_and_ignore_are_found_among_other_row_controls() {
    let page = "era-e-live-received-focused.html";
    let accept = click(page, "button[aria-label^=\"Accept\"]", 1);
    let ignore = click(page, "button[aria-label^=\"Ignore\"]", 1);
    assert_eq!(accept.map(|(_, a)| a), Some(UserAction::Accept));
    assert_eq!(ignore.map(|(_, a)| a), Some(UserAction::Ignore));
    // The overflow menu and a note's reply are no answer.
    assert_eq!(
        click(page, "button[aria-label=\"Show more actions\"]", 0),
        None
    );
    assert_eq!(
        click(page, "button[aria-label^=\"Reply\"], button", 0),
        None
    );
}

#[test]
fn in_an_unknown_language_any_row_control_counts_as_an_answer() {
    let page = "era-e-live-received-it.html";
    for selector in [
        "button[aria-label^=\"Accetta\"]",
        "button[aria-label^=\"Ignora\"]",
        "button[aria-label=\"Mostra altre azioni\"]",
    ] {
        let clicked = click(page, selector, 0);
        assert!(
            matches!(clicked, Some((ref key, _)) if key.starts_with(sel::URN_PREFIX)),
            "{selector}: {clicked:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Keeping fixtures and selectors honest
// ---------------------------------------------------------------------------------------------

pub(super) fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(FIXTURES)
        .unwrap_or_else(|e| panic!("{FIXTURES}: {e}"))
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".html"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_fixture_names_its_provenance_in_its_first_lines() {
    let names = fixture_names();
    assert!(names.len() > 20, "{names:?}");
    for name in names {
        let head: String = source(&name).lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(
            head.contains("<!-- provenance:"),
            "{name} does not say where its markup comes from"
        );
    }
}

/// Every selector constant of `selectors.rs`, by name. Word lists and plain strings are in
/// [`NOT_SELECTORS`]; the test below fails when a constant is in neither list.
const SELECTORS: &[(&str, &[&str])] = &[
    ("LOGGED_OUT", &[sel::LOGGED_OUT]),
    ("NOTICE_SCOPES", &[sel::NOTICE_SCOPES]),
    ("ACCOUNT_LINK", &[sel::ACCOUNT_LINK]),
    ("VISUALLY_HIDDEN", &[sel::VISUALLY_HIDDEN]),
    ("LOADER", &[sel::LOADER]),
    ("LOAD_MORE_BUTTON", &[sel::LOAD_MORE_BUTTON]),
    ("MORE_CANDIDATES", &[sel::MORE_CANDIDATES]),
    ("C_MORE_OUTSIDE_CARDS", &[sel::C_MORE_OUTSIDE_CARDS]),
    ("D_MORE_OUTSIDE_CARDS", &[sel::D_MORE_OUTSIDE_CARDS]),
    ("E_MORE_OUTSIDE_CARDS", &[sel::E_MORE_OUTSIDE_CARDS]),
    ("PAGINATION", &[sel::PAGINATION]),
    ("PAGINATION_NEXT", &[sel::PAGINATION_NEXT]),
    ("PAGINATION_CURRENT", &[sel::PAGINATION_CURRENT]),
    ("ENTITY_LINK", &[sel::ENTITY_LINK]),
    ("C_MARKERS", &[sel::C_MARKERS]),
    ("C_LIST", &[sel::C_LIST]),
    ("C_CARD", &[sel::C_CARD]),
    ("C_ANY_ROW", &[sel::C_ANY_ROW]),
    ("C_EMPTY", &[sel::C_EMPTY]),
    ("C_TABS", &[sel::C_TABS]),
    ("C_PILLS", &[sel::C_PILLS]),
    ("C_PILL_TEXT", &[sel::C_PILL_TEXT]),
    ("C_NAME", sel::C_NAME),
    ("C_HEADLINE", sel::C_HEADLINE),
    ("C_MUTUAL", sel::C_MUTUAL),
    ("C_TIME", sel::C_TIME),
    ("C_NOTE", sel::C_NOTE),
    ("C_ACTIONS", &[sel::C_ACTIONS]),
    ("C_NEWSLETTER_ICON", &[sel::C_NEWSLETTER_ICON]),
    ("D_LIST_MARKERS", &[sel::D_LIST_MARKERS]),
    ("D_MARKERS", &[sel::D_MARKERS]),
    ("D_SCREEN", &[sel::D_SCREEN]),
    ("D_LIST", &[sel::D_LIST]),
    ("D_CARD", &[sel::D_CARD]),
    ("D_ANY_ROW", &[sel::D_ANY_ROW]),
    ("D_PILLS", &[sel::D_PILLS]),
    ("D_NAME", sel::D_NAME),
    ("D_ACTIONS", &[sel::D_ACTIONS]),
    ("E_LIST_MARKERS", &[sel::E_LIST_MARKERS]),
    ("E_MARKERS", &[sel::E_MARKERS]),
    ("E_SCREEN", &[sel::E_SCREEN]),
    ("E_LIST", &[sel::E_LIST]),
    ("E_ROW", &[sel::E_ROW]),
    ("E_TABS", &[sel::E_TABS]),
    ("E_BUCKET_CHECKBOX", &[sel::E_BUCKET_CHECKBOX]),
    ("E_COUNT_TEXT", &[sel::E_COUNT_TEXT]),
    ("E_RADIO", &[sel::E_RADIO]),
    ("E_NATIVE_CHECK", &[sel::E_NATIVE_CHECK]),
    ("E_ALL_LINK", &[sel::E_ALL_LINK]),
    ("E_BUCKET_PICKER", &[sel::E_BUCKET_PICKER]),
    ("E_BUCKET_MENU_ITEMS", &[sel::E_BUCKET_MENU_ITEMS]),
    ("E_SENT_COUNT", &[sel::E_SENT_COUNT]),
    ("E_NAME", sel::E_NAME),
    ("E_NOTE", sel::E_NOTE),
    ("E_NOTE_BUTTON", &[sel::E_NOTE_BUTTON]),
    ("E_ACTIONS", &[sel::E_ACTIONS]),
    ("CONFIRM_DIALOG", &[sel::CONFIRM_DIALOG]),
    ("TEXT_LINES", &[sel::TEXT_LINES]),
];

/// Constants of `selectors.rs` that are not CSS selectors: paths, words, attribute names,
/// prefixes.
const NOT_SELECTORS: &[&str] = &[
    "INVITATION_MANAGER_PATH",
    "LOGIN_PATHS",
    "CHALLENGE_PATHS",
    "RESTRICTION_WORDS",
    "ERROR_WORDS",
    "LOAD_MORE_WORDS",
    "MUTUAL_WORDS",
    "FOLLOWS_WORDS",
    "ACK_WORDS",
    "INVITING_WORDS",
    "ACCEPT_WORDS",
    "IGNORE_WORDS",
    "OTHER_CONTROL_WORDS",
    "NOTE_MORE_WORDS",
    "BUCKET_FOCUSED_WORDS",
    "BUCKET_OTHER_WORDS",
    "ORIGIN",
    "C_FACET_PILL_ID",
    "C_PILL_SELECTED_CLASS",
    "D_SCREEN_RECEIVED",
    "D_SCREEN_SENT",
    "E_URN_ATTR",
    "URN_PREFIX",
];

#[test]
fn every_constant_of_the_selectors_module_is_accounted_for() {
    let text = include_str!("selectors.rs");
    for line in text.lines() {
        let Some(rest) = line.trim_start().strip_prefix("pub const ") else {
            continue;
        };
        let name = rest.split(':').next().unwrap_or_default().trim();
        let known = SELECTORS.iter().any(|(n, _)| *n == name) || NOT_SELECTORS.contains(&name);
        assert!(
            known,
            "selectors.rs: {name} is in neither list of this test"
        );
    }
}

#[test]
fn every_selector_matches_some_fixture() {
    let pages: Vec<(String, HtmlDom)> = fixture_names()
        .into_iter()
        .map(|name| {
            let dom = HtmlDom::parse(&source(&name));
            (name, dom)
        })
        .collect();
    for (name, selectors) in SELECTORS {
        for selector in *selectors {
            let matched = pages.iter().any(|(_, dom)| {
                let view = dom.view();
                view.query(&view.root(), selector).is_some()
            });
            assert!(matched, "{name} ({selector}) matches no fixture");
        }
    }
}

#[test]
fn an_explicit_aria_checked_wins_over_the_input_inside() {
    // A category radio that says aria-checked="false" is not selected, whatever its inner
    // input's state; one that says "true" is, and makes the view a filter.
    let html = source("era-e-live-received-focused.html");
    let verified_input =
        "type=\"checkbox\">\n                        <label for=\"«Rd8pa6b8n65h9j6»\"";
    assert!(
        html.contains(verified_input),
        "the fixture's Verified radio changed"
    );
    let inner_checked = html.replacen(
        verified_input,
        "type=\"checkbox\" checked>\n                        <label for=\"«Rd8pa6b8n65h9j6»\"",
        1,
    );
    let dom = HtmlDom::parse(&inner_checked);
    let r = read_page(&dom.view(), &format!("{BASE}/received/"));
    assert_eq!(r.view, received(Some("focused")));

    let selected = html.replacen(
        "role=\"radio\" aria-checked=\"false\"",
        "role=\"radio\" aria-checked=\"true\"",
        1,
    );
    let dom = HtmlDom::parse(&selected);
    let r = read_page(&dom.view(), &format!("{BASE}/received/"));
    assert_eq!(r.view.filter.as_deref(), Some("verified"));
    assert_eq!(r.count, Some(1));
}
