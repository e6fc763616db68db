//! The thin wasm32-only edge: binds the pure modules to the browser (web-sys, js-sys) and to the
//! WebExtension APIs. It decides nothing: reading is [`crate::page`], deciding is
//! [`crate::ledger`], wording is [`crate::advice`] and [`crate::surfaces`].
//!
//! Entry points, called by the few lines of JS in `extension/js/`:
//! - [`content_start`] / [`content_navigated`]: the content script on the invitation manager;
//! - [`background_handle`]: every message to the background;
//! - [`popup_render`], [`options_render`]: the extension pages;
//! - [`ledger_json`]: a stored ledger as JSON (browser tests, consoles);
//! - with the cargo feature `bench` only (never in the shipped build): `content_stats`,
//!   `content_reset_longest` and `content_read_now`, for `./scripts/bench` ([`bench_hooks`]).

// A build with one engine leaves some shared helpers unused.
#![cfg_attr(
    not(all(feature = "content-engine", feature = "full-engine")),
    allow(dead_code)
)]

// Which entry points a build carries is chosen by cargo feature, so that the content engine
// (loaded into LinkedIn tabs) carries no ledger, advice texts or extension-page code.
#[cfg(feature = "full-engine")]
mod background;
#[cfg(feature = "content-engine")]
mod bench_hooks;
mod build_dom;
#[cfg(feature = "content-engine")]
mod card;
#[cfg(feature = "content-engine")]
mod content;
mod ext;
#[cfg(feature = "full-engine")]
mod options;
#[cfg(feature = "full-engine")]
mod popup;
#[cfg(feature = "full-engine")]
mod popup_glance;
mod render;
mod reply;
#[cfg(feature = "full-engine")]
mod storage;
#[cfg(feature = "content-engine")]
mod web_dom;

use wasm_bindgen::prelude::*;

/// Starts the content engine on the invitation manager: `wasm` says which build runs (the
/// WebAssembly one, or the no-WebAssembly one); `injected_at` is the loader script's
/// `performance.now()` at its start (for the bench's `content_stats`). A failure is logged here rather
/// than thrown: a `Result` return costs the content engine a multi-value shim and its glue.
#[cfg(feature = "content-engine")]
#[wasm_bindgen]
pub fn content_start(wasm: bool, injected_at: f64) {
    let engine = if wasm { "wasm" } else { "nowasm" };
    if let Err(error) = content::start(engine.to_owned(), injected_at) {
        // Two one-argument calls: the content engine then imports one console function, not two.
        web_sys::console::warn_1(&"Invite Watch could not start:".into());
        web_sys::console::warn_1(&error);
    }
}

/// Diagnostics for `./scripts/bench` (a build with the feature `bench` only): reads, settle
/// timers fired, mutation batches, and the times (`performance.now()`) of injection, start and
/// first read, the first read's length, the reader's DOM calls, the reading tasks' total and
/// longest time (a settle timer's callback or a slice of a read), the last read's time and
/// slices, and reads dropped half-way.
#[cfg(all(feature = "content-engine", feature = "bench"))]
#[wasm_bindgen]
pub fn content_stats() -> Vec<f64> {
    bench_hooks::stats()
}

/// For `./scripts/bench`: forgets the longest task and the longest locating seen so far, so that
/// [`content_stats`] then shows those of what follows (feature `bench` only).
#[cfg(all(feature = "content-engine", feature = "bench"))]
#[wasm_bindgen]
pub fn content_reset_longest() {
    bench_hooks::reset_longest();
}

/// For `./scripts/bench`: one read of the page now, compared with the previous read (the work
/// of one settle, without reporting). Feature `bench` only.
#[cfg(all(feature = "content-engine", feature = "bench"))]
#[wasm_bindgen]
pub fn content_read_now() -> bool {
    content::read_now()
}

/// The page navigated without a load.
#[cfg(feature = "content-engine")]
#[wasm_bindgen]
pub fn content_navigated() {
    content::navigated();
}

/// Handles one message in the background; resolves to the reply.
#[cfg(feature = "full-engine")]
#[wasm_bindgen]
pub async fn background_handle(message: JsValue) -> Result<JsValue, JsValue> {
    background::handle(message).await
}

/// A stored ledger (the `ledger` text, any version, and the `ledgerPending` text if any) as the
/// JSON object the options page exports under `history` (the version-3 shape); an error when it
/// does not decode. For the browser tests and for looking at a ledger from a console: the stored
/// form (version 4) is lines, not JSON.
#[cfg(feature = "full-engine")]
#[wasm_bindgen]
pub fn ledger_json(stored: &str, pending: Option<String>) -> Result<String, JsValue> {
    crate::ledger::decode_split(Some(stored), pending.as_deref())
        .map(|ledger| crate::ledger::encode_json(&ledger))
        .map_err(|error| JsValue::from_str(&error.to_string()))
}

/// Renders the toolbar popup.
#[cfg(feature = "full-engine")]
#[wasm_bindgen]
pub async fn popup_render() -> Result<(), JsValue> {
    popup::render().await
}

/// Renders the options page.
#[cfg(feature = "full-engine")]
#[wasm_bindgen]
pub async fn options_render() -> Result<(), JsValue> {
    options::render().await
}
