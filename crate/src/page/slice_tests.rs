//! A read in slices ([`PageReader`]) is the read at once ([`read_page`]), on every fixture page,
//! whatever the slice size; a read finished before its last row is never complete.

use super::live_fixture_tests::{fixture_names, source, BASE};
use super::*;
use html_dom::HtmlDom;

fn sliced<D: dom::Dom>(dom: &D, url: &str, slice: usize) -> PageRead {
    match PageReader::begin(dom, url) {
        Ok(mut reader) => {
            while !reader.read_rows(dom, slice) {}
            assert_eq!(reader.rows_left(), 0);
            reader.finish()
        }
        Err(reason) => PageRead::unrecognised(reason),
    }
}

#[test]
fn every_fixture_reads_the_same_in_slices_of_any_size() {
    let mut lists = 0;
    for name in fixture_names() {
        let html = HtmlDom::parse(&source(&name));
        let dom = html.view();
        for path in ["received/", "sent/"] {
            let url = format!("{BASE}/{path}");
            let whole = read_page(&dom, &url);
            lists += usize::from(!whole.invitations.is_empty());
            for slice in [1, 2, 5, 1000] {
                assert_eq!(
                    sliced(&dom, &url, slice),
                    whole,
                    "{name} at {path}, slices of {slice}"
                );
            }
        }
    }
    assert!(lists >= 20, "only {lists} fixture reads had invitations");
}

#[test]
fn a_read_finished_before_its_last_row_is_never_complete() {
    let html = HtmlDom::parse(&source("era-e-received-focused-complete.html"));
    let dom = html.view();
    let url = format!("{BASE}/received/");
    assert_eq!(read_page(&dom, &url).completeness, Completeness::Complete);
    let Ok(mut reader) = PageReader::begin(&dom, &url) else {
        panic!("the fixture is an invitation list");
    };
    assert!(!reader.read_rows(&dom, 1));
    assert!(reader.rows_left() > 0);
    let early = reader.finish();
    assert!(matches!(early.completeness, Completeness::Partial { .. }));
    assert_eq!(early.invitations.len(), 1);
}

/// A read whose locating is done `steps` steps at a time ([`PageReader::locator`]) and whose
/// rows are read `rows` at a time; also how many steps locating took.
fn located_in_steps<D: dom::Dom>(
    dom: &D,
    url: &str,
    steps: usize,
    rows: usize,
) -> (PageRead, usize) {
    let mut locator = PageReader::locator(url);
    let mut taken = 0;
    let located = 'slices: loop {
        // One slice: up to `steps` steps, then the page would get the thread back.
        for _ in 0..steps {
            taken += 1;
            if let Some(located) = locator.step(dom) {
                break 'slices located;
            }
        }
    };
    let read = match located {
        Ok(mut reader) => {
            while !reader.read_rows(dom, rows) {}
            reader.finish()
        }
        Err(reason) => PageRead::unrecognised(reason),
    };
    (read, taken)
}

#[test]
fn every_fixture_reads_the_same_when_located_in_steps() {
    let mut most_steps = 0;
    for name in fixture_names() {
        let html = HtmlDom::parse(&source(&name));
        let dom = html.view();
        for path in [
            "received/",
            "sent/",
            "received/ALL/",
            "received/?page=2",
            "sent/?page=3",
        ] {
            let url = format!("{BASE}/{path}");
            let whole = read_page(&dom, &url);
            for steps in [1, 2, 3, 1000] {
                for rows in [1, 5, 1000] {
                    let (read, taken) = located_in_steps(&dom, &url, steps, rows);
                    assert_eq!(
                        read, whole,
                        "{name} at {path}, {steps} steps and {rows} rows a slice"
                    );
                    most_steps = most_steps.max(taken);
                }
            }
        }
    }
    // Locating is really cut up: a recognised era-E list takes a dozen steps or more.
    assert!(most_steps >= 12, "locating took at most {most_steps} steps");
}

#[test]
fn locating_an_era_e_list_takes_many_small_steps_and_not_a_sign_in_page() {
    let html = HtmlDom::parse(&source("era-e-live-received-focused.html"));
    let dom = html.view();
    let (read, taken) = located_in_steps(&dom, &format!("{BASE}/received/"), 1, 1000);
    assert_eq!(read.status, ReadStatus::Recognised);
    assert!(taken >= 12, "{taken} steps");

    let html = HtmlDom::parse(&source("logged-out-sign-in.html"));
    let dom = html.view();
    let (read, taken) = located_in_steps(&dom, &format!("{BASE}/received/"), 1, 1000);
    assert_eq!(
        read.status,
        ReadStatus::Unrecognised {
            reason: UnrecognisedReason::LoggedOut
        }
    );
    assert_eq!(taken, 1, "the sign-in form is the first step's answer");
}
