//! [`Dom`] over the browser's live DOM (web-sys), so the pure page reader reads the real page.
//! Every call across the wasm boundary is counted in a bench build (`./scripts/bench` prints them
//! per row; [`super::bench_hooks`]).

use super::bench_hooks::count_dom_calls as calls;
use crate::page::dom::Dom;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The live document.
pub struct WebDom {
    document: Document,
}

impl WebDom {
    pub fn new(document: Document) -> Self {
        WebDom { document }
    }
}

impl Dom for WebDom {
    type Node = Element;

    fn root(&self) -> Element {
        match self.document.document_element() {
            Some(element) => element,
            // A document always has an element once a content script runs; an empty <html>
            // stands in rather than panicking.
            None => self
                .document
                .create_element("html")
                .unwrap_or_else(|_| unreachable_element()),
        }
    }

    fn query_all(&self, scope: &Element, selector: &str) -> Vec<Element> {
        let Ok(list) = scope.query_selector_all(selector) else {
            calls(1);
            return Vec::new();
        };
        let length = list.length();
        calls(2 + length);
        // `querySelectorAll` only ever yields elements: no `instanceof` check (one more call
        // across the wasm boundary per node) is needed.
        (0..length)
            .filter_map(|i| list.item(i))
            .map(|node| node.unchecked_into::<Element>())
            .collect()
    }

    fn query(&self, scope: &Element, selector: &str) -> Option<Element> {
        calls(1);
        scope.query_selector(selector).ok().flatten()
    }

    fn matches(&self, node: &Element, selector: &str) -> bool {
        calls(1);
        node.matches(selector).unwrap_or(false)
    }

    fn closest(&self, node: &Element, selector: &str) -> Option<Element> {
        calls(1);
        node.closest(selector).ok().flatten()
    }

    fn text(&self, node: &Element) -> String {
        calls(1);
        node.text_content().unwrap_or_default()
    }

    fn attr(&self, node: &Element, name: &str) -> Option<String> {
        calls(1);
        node.get_attribute(name)
    }

    fn tag(&self, node: &Element) -> String {
        calls(1);
        node.local_name()
    }

    fn parent(&self, node: &Element) -> Option<Element> {
        calls(1);
        node.parent_element()
    }

    fn children(&self, node: &Element) -> Vec<Element> {
        let children = node.children();
        let length = children.length();
        calls(2 + length);
        (0..length).filter_map(|i| children.item(i)).collect()
    }

    fn same(&self, a: &Element, b: &Element) -> bool {
        calls(1);
        a == b
    }

    /// The live property, not the attribute: LinkedIn's React picker sets `checked` on the
    /// `<input>` without writing the attribute.
    fn checked(&self, node: &Element) -> bool {
        calls(1);
        node.dyn_ref::<web_sys::HtmlInputElement>()
            .is_some_and(web_sys::HtmlInputElement::checked)
    }
}

fn unreachable_element() -> Element {
    wasm_bindgen::throw_str("Invite Watch: the document has no element")
}
