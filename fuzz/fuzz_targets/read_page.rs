//! Fuzz target: the page reader over arbitrary HTML. The first byte picks the URL the page is
//! read at (see [`URLS`]); the rest is the page, as UTF-8 (invalid bytes replaced). The read must
//! satisfy `check_read`, and clicks on a spread of the page's elements must be classified only on
//! cards the read lists (`check_clicks`); any violation panics, which the fuzzer reports.

#![no_main]

#[path = "../../crate/tests/support/invariants.rs"]
mod invariants;

use invite_watch::page::dom::Dom;
use invite_watch::page::html_dom::HtmlDom;
use invite_watch::page::read_page;
use libfuzzer_sys::fuzz_target;

/// The URLs a page may be read at, by the input's first byte (modulo their number).
const URLS: &[&str] = &[
    "https://www.linkedin.com/mynetwork/invitation-manager/received/",
    "https://www.linkedin.com/mynetwork/invitation-manager/sent/",
    "https://www.linkedin.com/mynetwork/invitation-manager/",
    "https://www.linkedin.com/mynetwork/invitation-manager/sent/CONNECTION/",
    "https://www.linkedin.com/mynetwork/invitation-manager/received/?invitationType=ALL&filterCriteria=null",
    "https://www.linkedin.com/mynetwork/invitation-manager/sent/?page=2",
    "https://www.linkedin.com/login?session_redirect=x",
    "https://www.linkedin.com/feed/",
];

/// How many elements a click is classified on (each classification re-reads the page).
const CLICKS: usize = 8;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let url = URLS[usize::from(first) % URLS.len()];
    let html = String::from_utf8_lossy(rest);
    let dom = HtmlDom::parse(&html);
    let view = dom.view();
    let read = read_page(&view, url);
    if let Err(violation) = invariants::check_read(&read) {
        panic!("read_page at {url}: {violation}");
    }
    let all = view.query_all(&view.root(), "*");
    let step = (all.len() / CLICKS).max(1);
    let targets: Vec<_> = all.into_iter().step_by(step).take(CLICKS).collect();
    if let Err(violation) = invariants::check_clicks(&view, url, &read, &targets) {
        panic!("classify_click at {url}: {violation}");
    }
});
