//! A tiny element builder for the surfaces. Text only ever goes in as text nodes
//! (`textContent`), never as HTML, so names and notes from the page stay inert.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlElement};

/// Builds elements in one document.
#[derive(Clone)]
pub struct Builder {
    pub document: Document,
}

impl Builder {
    pub fn new(document: Document) -> Self {
        Builder { document }
    }

    /// `<tag class="…">`.
    pub fn el(&self, tag: &str, class: &str) -> Result<Element, JsValue> {
        let element = self.document.create_element(tag)?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Ok(element)
    }

    /// `<tag class="…">text</tag>`, the text set as text.
    pub fn text(&self, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
        let element = self.el(tag, class)?;
        element.set_text_content(Some(text));
        Ok(element)
    }

    /// A `<button type="button">` with a label.
    pub fn button(&self, class: &str, label: &str) -> Result<Element, JsValue> {
        let button = self.text("button", class, label)?;
        button.set_attribute("type", "button")?;
        Ok(button)
    }
}

/// Appends children to a parent.
pub fn append(parent: &Element, children: &[&Element]) -> Result<(), JsValue> {
    for child in children {
        parent.append_child(child)?;
    }
    Ok(())
}

/// Removes every child of an element.
pub fn clear(element: &Element) {
    while let Some(child) = element.first_child() {
        let _ = element.remove_child(&child);
    }
}

/// Moves keyboard focus to an element, if it can take it.
pub fn focus(element: &Element) {
    if let Some(html) = element.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
}
