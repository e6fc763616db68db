//! Locating the page in steps: everything [`super::PageReader::begin`] does before the rows
//! (the status checks, the era, the view and its count, the list and its rows, what keeps the
//! list partial, the account), cut into steps of about one query of the document each, so that
//! a caller reading a long list can give the page the main thread back between them
//! ([`PageLocator`]).
//!
//! The steps are the one way the reader locates a page: [`super::read_page`],
//! [`super::PageReader::begin`] and [`super::classify_click`] run them all at once, the sliced
//! caller a few at a time, so both give the same read (a native test checks it on every
//! fixture). As with the rows, that holds provided the page did not change in between: a
//! caller that yields must drop the locator on any change of the page and begin again.

use super::super::counts::{parse_count, strip_count};
use super::super::dom::Dom;
use super::super::model::{BucketCount, Era, PartialReason, Tab, UnrecognisedReason};
use super::super::selectors as sel;
use super::super::text::{fold, lower, url_path, visible_text};
use super::{
    account_of, count_text, empty_page, era_c, era_d, has_more_control, is_checked, is_linkedin,
    merge_url, notices, pagination_has_more, parse_url, path_starts, CountCue, Page, PageReader,
    UrlView,
};
use std::mem;

/// The era probes, in the order they decide: lists and cards first, screen names and other
/// markers only when no list is found.
const ERA_PROBES: [(&str, Era); 5] = [
    (sel::D_LIST_MARKERS, Era::D),
    (sel::E_LIST_MARKERS, Era::E),
    (sel::D_MARKERS, Era::D),
    (sel::E_MARKERS, Era::E),
    (sel::C_MARKERS, Era::C),
];

/// Where locating stands: what is known so far, and what the next step does.
enum Phase<N> {
    /// The URL, and the sign-in form.
    Checks,
    /// Restriction and error notices.
    Notices(UrlView),
    /// The era: probe `.1` of [`ERA_PROBES`] next.
    Era(UrlView, usize),
    /// The page's `main`, and in eras C and D the whole view and list.
    View(UrlView, Era),
    /// Era E's view, in its own steps.
    EraE(UrlView, Box<EraE<N>>),
    /// No list and no empty state: only a loader saves the read.
    NoList(UrlView, Page<N>, N),
    /// What keeps the list partial: check `.2` of [`PendingCheck`] next.
    Pending(Page<N>, N, PendingCheck),
    /// Finished (or failed): nothing left to do.
    Done,
}

/// Era E's view, built over several steps.
struct EraE<N> {
    page: Page<N>,
    main: N,
    /// The invitations screen, or the document.
    scope: N,
    next: EStep,
    /// The picker's menu items (their positions name the buckets).
    menu: Vec<N>,
    cues: Vec<CountCue>,
    picker_unchecked: bool,
}

/// The steps of era E's view.
#[derive(Clone, Copy)]
enum EStep {
    /// The screen and the current tab.
    Tab,
    /// The Sent count, or a selected category radio on Received.
    Count,
    /// The picker's menu items.
    Menu,
    /// The bucket picker: its bucket and count.
    Picker,
    /// The "All (N)" link.
    AllLink,
    /// The menu's counts, and whether the count cues agree.
    Cues,
    /// The list and its rows.
    List,
}

/// The checks for what keeps a list partial: a loader, then a "Show more" button or control,
/// then a pagination with more pages.
#[derive(Clone, Copy)]
enum PendingCheck {
    /// The loader, the "Show more" button and the pagination, in one query.
    Markers,
    /// The "Show more" controls outside the cards; `paged`: the pagination has more pages.
    MoreControl { paged: bool },
}

/// [`sel::LOADER`], [`sel::LOAD_MORE_BUTTON`] and [`sel::PAGINATION`] in one selector list.
const PENDING_MARKERS: &str = concat!(
    "[data-testid=\"loader\"], .artdeco-loader, .scaffold-finite-scroll__loader, ",
    ".scaffold-finite-scroll__load-button, ",
    ".artdeco-pagination"
);

/// Locating a page in steps; [`Locating::step`] until it says where the page and its rows are.
pub(super) struct Locating<N> {
    url: String,
    phase: Phase<N>,
}

impl<N: Clone> Locating<N> {
    pub(super) fn new(url: &str) -> Self {
        Locating {
            url: url.to_owned(),
            phase: Phase::Checks,
        }
    }

    /// Every step at once.
    pub(super) fn run<D: Dom<Node = N>>(mut self, dom: &D) -> Result<Page<N>, UnrecognisedReason> {
        loop {
            if let Some(located) = self.step(dom) {
                return located;
            }
        }
    }

    /// Does the next step: `None` while steps are left, else the located page or why the page
    /// is not a readable invitation list. After that, every step answers `Unknown layout`.
    pub(super) fn step<D: Dom<Node = N>>(
        &mut self,
        dom: &D,
    ) -> Option<Result<Page<N>, UnrecognisedReason>> {
        let (next, located): Stepped<N> = match mem::replace(&mut self.phase, Phase::Done) {
            Phase::Checks => match checks(dom, &self.url) {
                Ok(url_view) => (Phase::Notices(url_view), None),
                Err(reason) => (Phase::Done, Some(Err(reason))),
            },
            Phase::Notices(url_view) => match notices(dom, &dom.root()) {
                Ok(()) => (Phase::Era(url_view, 0), None),
                Err(reason) => (Phase::Done, Some(Err(reason))),
            },
            Phase::Era(url_view, probe) => match ERA_PROBES.get(probe) {
                Some((markers, era)) if dom.query(&dom.root(), markers).is_some() => {
                    (Phase::View(url_view, *era), None)
                }
                Some(_) => (Phase::Era(url_view, probe + 1), None),
                None => (Phase::Done, Some(Err(UnrecognisedReason::UnknownLayout))),
            },
            Phase::View(url_view, era) => {
                let root = dom.root();
                let main = dom
                    .query(&root, "main, [role=\"main\"]")
                    .unwrap_or_else(|| root.clone());
                match era {
                    Era::C => after_view(url_view, era_c(dom, &main), main),
                    Era::D => after_view(url_view, era_d(dom, &root), main),
                    Era::E => {
                        let era_e = EraE {
                            page: empty_page(Era::E),
                            main,
                            scope: root,
                            next: EStep::Tab,
                            menu: Vec::new(),
                            cues: Vec::new(),
                            picker_unchecked: false,
                        };
                        (Phase::EraE(url_view, Box::new(era_e)), None)
                    }
                }
            }
            Phase::EraE(url_view, mut era_e) => {
                if era_e.step(dom) {
                    let EraE { page, main, .. } = *era_e;
                    after_view(url_view, page, main)
                } else {
                    (Phase::EraE(url_view, era_e), None)
                }
            }
            Phase::NoList(url_view, mut page, main) => {
                if dom.query(&main, sel::LOADER).is_none() {
                    (Phase::Done, Some(Err(UnrecognisedReason::UnknownLayout)))
                } else {
                    page.pending = Some(PartialReason::Loading);
                    merge_url(&mut page, url_view);
                    pending_or_done(page, main)
                }
            }
            Phase::Pending(mut page, main, check) => {
                let (found, next) = match check {
                    PendingCheck::Markers => {
                        // One pass for the loader, the "Show more" button and the pagination:
                        // the first of each kind in document order is the first that matches.
                        let markers = dom.query_all(&main, PENDING_MARKERS);
                        let first = |selector| markers.iter().find(|n| dom.matches(n, selector));
                        if first(sel::LOADER).is_some() {
                            (Some(PartialReason::Loading), None)
                        } else if first(sel::LOAD_MORE_BUTTON).is_some() {
                            (Some(PartialReason::MoreToLoad), None)
                        } else {
                            let paged = first(sel::PAGINATION)
                                .is_some_and(|pagination| pagination_has_more(dom, pagination));
                            (None, Some(PendingCheck::MoreControl { paged }))
                        }
                    }
                    PendingCheck::MoreControl { paged } => (
                        (has_more_control(dom, &main, page.era, page.list.as_ref()) || paged)
                            .then_some(PartialReason::MoreToLoad),
                        None,
                    ),
                };
                match (found, next) {
                    (Some(reason), _) => {
                        page.pending = Some(reason);
                        (Phase::Done, Some(Ok(page)))
                    }
                    (None, Some(check)) => (Phase::Pending(page, main, check), None),
                    (None, None) => (Phase::Done, Some(Ok(page))),
                }
            }
            Phase::Done => (Phase::Done, Some(Err(UnrecognisedReason::UnknownLayout))),
        };
        self.phase = next;
        located
    }
}

/// The URL (sign-in and challenge pages, the invitation manager's views) and the sign-in form.
fn checks<D: Dom>(dom: &D, url: &str) -> Result<UrlView, UnrecognisedReason> {
    if path_starts(url, sel::LOGIN_PATHS) || dom.query(&dom.root(), sel::LOGGED_OUT).is_some() {
        return Err(UnrecognisedReason::LoggedOut);
    }
    if path_starts(url, sel::CHALLENGE_PATHS) {
        return Err(UnrecognisedReason::Restricted);
    }
    match parse_url(url) {
        Some(v) if is_linkedin(url) => Ok(v),
        _ => Err(UnrecognisedReason::NotInvitationManager),
    }
}

/// Once the view is known: a page without a list must show a loader; else the URL's view is
/// merged in and what keeps the list partial is checked, unless the URL already said.
fn after_view<N>(url_view: UrlView, mut page: Page<N>, main: N) -> Stepped<N> {
    if page.list.is_none() && !page.empty_state {
        return (Phase::NoList(url_view, page, main), None);
    }
    merge_url(&mut page, url_view);
    pending_or_done(page, main)
}

/// The phase after a step, and what locating found if it is finished.
type Stepped<N> = (Phase<N>, Option<Result<Page<N>, UnrecognisedReason>>);

/// The pending checks, unless the page is partial already.
fn pending_or_done<N>(page: Page<N>, main: N) -> Stepped<N> {
    if page.pending.is_some() {
        (Phase::Done, Some(Ok(page)))
    } else {
        (Phase::Pending(page, main, PendingCheck::Markers), None)
    }
}

impl<N: Clone> EraE<N> {
    /// Does the next step of era E's view; `true` once the view and its list are known.
    fn step<D: Dom<Node = N>>(&mut self, dom: &D) -> bool {
        let next = match self.next {
            EStep::Tab => {
                if let Some(screen) = dom.query(&dom.root(), sel::E_SCREEN) {
                    self.scope = screen;
                }
                self.page.view.tab = e_tab(dom);
                EStep::Count
            }
            EStep::Count => match self.page.view.tab {
                Tab::Sent => {
                    self.page.count = dom
                        .query_all(&self.scope, sel::E_SENT_COUNT)
                        .iter()
                        .find_map(|a| parse_count(&visible_text(dom, a)));
                    EStep::List
                }
                _ => {
                    let radios = dom.query_all(&self.scope, sel::E_RADIO);
                    match radios.iter().find(|radio| is_checked(dom, radio)) {
                        Some(radio) => {
                            let label = count_text(dom, radio);
                            self.page.count = parse_count(&label);
                            self.page.view.filter = Some(lower(&strip_count(&label)));
                            EStep::List
                        }
                        None => EStep::Menu,
                    }
                }
            },
            EStep::Menu => {
                self.menu = dom.query_all(&self.scope, sel::E_BUCKET_MENU_ITEMS);
                EStep::Picker
            }
            EStep::Picker => {
                if let Some(checkbox) = dom.query(&self.scope, sel::E_BUCKET_CHECKBOX) {
                    let picker = dom.closest(&checkbox, sel::E_BUCKET_PICKER);
                    match picker {
                        Some(picker) if is_checked(dom, &checkbox) => {
                            let label = count_text(dom, &picker);
                            let name = bucket_name(dom, &self.menu, &strip_count(&label));
                            self.page.view.bucket = Some(name);
                            self.cues.push(CountCue {
                                what: "bucket picker",
                                count: parse_count(&label),
                            });
                        }
                        _ => self.picker_unchecked = true,
                    }
                }
                EStep::AllLink
            }
            EStep::AllLink => {
                // The link may stand in the page's own nav, outside the invitations screen.
                let all_link = dom
                    .query_all(&dom.root(), sel::E_ALL_LINK)
                    .into_iter()
                    .find(|link| dom.attr(link, "aria-current").is_some_and(|v| v != "false"));
                if let Some(link) = all_link {
                    self.cues.push(CountCue {
                        what: "\"All\" link",
                        count: parse_count(&visible_text(dom, &link)),
                    });
                }
                EStep::Cues
            }
            EStep::Cues => {
                self.page.bucket_counts = menu_counts(dom, &self.menu);
                self.resolve_cues();
                EStep::List
            }
            EStep::List => {
                let page = &mut self.page;
                page.list = dom.query(&self.scope, sel::E_LIST);
                if let Some(list) = &page.list {
                    page.rows = dom
                        .query_all(list, sel::E_ROW)
                        .into_iter()
                        .map(|r| (r, super::CardSource::WholeCard))
                        .collect();
                    page.empty_state =
                        page.rows.is_empty() && dom.query(list, sel::LOADER).is_none();
                }
                return true;
            }
        };
        self.next = next;
        false
    }

    /// The menu's count of the picked bucket is a third cue; the picker, the "All" link and the
    /// menu must agree on the count.
    fn resolve_cues(&mut self) {
        let page = &mut self.page;
        if let Some(bucket) = &page.view.bucket {
            if let Some(listed) = page.bucket_counts.iter().find(|b| &b.bucket == bucket) {
                self.cues.push(CountCue {
                    what: "picker menu",
                    count: Some(listed.count),
                });
            }
        }
        if self.cues.is_empty() {
            if self.picker_unchecked {
                // Neither a bucket nor a category is selected: an in-between state.
                page.view.filter = Some("unknown".to_string());
            }
            return;
        }
        let counts: Vec<u32> = self.cues.iter().filter_map(|cue| cue.count).collect();
        page.count = counts.first().copied();
        if counts.iter().any(|count| Some(*count) != page.count) {
            let said: Vec<String> = self
                .cues
                .iter()
                .map(|cue| match cue.count {
                    Some(count) => format!("{} {count}", cue.what),
                    None => format!("{} no number", cue.what),
                })
                .collect();
            page.disagreement = Some(said.join(", "));
        }
    }
}

/// Era E's tab: the current tab link's target.
fn e_tab<D: Dom>(dom: &D) -> Tab {
    for link in dom.query_all(&dom.root(), sel::E_TABS) {
        if dom.attr(&link, "aria-current").as_deref() == Some("false") {
            continue;
        }
        let href = dom.attr(&link, "href").unwrap_or_default();
        let path = url_path(&href).to_ascii_lowercase();
        if path.contains("/invitation-manager/sent") {
            return Tab::Sent;
        }
        if path.contains("/invitation-manager/received") {
            return Tab::Received;
        }
    }
    Tab::Other
}

/// Each bucket's count from the picker's open menu, when every item has one; else nothing.
fn menu_counts<D: Dom>(dom: &D, items: &[D::Node]) -> Vec<BucketCount> {
    let mut counts = Vec::new();
    for (position, item) in items.iter().enumerate() {
        let label = visible_text(dom, item);
        let Some(count) = parse_count(&label) else {
            return Vec::new();
        };
        let bucket = match position {
            0 => "focused".to_string(),
            1 => "other".to_string(),
            _ => fold(&strip_count(&label)),
        };
        counts.push(BucketCount { bucket, count });
    }
    counts
}

/// "focused" / "other" from the picker menu's positions, known words, or the label itself.
fn bucket_name<D: Dom>(dom: &D, menu: &[D::Node], label: &str) -> String {
    let position = menu
        .iter()
        .position(|i| strip_count(&visible_text(dom, i)) == label);
    match position {
        Some(0) => return "focused".to_string(),
        Some(1) => return "other".to_string(),
        _ => {}
    }
    let folded = fold(label);
    if sel::BUCKET_FOCUSED_WORDS.contains(&folded.as_str()) {
        "focused".to_string()
    } else if sel::BUCKET_OTHER_WORDS.contains(&folded.as_str()) {
        "other".to_string()
    } else {
        folded
    }
}

/// Locating a page for a read, step by step: [`PageLocator::step`] until it gives the
/// [`PageReader`] (or why the page is not a readable list), then read its rows in slices as
/// usual. Made by [`PageReader::locator`]; [`PageReader::begin`] is every step at once.
///
/// Each step does about one query of the document (a few cheap ones at most), so a caller with
/// a time budget per slice calls `step` until the budget is spent and continues in the next
/// slice. The page must not change in between (drop the locator on any change).
pub struct PageLocator<N> {
    locating: Locating<N>,
    /// The page, once located; the last step finds the account.
    page: Option<super::Page<N>>,
}

impl<N: Clone> PageLocator<N> {
    pub(super) fn new(url: &str) -> Self {
        PageLocator {
            locating: Locating::new(url),
            page: None,
        }
    }

    /// Does the next step: `None` while steps are left; then the reader for the rows, or why
    /// the page is not a readable invitation list (its read is then
    /// [`super::super::PageRead::unrecognised`]). Once it has answered, the locator is spent
    /// (a further step answers `UnknownLayout`): begin a new one for a new read.
    pub fn step<D: Dom<Node = N>>(
        &mut self,
        dom: &D,
    ) -> Option<Result<PageReader<N>, UnrecognisedReason>> {
        match self.page.take() {
            Some(page) => Some(Ok(PageReader::with_page(page, account_of(dom)))),
            None => match self.locating.step(dom)? {
                Ok(page) => {
                    self.page = Some(page);
                    None
                }
                Err(reason) => Some(Err(reason)),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pending_markers_are_the_three_selectors() {
        let three = [sel::LOADER, sel::LOAD_MORE_BUTTON, sel::PAGINATION].join(", ");
        assert_eq!(PENDING_MARKERS, three);
    }
}
