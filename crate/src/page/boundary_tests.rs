//! How many DOM calls the reader makes per row: in the browser each one crosses the wasm
//! boundary, and that count, not Rust, is what made reading slow (issue 5; `./scripts/bench`
//! prints the browser's own count). A counting [`Dom`] over the fixtures keeps it from
//! creeping back up.

use super::dom::Dom;
use super::html_dom::{HtmlDom, HtmlView};
use super::read_page;
use std::cell::Cell;

/// Counts calls as the browser's `WebDom` does: one per call, plus one per element a list
/// query returns (each is fetched with its own call) and one for the list's length.
struct Counting<'a> {
    inner: HtmlView<'a>,
    calls: Cell<usize>,
}

impl<'a> Counting<'a> {
    fn add(&self, n: usize) {
        self.calls.set(self.calls.get() + n);
    }
}

impl<'a> Dom for Counting<'a> {
    type Node = <HtmlView<'a> as Dom>::Node;
    fn root(&self) -> Self::Node {
        self.inner.root()
    }
    fn query_all(&self, scope: &Self::Node, selector: &str) -> Vec<Self::Node> {
        let found = self.inner.query_all(scope, selector);
        self.add(2 + found.len());
        found
    }
    fn query(&self, scope: &Self::Node, selector: &str) -> Option<Self::Node> {
        self.add(1);
        self.inner.query(scope, selector)
    }
    fn matches(&self, node: &Self::Node, selector: &str) -> bool {
        self.add(1);
        self.inner.matches(node, selector)
    }
    fn closest(&self, node: &Self::Node, selector: &str) -> Option<Self::Node> {
        self.add(1);
        self.inner.closest(node, selector)
    }
    fn text(&self, node: &Self::Node) -> String {
        self.add(1);
        self.inner.text(node)
    }
    fn attr(&self, node: &Self::Node, name: &str) -> Option<String> {
        self.add(1);
        self.inner.attr(node, name)
    }
    fn tag(&self, node: &Self::Node) -> String {
        self.add(1);
        self.inner.tag(node)
    }
    fn parent(&self, node: &Self::Node) -> Option<Self::Node> {
        self.add(1);
        self.inner.parent(node)
    }
    fn children(&self, node: &Self::Node) -> Vec<Self::Node> {
        let found = self.inner.children(node);
        self.add(2 + found.len());
        found
    }
    fn same(&self, a: &Self::Node, b: &Self::Node) -> bool {
        self.add(1);
        self.inner.same(a, b)
    }
}

const SOURCE: &str =
    include_str!("../../../tests/fixtures/pages/era-e-received-focused-complete.html");
const ROW_START: &str = "          <div class=\"_3f83465a\"><div data-display-contents=\"true\">";
const ROW_END: &str = "          </div></div></div>\n";

/// The era-E fixture with its rows replaced by `n` copies of its first row (each its own
/// invitation), as `tests/e2e/pages.mjs` builds the bench's pages.
fn page_of(n: usize) -> String {
    let first = SOURCE.find(ROW_START).expect("the fixture has rows");
    let first_end = first + SOURCE[first..].find(ROW_END).expect("a row end") + ROW_END.len();
    let last_end = SOURCE.rfind(ROW_END).expect("a row end") + ROW_END.len();
    let row = &SOURCE[first..first_end];
    let mut page = SOURCE[..first].to_string();
    for i in 0..n {
        page.push_str(&row.replace(
            "7301122334455667788",
            &format!("{}", 7_400_000_000u64 + i as u64),
        ));
    }
    page.push_str(&SOURCE[last_end..]);
    page.replace("Focused (3)", &format!("Focused ({n})"))
}

fn calls_per_row(n: usize) -> f64 {
    let html = HtmlDom::parse(&page_of(n));
    let dom = Counting {
        inner: html.view(),
        calls: Cell::new(0),
    };
    let read = read_page(
        &dom,
        "https://www.linkedin.com/mynetwork/invitation-manager/received/",
    );
    assert_eq!(read.invitations.len(), n, "every row is read");
    assert_eq!(read.completeness, super::Completeness::Complete);
    dom.calls.get() as f64 / n as f64
}

#[test]
fn a_row_costs_a_bounded_number_of_dom_calls() {
    let per_row = calls_per_row(200);
    println!("{per_row:.1} DOM calls per row (era E, with a note)");
    // Measured 2026-11-26: 69 for this row (it has a note; the bench's rows, without one,
    // take 57, down from 93 before each row's texts were read once).
    assert!(per_row <= 72.0, "{per_row:.1} DOM calls per row");
}

#[test]
fn the_calls_per_row_do_not_grow_with_the_list() {
    let (small, large) = (calls_per_row(20), calls_per_row(400));
    assert!(
        large <= small * 1.05 + 1.0,
        "{small:.1} per row at 20, {large:.1} at 400"
    );
}
