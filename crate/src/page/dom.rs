//! The small DOM the page reader needs. The browser edge implements it over web-sys; native
//! tests implement it over a real HTML parser (`page::html_dom`, behind the `native-html` feature).

/// Read-only access to a document. `Node` is always an element.
pub trait Dom {
    type Node: Clone;

    /// The document element (`<html>`).
    fn root(&self) -> Self::Node;
    /// Descendants of `scope` matching a CSS selector, in document order. An invalid selector
    /// yields an empty list (never a panic).
    fn query_all(&self, scope: &Self::Node, selector: &str) -> Vec<Self::Node>;
    /// The first descendant of `scope` matching a CSS selector.
    fn query(&self, scope: &Self::Node, selector: &str) -> Option<Self::Node> {
        self.query_all(scope, selector).into_iter().next()
    }
    /// Whether `node` matches a CSS selector.
    fn matches(&self, node: &Self::Node, selector: &str) -> bool;
    /// The nearest inclusive ancestor matching a CSS selector.
    fn closest(&self, node: &Self::Node, selector: &str) -> Option<Self::Node> {
        let mut current = Some(node.clone());
        while let Some(n) = current {
            if self.matches(&n, selector) {
                return Some(n);
            }
            current = self.parent(&n);
        }
        None
    }
    /// The element's text content (all descendant text, like `textContent`).
    fn text(&self, node: &Self::Node) -> String;
    /// An attribute's value.
    fn attr(&self, node: &Self::Node, name: &str) -> Option<String>;
    /// The lower-case tag name.
    fn tag(&self, node: &Self::Node) -> String;
    /// The parent element, if any.
    fn parent(&self, node: &Self::Node) -> Option<Self::Node>;
    /// The child elements, in order.
    fn children(&self, node: &Self::Node) -> Vec<Self::Node>;
    /// Whether two handles are the same element.
    fn same(&self, a: &Self::Node, b: &Self::Node) -> bool;
    /// Whether a form control is checked. In the browser this is the live `checked` property
    /// (React sets the property; the attribute may be absent); a document without a script
    /// state — the native DOM over HTML text — can only say whether the attribute is present.
    fn checked(&self, node: &Self::Node) -> bool {
        self.attr(node, "checked").is_some()
    }
}
