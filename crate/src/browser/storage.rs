//! What every extension page reads from storage without asking the background: the user's
//! settings (`storage.sync`) and the browser's language. Reads only: the background is the only
//! writer of storage (the popup and the options page ask it, [`crate::messages::Request`]).

use super::ext::{self, Area};
use crate::i18n::Lang;
use crate::settings::Settings;

/// The user's settings (`storage.sync`).
pub const SETTINGS_KEY: &str = "settings";
/// The page-structure report of the last read that was not understood (no names or text), for
/// the popup's "Copy a page-structure report".
pub const LAYOUT_REPORT_KEY: &str = "layoutReport";

/// Loads the settings (a plain object in `storage.sync`, read by serde-wasm-bindgen); anything
/// unreadable takes its default.
pub async fn load_settings() -> Settings {
    let stored = ext::storage_get(Area::Sync, SETTINGS_KEY)
        .await
        .ok()
        .flatten()
        .and_then(|value| serde_wasm_bindgen::from_value::<serde_json::Value>(value).ok())
        .unwrap_or(serde_json::Value::Null);
    Settings::from_json(&stored)
}

/// The language the surfaces speak: the one chosen on the options page, or the browser's
/// ([`ext::browser_languages`]): resolved alike in the background, for the in-page card and
/// notifications, and on the popup and options pages.
pub fn language(settings: &Settings) -> Lang {
    settings.lang(ext::browser_languages().iter().map(String::as_str))
}
