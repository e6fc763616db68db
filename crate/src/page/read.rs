//! The page reader: DOM + URL → [`PageRead`] (which view, whether the page was recognised,
//! whether the whole list is there, and the invitations on it), and the classification of a
//! click on a card's own Accept / Ignore / Withdraw control.
//!
//! Order of decisions: the URL (sign-in page? invitation manager?), then whole-page notices
//! (sign-in form, restriction, error), then the markup era (D, E, C), then the view (tab,
//! bucket, filter, count), then one pass over the list's rows, then completeness. Anything not
//! positively recognised ends as `Unrecognised` or `Partial`, never as a guess.

use super::cards::{read_row, Actions, Row};
use super::counts::{parse_count, strip_count};
use super::dom::Dom;
use super::model::{
    BucketCount, CardSource, Completeness, Era, PageInvitation, PageRead, PartialReason,
    ReadStatus, Tab, UnrecognisedReason, UserAction, View,
};
use super::selectors as sel;
use super::text::{
    fold, has_any, link_subject, lower, url_host, url_path, url_query, visible_text,
};
use std::collections::HashSet;

#[path = "locate.rs"]
mod locate;
pub use locate::PageLocator;

/// Reads the page `dom` shown at `url`, all at once.
pub fn read_page<D: Dom>(dom: &D, url: &str) -> PageRead {
    match PageReader::begin(dom, url) {
        Ok(mut reader) => {
            reader.read_rows(dom, usize::MAX);
            reader.finish()
        }
        Err(reason) => PageRead::unrecognised(reason),
    }
}

/// A read in progress, for a caller that reads a long list in slices between which the page
/// gets the main thread back: [`PageReader::begin`] does everything but the rows (status
/// checks, era, view, count, end markers) and finds the rows; [`PageReader::read_rows`] reads
/// the next few; [`PageReader::finish`] makes the [`PageRead`]. The same reads as
/// [`read_page`], row for row — provided the page did not change in between: a caller that
/// yields must drop the reader on any change of the page and begin again.
pub struct PageReader<N> {
    page: Page<N>,
    account: Option<String>,
    next_row: usize,
    invitations: Vec<PageInvitation>,
    acknowledged: Vec<String>,
    seen: HashSet<String>,
}

impl<N> PageReader<N> {
    /// Locates the page and its rows; for a page that is not a readable invitation list, why
    /// (its whole read is then [`PageRead::unrecognised`]).
    pub fn begin<D: Dom<Node = N>>(dom: &D, url: &str) -> Result<Self, UnrecognisedReason>
    where
        N: Clone,
    {
        let mut locator = PageReader::locator(url);
        loop {
            if let Some(located) = locator.step(dom) {
                return located;
            }
        }
    }

    /// [`PageReader::begin`] in steps, for a caller that gives the page the main thread back
    /// between them: call [`PageLocator::step`] until it answers (the same answer `begin`
    /// gives), then read the rows as usual.
    pub fn locator(url: &str) -> PageLocator<N>
    where
        N: Clone,
    {
        PageLocator::new(url)
    }

    /// The reader of a located page.
    fn with_page(page: Page<N>, account: Option<String>) -> Self {
        PageReader {
            account,
            invitations: Vec::with_capacity(page.rows.len()),
            page,
            next_row: 0,
            acknowledged: Vec::new(),
            seen: HashSet::new(),
        }
    }

    /// Rows not read yet.
    pub fn rows_left(&self) -> usize {
        self.page.rows.len() - self.next_row
    }

    /// Reads up to `max` more rows; returns whether every row has been read.
    pub fn read_rows<D: Dom<Node = N>>(&mut self, dom: &D, max: usize) -> bool {
        let end = self.next_row.saturating_add(max).min(self.page.rows.len());
        for (row, source) in &self.page.rows[self.next_row..end] {
            match read_row(dom, row, self.page.era, self.page.view.tab, *source).0 {
                Row::Invitation(inv) => {
                    if self.seen.insert(inv.key.clone()) {
                        self.invitations.push(inv);
                    }
                }
                Row::Acknowledged(key) => {
                    if !self.acknowledged.contains(&key) {
                        self.acknowledged.push(key);
                    }
                }
                Row::NotInvitation => {}
            }
        }
        self.next_row = end;
        self.rows_left() == 0
    }

    /// The read, once every row was read (rows left unread count as absent: a caller that
    /// finishes early gets a read whose count exceeds its cards, never a complete one).
    pub fn finish(self) -> PageRead {
        let page = self.page;
        let rendered = u32::try_from(self.invitations.len()).unwrap_or(u32::MAX);
        let unread = self.next_row < page.rows.len();
        let completeness = if unread {
            Completeness::Partial {
                reason: PartialReason::Unknown,
            }
        } else {
            page.completeness(rendered)
        };
        PageRead {
            view: page.view,
            status: ReadStatus::Recognised,
            completeness,
            era: Some(page.era),
            account: self.account,
            count: page.count,
            bucket_counts: page.bucket_counts,
            invitations: self.invitations,
            acknowledged: self.acknowledged,
        }
    }
}

/// Classifies a click: if `target` is (inside) the Accept, Ignore or Withdraw control of an
/// invitation card that [`read_page`] would read, returns that card's key and the action.
///
/// On Sent, the row's Withdraw control only opens a confirmation `<dialog open>` in era E; the
/// dialog's confirm button repeats the row's `aria-label` and is classified as `Withdraw` of
/// that row too. A caller that wants the withdrawal itself should wait for the confirm click.
pub fn classify_click<D: Dom>(
    dom: &D,
    url: &str,
    target: &D::Node,
) -> Option<(String, UserAction)> {
    let page = locate(dom, url).ok()?;
    let list = page.list.as_ref()?;
    let control = dom.closest(target, "button, a, [role=\"button\"]")?;
    if dom.closest(&control, sel::CONFIRM_DIALOG).is_some() {
        return classify_confirm(dom, &page, &control);
    }
    let row_selector = match page.era {
        Era::C => "li",
        Era::D => "[data-view-name=\"pending-invitation\"], [role=\"listitem\"]",
        Era::E => sel::E_ROW,
    };
    let mut candidate = dom.closest(&control, row_selector);
    while let Some(row) = candidate {
        if let Some((row_node, source)) = page.rows.iter().find(|(r, _)| dom.same(r, &row)) {
            let (read, actions) = read_row(dom, row_node, page.era, page.view.tab, *source);
            let Row::Invitation(inv) = read else {
                return None;
            };
            return action_of(dom, &actions, &control)
                .or_else(|| unsure_answer(dom, &actions, &control))
                .map(|a| (inv.key, a));
        }
        if dom.same(&row, list) {
            return None;
        }
        candidate = dom.parent(&row).and_then(|p| dom.closest(&p, row_selector));
    }
    None
}

/// The confirm button of a withdraw dialog: the row whose Withdraw control has the same label.
fn classify_confirm<D: Dom>(
    dom: &D,
    page: &Page<D::Node>,
    control: &D::Node,
) -> Option<(String, UserAction)> {
    if page.view.tab != Tab::Sent {
        return None;
    }
    let label = dom
        .attr(control, "aria-label")
        .filter(|l| !l.trim().is_empty())?;
    page.rows.iter().find_map(|(row, source)| {
        let (read, actions) = read_row(dom, row, page.era, page.view.tab, *source);
        let withdraw = actions.withdraw?;
        let same_label = dom.attr(&withdraw, "aria-label").as_deref() == Some(label.as_str());
        match read {
            Row::Invitation(inv) if same_label => Some((inv.key, UserAction::Withdraw)),
            _ => None,
        }
    })
}

/// Where the row's pair was found by structure alone (a UI language without a word list), a
/// click on any other control of the row (`control` is inside it) that is not the note's "…more" nor a link to the
/// inviter may be Accept or Ignore under a name the reader does not know: it counts as an
/// answer ([`UserAction::Ignore`]), so that the row's leaving is never taken for a vanish.
fn unsure_answer<D: Dom>(
    dom: &D,
    actions: &Actions<D::Node>,
    control: &D::Node,
) -> Option<UserAction> {
    if actions.certain || actions.withdraw.is_some() {
        return None;
    }
    let is_note_more = dom.matches(control, sel::E_NOTE_BUTTON);
    let is_link_to_subject = dom
        .attr(control, "href")
        .is_some_and(|href| link_subject(&href).is_some());
    (!is_note_more && !is_link_to_subject).then_some(UserAction::Ignore)
}

fn action_of<D: Dom>(dom: &D, actions: &Actions<D::Node>, control: &D::Node) -> Option<UserAction> {
    let is = |n: &Option<D::Node>| n.as_ref().is_some_and(|n| dom.same(n, control));
    if is(&actions.accept) {
        Some(UserAction::Accept)
    } else if is(&actions.ignore) {
        Some(UserAction::Ignore)
    } else if is(&actions.withdraw) {
        Some(UserAction::Withdraw)
    } else {
        None
    }
}

// ---------------------------------------------------------------------------------------------
// The URL
// ---------------------------------------------------------------------------------------------

/// What the URL says.
struct UrlView {
    tab: Tab,
    filter: Option<String>,
    /// `?page=N` with N > 1: earlier pages are not on this one.
    later_page: bool,
}

fn is_linkedin(url: &str) -> bool {
    match url_host(url) {
        Some(host) => host == "linkedin.com" || host.ends_with(".linkedin.com"),
        None => url.starts_with('/'),
    }
}

fn path_starts(url: &str, prefixes: &[&str]) -> bool {
    let path = url_path(url).to_ascii_lowercase();
    prefixes.iter().any(|p| path.starts_with(p))
}

/// Parses an invitation-manager URL; `None` for any other URL.
fn parse_url(url: &str) -> Option<UrlView> {
    let path = url_path(url);
    let lower = path.to_ascii_lowercase();
    let rest = lower.strip_prefix(sel::INVITATION_MANAGER_PATH)?;
    if !(rest.is_empty() || rest.starts_with('/')) {
        return None;
    }
    let offset = path.len() - rest.len();
    let original_rest = path.get(offset..).unwrap_or("");
    let segments: Vec<&str> = original_rest.split('/').filter(|s| !s.is_empty()).collect();
    let first = segments.first().map(|s| s.to_ascii_lowercase());
    let (tab, mut filter) = match (first.as_deref(), segments.get(1)) {
        (None, _) => (Tab::Received, None),
        // `/received/ALL/` is the whole list (LinkedIn redirects it to `/received/`).
        (Some("received"), Some(f)) if f.eq_ignore_ascii_case("ALL") => (Tab::Received, None),
        (Some("received"), f) => (Tab::Received, f.map(|s| s.to_string())),
        // On Sent, CONNECTION is the default list of people (the "People (N)" link).
        (Some("sent"), Some(f)) if f.eq_ignore_ascii_case("CONNECTION") => (Tab::Sent, None),
        (Some("sent"), f) => (Tab::Sent, f.map(|s| s.to_string())),
        _ => (Tab::Other, None),
    };
    let mut later_page = false;
    for (name, value) in url_query(url) {
        let value = value.trim().to_string();
        match name.as_str() {
            "invitationType" => {
                let default = value.is_empty()
                    || value.eq_ignore_ascii_case("ALL")
                    || (tab == Tab::Sent && value.eq_ignore_ascii_case("CONNECTION"));
                if !default && filter.is_none() {
                    filter = Some(format!("invitationType={value}"));
                }
            }
            "filterCriteria" if !(value.is_empty() || value == "null") && filter.is_none() => {
                filter = Some(format!("filterCriteria={value}"));
            }
            "page" => later_page = value.parse::<u32>().is_ok_and(|n| n > 1),
            _ => {}
        }
    }
    Some(UrlView {
        tab,
        filter,
        later_page,
    })
}

// ---------------------------------------------------------------------------------------------
// The page
// ---------------------------------------------------------------------------------------------

/// A recognised page, before its rows are read.
struct Page<N> {
    era: Era,
    view: View,
    count: Option<u32>,
    bucket_counts: Vec<BucketCount>,
    list: Option<N>,
    rows: Vec<(N, CardSource)>,
    /// A positively recognised empty state (era C section, idle empty list).
    empty_state: bool,
    /// Loader, "Show more", pagination: what keeps the list partial regardless of counts.
    pending: Option<PartialReason>,
    /// The URL and the page disagree about the view (the app is mid-navigation).
    mismatch: bool,
    /// Two cues for the view or its count disagree: which, and what each said.
    disagreement: Option<String>,
}

impl<N> Page<N> {
    fn completeness(&self, rendered: u32) -> Completeness {
        let partial = |reason| Completeness::Partial { reason };
        if self.mismatch || self.view.tab == Tab::Other {
            return partial(PartialReason::Unknown);
        }
        if let Some(reason) = &self.pending {
            return partial(reason.clone());
        }
        if let Some(detail) = &self.disagreement {
            return partial(PartialReason::CuesDisagree {
                detail: detail.clone(),
            });
        }
        match self.count {
            Some(expected) if expected > rendered => {
                partial(PartialReason::CountExceedsCards { expected, rendered })
            }
            Some(expected) if expected == rendered => Completeness::Complete,
            Some(_) => partial(PartialReason::Unknown),
            None if self.empty_state && rendered == 0 => Completeness::Complete,
            None => partial(PartialReason::Unknown),
        }
    }
}

/// Everything but the rows' content: status checks, era, view, list, end markers (every step
/// of [`locate::Locating`] at once).
fn locate<D: Dom>(dom: &D, url: &str) -> Result<Page<D::Node>, UnrecognisedReason> {
    locate::Locating::new(url).run(dom)
}

/// Restriction and error notices in headings and dialogs.
fn notices<D: Dom>(dom: &D, root: &D::Node) -> Result<(), UnrecognisedReason> {
    let mut error = false;
    for node in dom.query_all(root, sel::NOTICE_SCOPES) {
        if is_hidden(dom, &node) {
            continue;
        }
        let text = fold(&dom.text(&node));
        if has_any(&text, sel::RESTRICTION_WORDS) {
            return Err(UnrecognisedReason::Restricted);
        }
        error |= has_any(&text, sel::ERROR_WORDS);
    }
    if error {
        return Err(UnrecognisedReason::ErrorPage);
    }
    Ok(())
}

/// A notice that is in the DOM but not shown (pre-rendered dialogs).
fn is_hidden<D: Dom>(dom: &D, node: &D::Node) -> bool {
    dom.closest(node, "[hidden], [aria-hidden=\"true\"]")
        .is_some()
}

/// Combines the URL's view with the page's: the page says what is rendered; a disagreement
/// means the app is switching views and nothing is complete.
fn merge_url<N>(page: &mut Page<N>, url: UrlView) {
    if page.view.tab == Tab::Other {
        page.view.tab = url.tab;
    } else if url.tab != Tab::Other && url.tab != page.view.tab {
        page.mismatch = true;
    }
    if url.filter.is_some() {
        page.view.filter = url.filter;
    }
    if url.later_page {
        page.pending = Some(PartialReason::MoreToLoad);
    }
}

fn empty_page<N>(era: Era) -> Page<N> {
    Page {
        era,
        view: View {
            tab: Tab::Other,
            bucket: None,
            filter: None,
        },
        count: None,
        bucket_counts: Vec::new(),
        list: None,
        rows: Vec::new(),
        empty_state: false,
        pending: None,
        mismatch: false,
        disagreement: None,
    }
}

fn era_c<D: Dom>(dom: &D, main: &D::Node) -> Page<D::Node> {
    let mut page = empty_page(Era::C);
    let tabs = dom.query_all(main, sel::C_TABS);
    if let Some(i) = selected_index(dom, &tabs, "aria-selected") {
        page.view.tab = match i {
            0 => Tab::Received,
            1 => Tab::Sent,
            _ => Tab::Other,
        };
    }
    c_pills(dom, main, &mut page);
    page.empty_state = dom.query(main, sel::C_EMPTY).is_some();
    page.list = dom.query(main, sel::C_LIST);
    if let Some(list) = &page.list {
        page.rows = dom
            .children(list)
            .into_iter()
            .filter(|li| dom.matches(li, sel::C_ANY_ROW))
            .map(|li| {
                let source = if dom.matches(&li, sel::C_CARD) {
                    CardSource::WholeCard
                } else {
                    CardSource::Fallback
                };
                (li, source)
            })
            .collect();
    }
    page
}

fn era_d<D: Dom>(dom: &D, root: &D::Node) -> Page<D::Node> {
    let mut page = empty_page(Era::D);
    if let Some(screen) = dom.query(root, sel::D_SCREEN) {
        let name = dom.attr(&screen, "data-sdui-screen").unwrap_or_default();
        if name.contains(sel::D_SCREEN_RECEIVED) {
            page.view.tab = Tab::Received;
        } else if name.contains(sel::D_SCREEN_SENT) {
            page.view.tab = Tab::Sent;
        }
    }
    let pills = dom.query_all(root, sel::D_PILLS);
    if let Some(i) = selected_index(dom, &pills, "aria-current") {
        if let Some(pill) = pills.get(i) {
            let label = visible_text(dom, pill);
            page.count = parse_count(&label);
            if i > 0 {
                page.view.filter = Some(lower(&strip_count(&label)));
            }
        }
    }
    page.list = dom.query(root, sel::D_LIST);
    if let Some(list) = &page.list {
        let cards = dom.query_all(list, sel::D_CARD);
        let mut rows: Vec<(D::Node, CardSource)> = cards
            .iter()
            .map(|c| (c.clone(), CardSource::WholeCard))
            .collect();
        for item in dom.query_all(list, sel::D_ANY_ROW) {
            if dom.query(&item, sel::D_CARD).is_none() && !dom.matches(&item, sel::D_CARD) {
                rows.push((item, CardSource::Fallback));
            }
        }
        page.empty_state = rows.is_empty();
        page.rows = rows;
    }
    page
}

/// Era C: the selected pill gives the count, and whether the list is filtered (any pill but the
/// first, unless its id names the unfiltered list). The pill's own label element, its text and
/// its `aria-label` are three cues for one number: when they disagree, nothing is complete.
fn c_pills<D: Dom>(dom: &D, main: &D::Node, page: &mut Page<D::Node>) {
    let pills = dom.query_all(main, sel::C_PILLS);
    let selected = pills.iter().position(|pill| {
        dom.attr(pill, "aria-pressed").as_deref() == Some("true")
            || dom.attr(pill, "class").is_some_and(|class| {
                class
                    .split_whitespace()
                    .any(|c| c == sel::C_PILL_SELECTED_CLASS)
            })
    });
    // A lone pill that no attribute marks (the people pill on its own) is the list shown.
    let selected = selected.or_else(|| (pills.len() == 1).then_some(0));
    let Some((index, pill)) = selected.and_then(|i| pills.get(i).map(|p| (i, p))) else {
        return;
    };
    let text = dom
        .query(pill, sel::C_PILL_TEXT)
        .map(|label| visible_text(dom, &label))
        .filter(|label| parse_count(label).is_some())
        .unwrap_or_else(|| visible_text(dom, pill));
    page.count = parse_count(&text);
    let aria = dom
        .attr(pill, "aria-label")
        .and_then(|label| parse_count(&label));
    match (page.count, aria) {
        (Some(shown), Some(said)) if shown != said => {
            page.disagreement = Some(format!("pill text {shown}, pill label {said}"));
        }
        (None, Some(said)) => page.count = Some(said),
        _ => {}
    }
    let unfiltered_id = dom.attr(pill, "id").as_deref() == Some(sel::C_FACET_PILL_ID);
    if index > 0 && !unfiltered_id {
        page.view.filter = Some(lower(&strip_count(&text)));
    }
}

/// A count cue of era E: what it is, for the read's explanation, and what it says.
struct CountCue {
    what: &'static str,
    count: Option<u32>,
}

/// Whether a radio, checkbox or picker is checked: its `aria-checked` where it has one, else (a
/// native input, or an element holding one) the input's `checked` state.
fn is_checked<D: Dom>(dom: &D, node: &D::Node) -> bool {
    if let Some(state) = dom.attr(node, "aria-checked") {
        return state == "true";
    }
    if dom.tag(node) == "input" {
        return dom.checked(node);
    }
    dom.query(node, sel::E_NATIVE_CHECK)
        .is_some_and(|input| dom.checked(&input))
}

/// The text that carries a picker's or category's count: its `label` or `span` with a number in
/// parentheses, else its whole visible text.
fn count_text<D: Dom>(dom: &D, node: &D::Node) -> String {
    dom.query_all(node, sel::E_COUNT_TEXT)
        .iter()
        .map(|part| visible_text(dom, part))
        .find(|text| text.contains('(') && parse_count(text).is_some())
        .unwrap_or_else(|| visible_text(dom, node))
}

fn selected_index<D: Dom>(dom: &D, nodes: &[D::Node], attr: &str) -> Option<usize> {
    nodes.iter().position(|n| {
        dom.attr(n, attr)
            .is_some_and(|v| v == "true" || v == "page")
    })
}

fn has_more_control<D: Dom>(dom: &D, main: &D::Node, era: Era, list: Option<&D::Node>) -> bool {
    let (row_selector, candidates) = match era {
        Era::C => (sel::C_CARD, sel::C_MORE_OUTSIDE_CARDS),
        Era::D => (sel::D_CARD, sel::D_MORE_OUTSIDE_CARDS),
        Era::E => (sel::E_ROW, sel::E_MORE_OUTSIDE_CARDS),
    };
    dom.query_all(main, candidates).iter().any(|b| {
        let label = fold(&dom.text(b));
        sel::LOAD_MORE_WORDS.iter().any(|w| label.starts_with(w))
            && dom.closest(b, row_selector).is_none()
            && list.is_none_or(|l| !dom.same(l, b))
    })
}

fn pagination_has_more<D: Dom>(dom: &D, pagination: &D::Node) -> bool {
    let next_enabled = dom
        .query(pagination, sel::PAGINATION_NEXT)
        .is_some_and(|n| {
            dom.attr(&n, "disabled").is_none()
                && dom.attr(&n, "aria-disabled").as_deref() != Some("true")
                && !dom
                    .attr(&n, "class")
                    .is_some_and(|c| c.contains("artdeco-button--disabled"))
        });
    let later_page = dom
        .query(pagination, sel::PAGINATION_CURRENT)
        .and_then(|c| fold(&dom.text(&c)).parse::<u32>().ok())
        .is_some_and(|n| n > 1);
    next_enabled || later_page
}

/// The signed-in account from the global nav's "Me" menu.
fn account_of<D: Dom>(dom: &D) -> Option<String> {
    let root = dom.root();
    dom.query_all(&root, sel::ACCOUNT_LINK)
        .into_iter()
        .filter_map(|a| dom.attr(&a, "href"))
        .find_map(|href| link_subject(&href).filter(|(_, k)| k.starts_with("in:")))
        .map(|(_, key)| key)
}
