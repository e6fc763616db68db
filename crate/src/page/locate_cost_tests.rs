//! What locating a long list costs, counted rather than timed: a generated 5,000-row page (the
//! live-shaped era-E "Focused" fixture with its one invitation row repeated, as the browser
//! tests' `tests/e2e/pages.mjs` builds it), read through a [`Dom`] that counts its calls and the
//! elements each call looks at (a query looks at its scope's elements up to its first match, or
//! all of them; `text` at the node's). Run with `--nocapture` to see the figures.

use super::dom::Dom;
use super::html_dom::{HtmlDom, HtmlView};
use super::live_fixture_tests::{source, BASE};
use super::*;
use scraper::ElementRef;
use std::cell::Cell;

const SOURCE: &str = "era-e-live-received-focused.html";
const ROW_START: &str =
    "                    <div class=\"_175f6c4b _845acbad _69919e25 _93e2ccf0\">\n";
const SEPARATOR: &str =
    "                  <hr class=\"_74c45efc _9213b59e _5a6b3e95 e8b5a029 _0d3bca01 _1ce84daa\" role=\"presentation\">\n";
const AFTER_ROWS: &str =
    "                    <div class=\"_175f6c4b _845acbad _69919e25 _61b6f9b3 _93e2ccf0\">";
const TEMPLATE_URN: &str = "urn:li:invitation:7306420642301720368";

/// The fixture with `n` invitation rows, each a copy of its first with its own URN.
fn generated(n: usize) -> String {
    let html = source(SOURCE);
    let column = html
        .find("data-testid=\"lazy-column\"")
        .unwrap_or_else(|| panic!("no column"));
    let first = column
        + html[column..]
            .find(ROW_START)
            .unwrap_or_else(|| panic!("no row"));
    let first_end = first
        + html[first..]
            .find(SEPARATOR)
            .unwrap_or_else(|| panic!("no hr"));
    let rows_end = first
        + html[first..]
            .find(AFTER_ROWS)
            .unwrap_or_else(|| panic!("no end"));
    let row = format!("{}{SEPARATOR}", &html[first..first_end]);
    let mut page = html[..first].replace("Focused (4)", &format!("Focused ({n})"));
    for i in 0..n {
        page.push_str(&row.replace(TEMPLATE_URN, &format!("urn:li:invitation:74{i:09}")));
    }
    page.push_str(&html[rows_end..]);
    page
}

/// A [`Dom`] that counts its calls and the elements they look at.
struct Counting<'a> {
    dom: HtmlView<'a>,
    calls: Cell<usize>,
    looked_at: Cell<usize>,
}

impl<'a> Counting<'a> {
    fn new(dom: HtmlView<'a>) -> Self {
        Counting {
            dom,
            calls: Cell::new(0),
            looked_at: Cell::new(0),
        }
    }

    fn count(&self, elements: usize) {
        self.calls.set(self.calls.get() + 1);
        self.looked_at.set(self.looked_at.get() + elements);
    }

    /// (calls, elements looked at) so far.
    fn figures(&self) -> (usize, usize) {
        (self.calls.get(), self.looked_at.get())
    }
}

fn elements_under(node: &ElementRef<'_>) -> usize {
    node.descendants()
        .filter(|n| n.value().is_element())
        .count()
        .saturating_sub(1)
}

impl<'a> Dom for Counting<'a> {
    type Node = ElementRef<'a>;

    fn root(&self) -> Self::Node {
        self.dom.root()
    }
    fn query_all(&self, scope: &Self::Node, selector: &str) -> Vec<Self::Node> {
        self.count(elements_under(scope));
        self.dom.query_all(scope, selector)
    }
    fn query(&self, scope: &Self::Node, selector: &str) -> Option<Self::Node> {
        let found = self.dom.query(scope, selector);
        let looked_at = match &found {
            Some(hit) => scope
                .descendants()
                .filter(|n| n.value().is_element())
                .skip(1)
                .position(|n| n.id() == hit.id())
                .map_or(0, |at| at + 1),
            None => elements_under(scope),
        };
        self.count(looked_at);
        found
    }
    fn matches(&self, node: &Self::Node, selector: &str) -> bool {
        self.count(1);
        self.dom.matches(node, selector)
    }
    fn text(&self, node: &Self::Node) -> String {
        self.count(elements_under(node) + 1);
        self.dom.text(node)
    }
    fn attr(&self, node: &Self::Node, name: &str) -> Option<String> {
        self.count(1);
        self.dom.attr(node, name)
    }
    fn tag(&self, node: &Self::Node) -> String {
        self.count(1);
        self.dom.tag(node)
    }
    fn parent(&self, node: &Self::Node) -> Option<Self::Node> {
        self.count(1);
        self.dom.parent(node)
    }
    fn children(&self, node: &Self::Node) -> Vec<Self::Node> {
        self.count(1);
        self.dom.children(node)
    }
    fn same(&self, a: &Self::Node, b: &Self::Node) -> bool {
        self.count(0);
        self.dom.same(a, b)
    }
    fn checked(&self, node: &Self::Node) -> bool {
        self.count(1);
        self.dom.checked(node)
    }
}

#[test]
fn locating_5000_rows_in_steps_looks_at_about_one_document_per_step() {
    const N: usize = 5000;
    let html = HtmlDom::parse(&generated(N));
    let url = format!("{BASE}/received/");
    let whole = read_page(&html.view(), &url);
    assert_eq!(
        whole.invitations.len(),
        N,
        "the generated page is a list of {N}"
    );
    assert_eq!(whole.completeness, Completeness::Complete);
    let document = elements_under(&html.view().root()) + 1;

    // Locating at once, as the first slice of a read did.
    let dom = Counting::new(html.view());
    let Ok(reader) = PageReader::begin(&dom, &url) else {
        panic!("the page is a list");
    };
    let (begin_calls, begin_looked) = dom.figures();
    assert_eq!(reader.rows_left(), N);

    // Locating in steps: what each step costs.
    let dom = Counting::new(html.view());
    let mut locator = PageReader::locator(&url);
    let mut steps: Vec<(usize, usize)> = Vec::new();
    let located = loop {
        let before = dom.figures();
        let answer = locator.step(&dom);
        let after = dom.figures();
        steps.push((after.0 - before.0, after.1 - before.1));
        if let Some(answer) = answer {
            break answer;
        }
    };
    let Ok(mut reader) = located else {
        panic!("the page is a list");
    };
    while !reader.read_rows(&dom, 100) {}
    assert_eq!(reader.finish(), whole, "the same read");

    let total: usize = steps.iter().map(|(_, looked)| looked).sum();
    let largest = steps.iter().map(|(_, looked)| *looked).max().unwrap_or(0);
    println!("N = {N}: the document has {document} elements");
    println!(
        "locating at once (begin): {begin_calls} DOM calls looking at {begin_looked} elements \
         ({:.1} documents)",
        begin_looked as f64 / document as f64
    );
    println!(
        "locating in {} steps: {total} elements in all; the largest step {largest} \
         ({:.2} documents, {:.0}% of begin)",
        steps.len(),
        largest as f64 / document as f64,
        100.0 * largest as f64 / begin_looked as f64
    );
    for (i, (calls, looked)) in steps.iter().enumerate() {
        println!(
            "  step {i:2}: {calls:6} calls, {looked:8} elements ({:.2} documents)",
            *looked as f64 / document as f64
        );
    }
    assert_eq!(total, begin_looked, "steps do what begin does, no more");
    assert!(
        largest * 4 <= begin_looked,
        "no step does a quarter of locating: largest {largest} of {begin_looked}"
    );
    assert!(
        largest <= 2 * document,
        "no step looks at more than twice the document: {largest} of {document}"
    );
}
