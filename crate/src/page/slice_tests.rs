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
