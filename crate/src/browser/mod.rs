//! The thin wasm32-only edge: binds the pure modules to the browser (web-sys, js-sys) and to the
//! WebExtension APIs. It decides nothing: reading is [`crate::page`], deciding is
//! [`crate::ledger`], wording is [`crate::advice`] and [`crate::surfaces`].
//!
//! Entry points, called by the few lines of JS in `extension/js/`:
//! - [`content_start`] / [`content_navigated`]: the content script on the invitation manager;
//! - [`background_handle`]: every message to the background;
//! - [`popup_render`], [`options_render`]: the extension pages.

mod background;
mod build_dom;
mod card;
mod content;
mod ext;
mod options;
mod popup;
mod render;
mod web_dom;

use wasm_bindgen::prelude::*;

/// Starts the content engine on the invitation manager. `engine` is `"wasm"` or `"nowasm"`.
#[wasm_bindgen]
pub fn content_start(engine: String) -> Result<(), JsValue> {
    content::start(engine)
}

/// The page navigated without a load.
#[wasm_bindgen]
pub fn content_navigated() {
    content::navigated();
}

/// Handles one message in the background; resolves to the reply.
#[wasm_bindgen]
pub async fn background_handle(message: JsValue) -> Result<JsValue, JsValue> {
    background::handle(message).await
}

/// Renders the toolbar popup.
#[wasm_bindgen]
pub async fn popup_render() -> Result<(), JsValue> {
    popup::render().await
}

/// Renders the options page.
#[wasm_bindgen]
pub async fn options_render() -> Result<(), JsValue> {
    options::render().await
}
