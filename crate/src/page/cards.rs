//! Reading one row of an invitation list: an invitation card, an "X is now a connection"
//! acknowledgement, or something else (a suggestion) that must be left out. Also finds the
//! card's action controls, so that a click can be classified with the same rules.

use super::age::parse_age;
use super::dom::Dom;
use super::model::{
    CardSource, Era, InvitationKind, PageInvitation, Tab, LINE_CAP, NAME_CAP, NOTE_CAP,
};
use super::selectors as sel;
use super::text::{
    absolute_url, cap_chars, cap_with_ellipsis, collapse, fold, has_any, link_subject, lower,
    tidy_visible, visible_text,
};

/// What a row turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Invitation(PageInvitation),
    /// "X is now a connection": the key if known, else the name.
    Acknowledged(String),
    /// A suggestion, a half-rendered row, or anything else that is not an invitation.
    NotInvitation,
}

/// A card's own controls, by meaning.
#[derive(Debug, Clone)]
pub struct Actions<N> {
    pub ignore: Option<N>,
    pub accept: Option<N>,
    pub withdraw: Option<N>,
    /// The pair was named by its labels; `false` when it was found by structure alone (a UI
    /// language without a word list).
    pub certain: bool,
}

impl<N> Actions<N> {
    fn none() -> Self {
        Actions {
            ignore: None,
            accept: None,
            withdraw: None,
            certain: false,
        }
    }
}

/// What is known of a row once, so that each text read crosses into the page only once: in
/// the browser every DOM call is a trip across the wasm boundary (`./scripts/bench` counts
/// them per row).
struct RowText {
    /// Whether any element in the row is visually hidden (screen-reader duplicates); when none
    /// is, an element's visible text is its text, tidied, with no query for hidden parts.
    has_hidden: bool,
}

impl RowText {
    fn of<D: Dom>(dom: &D, row: &D::Node) -> RowText {
        RowText {
            has_hidden: dom.query(row, sel::VISUALLY_HIDDEN).is_some(),
        }
    }

    /// [`visible_text`] of `node`, whose text may already have been read.
    fn visible<D: Dom>(&self, dom: &D, node: &D::Node, text: Option<&str>) -> String {
        match text {
            _ if self.has_hidden => visible_text(dom, node),
            Some(text) => tidy_visible(text),
            None => tidy_visible(&dom.text(node)),
        }
    }
}

/// Reads one row of the list of `era` on tab `tab`.
pub fn read_row<D: Dom>(
    dom: &D,
    row: &D::Node,
    era: Era,
    tab: Tab,
    source: CardSource,
) -> (Row, Actions<D::Node>) {
    let controls = controls(dom, row, era);
    let actions = assign_actions(dom, &controls, tab);
    let has_pair = actions.accept.is_some() && actions.ignore.is_some();
    let has_action = has_pair || actions.withdraw.is_some();
    let urn = urn_of(dom, row);
    let subject = subject_of(dom, row);
    let key = urn
        .clone()
        .or_else(|| subject.as_ref().map(|s| s.1.clone()));

    let texts = RowText::of(dom, row);
    if !has_pair && is_acknowledgement(dom, row) {
        let name = name_of(dom, &texts, row, era).0;
        return (Row::Acknowledged(key.unwrap_or(name)), Actions::none());
    }
    let time_label = time_of(dom, &texts, row, era);
    let source = match (era, &urn) {
        // An era-E row is an invitation when it carries the invitation URN, or (Sent, and rows
        // without a URN) when it has a time label and its controls: suggestions have neither.
        (Era::E, Some(_)) => source,
        (Era::E, None) if tab == Tab::Sent && time_label.is_some() && has_action => source,
        (Era::E, None) if time_label.is_some() && has_pair => CardSource::Fallback,
        (Era::E, None) => return (Row::NotInvitation, Actions::none()),
        _ if !has_action && time_label.is_none() => return (Row::NotInvitation, Actions::none()),
        _ => source,
    };
    let Some(key) = key else {
        return (Row::NotInvitation, Actions::none());
    };
    let invitation = build(
        dom, &texts, row, era, key, subject, time_label, &actions, source,
    );
    (Row::Invitation(invitation), actions)
}

#[allow(clippy::too_many_arguments)]
fn build<D: Dom>(
    dom: &D,
    texts: &RowText,
    row: &D::Node,
    era: Era,
    key: String,
    subject: Option<(InvitationKind, String, String)>,
    time_label: Option<String>,
    actions: &Actions<D::Node>,
    source: CardSource,
) -> PageInvitation {
    let (kind, profile_url) = match &subject {
        Some((kind, _, href)) => (*kind, absolute_url(href)),
        None => (InvitationKind::Person, None),
    };
    // The row's paragraphs with their text, read once for the kind and the lines.
    let paragraphs: Vec<(D::Node, String)> = dom
        .query_all(row, "p")
        .into_iter()
        .map(|p| {
            let text = dom.text(&p);
            (p, text)
        })
        .collect();
    let kind = refine_kind(dom, row, era, kind, actions, &paragraphs);
    let (name, name_node) = name_of(dom, texts, row, era);
    let lines = Lines::scan(dom, texts, row, era, name_node.as_ref(), &paragraphs);
    PageInvitation {
        key,
        kind,
        name: cap_with_ellipsis(name, NAME_CAP),
        headline: lines.headline.map(|line| cap_with_ellipsis(line, LINE_CAP)),
        profile_url,
        age: time_label.as_deref().and_then(parse_age),
        time_label,
        mutuals: lines.mutuals.map(|line| cap_with_ellipsis(line, LINE_CAP)),
        note: note_of(dom, row, era),
        source,
    }
}

/// The action controls of a row, in document order.
fn controls<D: Dom>(dom: &D, row: &D::Node, era: Era) -> Vec<D::Node> {
    let selector = match era {
        Era::C => sel::C_ACTIONS,
        Era::D => sel::D_ACTIONS,
        Era::E => sel::E_ACTIONS,
    };
    dom.query_all(row, selector)
        .into_iter()
        .filter(|n| {
            !dom.matches(n, sel::E_NOTE_BUTTON)
                && dom.attr(n, "aria-hidden").as_deref() != Some("true")
                && dom
                    .attr(n, "href")
                    .is_none_or(|h| link_subject(&h).is_none())
        })
        .collect()
}

/// Received: the row's Accept and Ignore controls, found by their labels (in any language with
/// a word list) wherever they stand among the row's other controls ("Reply to Jane", "Show more
/// actions", a note's "…more"). In a language without a word list, by structure: the last two
/// neighbouring controls that share a container and are no menu trigger nor a known other
/// control — Ignore first, as LinkedIn orders them — and the pair is marked a guess, so that a
/// click on any control of the row counts as an answer (never an alarm). Sent: the last control
/// that is no menu trigger is Withdraw.
fn assign_actions<D: Dom>(dom: &D, controls: &[D::Node], tab: Tab) -> Actions<D::Node> {
    let mut actions = Actions::none();
    let labelled: Vec<(&D::Node, String)> = controls
        .iter()
        .map(|control| (control, control_label(dom, control)))
        .collect();
    let is_menu = |node: &D::Node| {
        dom.attr(node, "aria-haspopup").is_some() || dom.attr(node, "aria-expanded").is_some()
    };
    match tab {
        Tab::Sent => {
            actions.withdraw = labelled
                .iter()
                .rev()
                .find(|(node, label)| !is_menu(node) && !has_any(label, sel::OTHER_CONTROL_WORDS))
                .map(|(node, _)| (*node).clone());
        }
        Tab::Received | Tab::Other => {
            let accept = labelled.iter().find(|(_, label)| {
                has_any(label, sel::ACCEPT_WORDS) && !has_any(label, sel::IGNORE_WORDS)
            });
            let ignore = labelled.iter().find(|(_, label)| {
                has_any(label, sel::IGNORE_WORDS) && !has_any(label, sel::ACCEPT_WORDS)
            });
            let any_known = labelled.iter().any(|(_, label)| {
                has_any(label, sel::ACCEPT_WORDS) || has_any(label, sel::IGNORE_WORDS)
            });
            if let (Some((accept, _)), Some((ignore, _))) = (accept, ignore) {
                actions.accept = Some((*accept).clone());
                actions.ignore = Some((*ignore).clone());
                actions.certain = true;
            } else if !any_known {
                let candidates: Vec<&D::Node> = labelled
                    .iter()
                    .filter(|(node, label)| {
                        !is_menu(node) && !has_any(label, sel::OTHER_CONTROL_WORDS)
                    })
                    .map(|(node, _)| *node)
                    .collect();
                let pair = candidates
                    .windows(2)
                    .rev()
                    .find(|pair| share_container(dom, pair[0], pair[1]));
                if let Some(pair) = pair {
                    actions.ignore = Some(pair[0].clone());
                    actions.accept = Some(pair[1].clone());
                }
            }
        }
    }
    actions
}

/// Whether two controls stand side by side: the same parent, or parents with the same parent
/// (each control in a wrapper of its own).
fn share_container<D: Dom>(dom: &D, a: &D::Node, b: &D::Node) -> bool {
    let (Some(pa), Some(pb)) = (dom.parent(a), dom.parent(b)) else {
        return false;
    };
    if dom.same(&pa, &pb) {
        return true;
    }
    match (dom.parent(&pa), dom.parent(&pb)) {
        (Some(ga), Some(gb)) => dom.same(&ga, &gb),
        _ => false,
    }
}

fn control_label<D: Dom>(dom: &D, node: &D::Node) -> String {
    let label = dom.attr(node, "aria-label").unwrap_or_default();
    fold(&format!("{label} {}", dom.text(node)))
}

fn urn_of<D: Dom>(dom: &D, row: &D::Node) -> Option<String> {
    dom.attr(row, sel::E_URN_ATTR)
        .filter(|k| k.starts_with(sel::URN_PREFIX) && k.len() > sel::URN_PREFIX.len())
}

/// The first link in the row that names its subject: (kind, key, href).
fn subject_of<D: Dom>(dom: &D, row: &D::Node) -> Option<(InvitationKind, String, String)> {
    dom.query_all(row, sel::ENTITY_LINK)
        .into_iter()
        .find_map(|a| {
            let href = dom.attr(&a, "href")?;
            let (kind, key) = link_subject(&href)?;
            Some((kind, key, href))
        })
}

fn refine_kind<D: Dom>(
    dom: &D,
    row: &D::Node,
    era: Era,
    kind: InvitationKind,
    actions: &Actions<D::Node>,
    paragraphs: &[(D::Node, String)],
) -> InvitationKind {
    if era == Era::C && dom.query(row, sel::C_NEWSLETTER_ICON).is_some() {
        return InvitationKind::Newsletter;
    }
    if kind != InvitationKind::Person {
        return kind;
    }
    let accept_is_link = actions.accept.as_ref().is_some_and(|a| dom.tag(a) == "a");
    let follows = paragraphs
        .iter()
        .any(|(_, text)| has_any(&fold(text), sel::FOLLOWS_WORDS));
    if accept_is_link || follows {
        InvitationKind::PersonFollowing
    } else {
        kind
    }
}

fn is_acknowledgement<D: Dom>(dom: &D, row: &D::Node) -> bool {
    has_any(&fold(&dom.text(row)), sel::ACK_WORDS)
}

/// The name, without screen-reader duplicates, and the element it was read from; the picture's
/// alt text as a last resort.
fn name_of<D: Dom>(dom: &D, texts: &RowText, row: &D::Node, era: Era) -> (String, Option<D::Node>) {
    let selectors: &[&str] = match era {
        Era::C => sel::C_NAME,
        Era::D => sel::D_NAME,
        Era::E => sel::E_NAME,
    };
    for s in selectors {
        if let Some(node) = dom.query(row, s) {
            let name = texts.visible(dom, &node, None);
            if !name.is_empty() {
                return (name, Some(node));
            }
        }
    }
    let alt = dom
        .query(row, "img[alt]")
        .and_then(|img| dom.attr(&img, "alt"))
        .map(|alt| collapse(&alt))
        .unwrap_or_default();
    (alt, None)
}

/// The time label: era C's `<time>`, else the first short line that parses as an age.
fn time_of<D: Dom>(dom: &D, texts: &RowText, row: &D::Node, era: Era) -> Option<String> {
    if era == Era::C {
        for s in sel::C_TIME {
            if let Some(t) = dom.query(row, s) {
                let label = texts.visible(dom, &t, None);
                if !label.is_empty() {
                    return Some(label);
                }
            }
        }
    }
    dom.query_all(row, sel::TEXT_LINES)
        .into_iter()
        .map(|n| texts.visible(dom, &n, None))
        .find(|t| t.chars().count() <= 40 && parse_age(t).is_some())
}

/// Headline and mutuals.
struct Lines {
    headline: Option<String>,
    mutuals: Option<String>,
}

impl Lines {
    fn scan<D: Dom>(
        dom: &D,
        texts: &RowText,
        row: &D::Node,
        era: Era,
        name: Option<&D::Node>,
        paragraphs: &[(D::Node, String)],
    ) -> Lines {
        if era == Era::C {
            let first = |list: &[&str]| {
                list.iter()
                    .filter_map(|s| dom.query(row, s))
                    .map(|n| texts.visible(dom, &n, None))
                    .find(|t| !t.is_empty())
            };
            return Lines {
                headline: first(sel::C_HEADLINE),
                mutuals: first(sel::C_MUTUAL),
            };
        }
        let name_p = name.and_then(|n| dom.closest(n, "p"));
        // Paragraphs holding the note are not lines; without a note in the row, none does.
        let row_has_note = dom.query(row, sel::E_NOTE[0]).is_some();
        let kept: Vec<&(D::Node, String)> = paragraphs
            .iter()
            .filter(|(p, _)| !row_has_note || dom.query(p, sel::E_NOTE[0]).is_none())
            .collect();
        let name_at = name_p
            .as_ref()
            .and_then(|np| kept.iter().position(|(p, _)| dom.same(p, np)));
        let paragraphs: Vec<String> = kept
            .iter()
            .map(|(p, text)| texts.visible(dom, p, Some(text)))
            .collect();
        let mutuals = paragraphs
            .iter()
            .find(|t| has_any(&fold(t), sel::MUTUAL_WORDS))
            .cloned();
        // The headline is the paragraph after the name's; where the name is no paragraph (the
        // live page: a bold link in a `div`), the row's first paragraph.
        let headline_at = match (&name_p, name_at) {
            (Some(_), at) => at.map(|i| i + 1),
            (None, _) => Some(0),
        };
        let headline = headline_at.and_then(|i| paragraphs.get(i)).filter(|t| {
            let f = fold(t);
            !t.is_empty()
                && !has_any(&f, sel::MUTUAL_WORDS)
                && !has_any(&f, sel::INVITING_WORDS)
                && !has_any(&f, sel::FOLLOWS_WORDS)
                && parse_age(t).is_none()
        });
        Lines {
            headline: headline.cloned(),
            mutuals,
        }
    }
}

/// The personal note: trimmed, whitespace collapsed, "see more" removed, capped.
fn note_of<D: Dom>(dom: &D, row: &D::Node, era: Era) -> Option<String> {
    let selectors: &[&str] = match era {
        Era::C => sel::C_NOTE,
        Era::D | Era::E => sel::E_NOTE,
    };
    let node = selectors.iter().find_map(|s| dom.query(row, s))?;
    let mut text = dom.text(&node);
    for button in dom.query_all(&node, "button") {
        let label = dom.text(&button);
        if let Some(at) = text.rfind(&label) {
            text.replace_range(at..at + label.len(), " ");
        }
    }
    let mut note = collapse(&text);
    for more in sel::NOTE_MORE_WORDS {
        let folded = lower(&note);
        if folded.ends_with(more) && note.len() >= more.len() {
            let cut = note.len() - more.len();
            if note.is_char_boundary(cut) {
                note.truncate(cut);
                note = note.trim_end().to_string();
            }
        }
    }
    let note = cap_chars(&note, NOTE_CAP);
    (!note.is_empty()).then_some(note)
}
