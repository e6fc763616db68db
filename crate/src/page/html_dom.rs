//! [`Dom`] over the `scraper` HTML parser: the native stand-in for the browser's DOM, used by
//! fixture tests, benchmarks and fuzzing.

use super::dom::Dom;
use scraper::{ElementRef, Html, Selector};

/// A parsed HTML document.
pub struct HtmlDom {
    html: Html,
}

impl HtmlDom {
    pub fn parse(source: &str) -> Self {
        HtmlDom {
            html: Html::parse_document(source),
        }
    }

    /// A [`Dom`] view of the document.
    pub fn view(&self) -> HtmlView<'_> {
        HtmlView { html: &self.html }
    }
}

/// Borrowed [`Dom`] over an [`HtmlDom`].
#[derive(Clone, Copy)]
pub struct HtmlView<'a> {
    html: &'a Html,
}

impl<'a> Dom for HtmlView<'a> {
    type Node = ElementRef<'a>;

    fn root(&self) -> Self::Node {
        self.html.root_element()
    }

    fn query_all(&self, scope: &Self::Node, selector: &str) -> Vec<Self::Node> {
        match Selector::parse(selector) {
            Ok(sel) => scope.select(&sel).collect(),
            Err(_) => Vec::new(),
        }
    }

    fn matches(&self, node: &Self::Node, selector: &str) -> bool {
        Selector::parse(selector)
            .map(|sel| sel.matches(node))
            .unwrap_or(false)
    }

    fn text(&self, node: &Self::Node) -> String {
        node.text().collect()
    }

    fn attr(&self, node: &Self::Node, name: &str) -> Option<String> {
        node.value().attr(name).map(str::to_owned)
    }

    fn tag(&self, node: &Self::Node) -> String {
        node.value().name().to_ascii_lowercase()
    }

    fn parent(&self, node: &Self::Node) -> Option<Self::Node> {
        node.parent().and_then(ElementRef::wrap)
    }

    fn children(&self, node: &Self::Node) -> Vec<Self::Node> {
        node.children().filter_map(ElementRef::wrap).collect()
    }

    fn same(&self, a: &Self::Node, b: &Self::Node) -> bool {
        a.id() == b.id()
    }
}
