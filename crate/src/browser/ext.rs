//! The WebExtension APIs the engine uses (`browser.*` in Firefox, `chrome.*` in Chrome), bound
//! once and typed (`#[wasm_bindgen]` externs): a misspelt API is a compile error, not a run-time
//! `undefined`. One build serves both browsers: the namespace is picked at run time. Every call
//! returns a typed error instead of throwing.

use crate::messages::{Reply, Request};
use crate::surfaces::Clock;
use crate::wire::WireError;
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a call at the browser edge failed.
#[derive(Debug, Clone)]
pub enum ApiError {
    /// Neither `browser` nor `chrome` exists in this context.
    NoExtensionApi,
    /// This API is missing here (e.g. `notifications` without the optional permission).
    Unavailable(Api),
    /// The browser threw or rejected, with its message (or none).
    Browser(Option<String>),
    /// The background answered nothing.
    NoReply,
    /// The background's reply text was not JSON.
    ReplyNotJson,
    /// The background's reply does not have a reply's shape.
    BadReply(WireError),
    /// A Rust value could not become a JS value, or a JS value the Rust value expected
    /// (serde-wasm-bindgen's message).
    Convert(String),
    /// The ledger could not be written as the store planned.
    #[cfg(feature = "full-engine")]
    Save(crate::ledger::store::SaveError),
}

/// The extension APIs the engine uses, for errors that name one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Api {
    Runtime,
    RuntimeUrl,
    Storage,
    StorageLocal,
    StorageSync,
    StorageEvent,
    Action,
    Notifications,
    Permissions,
    I18n,
}

impl Api {
    /// The API's name in the extension namespace.
    pub fn name(self) -> &'static str {
        match self {
            Api::Runtime => "runtime",
            Api::RuntimeUrl => "runtime.getURL",
            Api::Storage => "storage",
            Api::StorageLocal => "storage.local",
            Api::StorageSync => "storage.sync",
            Api::StorageEvent => "storage.onChanged",
            Api::Action => "action",
            Api::Notifications => "notifications",
            Api::Permissions => "permissions",
            Api::I18n => "i18n",
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ApiError::NoExtensionApi => f.write_str("no extension API in this context"),
            ApiError::Unavailable(api) => write!(f, "{} is not available", api.name()),
            ApiError::Browser(Some(message)) => f.write_str(message),
            ApiError::Browser(None) => f.write_str("an error without a message"),
            ApiError::NoReply => f.write_str("the background sent no reply"),
            ApiError::ReplyNotJson => f.write_str("the reply is not JSON"),
            ApiError::BadReply(error) => write!(f, "{error}"),
            ApiError::Convert(detail) => write!(f, "a value could not cross to JS: {detail}"),
            #[cfg(feature = "full-engine")]
            ApiError::Save(error) => write!(f, "{error}"),
        }
    }
}

impl From<JsValue> for ApiError {
    fn from(value: JsValue) -> Self {
        ApiError::Browser(
            Reflect::get(&value, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .or_else(|| value.as_string()),
        )
    }
}

impl From<ApiError> for JsValue {
    fn from(error: ApiError) -> Self {
        JsValue::from_str(&error.to_string())
    }
}

#[wasm_bindgen]
extern "C" {
    /// The script's own `globalThis`. Not `js_sys::global()`, which prefers `self`: in a Firefox
    /// content script `self` is the page's window, which has no extension API.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;

    /// `browser` (Firefox) or `chrome` (Chrome).
    type Namespace;
    #[wasm_bindgen(method, getter)]
    fn runtime(this: &Namespace) -> Option<Runtime>;
    #[wasm_bindgen(method, getter)]
    fn storage(this: &Namespace) -> Option<Storage>;
    #[wasm_bindgen(method, getter)]
    fn action(this: &Namespace) -> Option<Action>;
    /// Only with the optional `notifications` permission granted.
    #[wasm_bindgen(method, getter)]
    fn notifications(this: &Namespace) -> Option<Notifications>;
    /// Only on the extension's own pages.
    #[wasm_bindgen(method, getter)]
    fn permissions(this: &Namespace) -> Option<Permissions>;
    #[wasm_bindgen(method, getter)]
    fn i18n(this: &Namespace) -> Option<I18n>;

    type Permissions;
    #[wasm_bindgen(method, catch)]
    fn request(this: &Permissions, permissions: &Object) -> Result<JsValue, JsValue>;

    type I18n;
    #[wasm_bindgen(method, catch, js_name = getUILanguage)]
    fn get_ui_language(this: &I18n) -> Result<JsValue, JsValue>;

    type Runtime;
    #[wasm_bindgen(method, catch, js_name = sendMessage)]
    fn send_message(this: &Runtime, message: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = getURL)]
    fn get_url(this: &Runtime, path: &str) -> Result<JsValue, JsValue>;

    type Storage;
    #[wasm_bindgen(method, getter)]
    fn local(this: &Storage) -> Option<StorageArea>;
    #[wasm_bindgen(method, getter)]
    fn sync(this: &Storage) -> Option<StorageArea>;
    #[wasm_bindgen(method, getter, js_name = onChanged)]
    fn on_changed(this: &Storage) -> Option<ExtEvent>;

    type StorageArea;
    #[wasm_bindgen(method, catch)]
    fn get(this: &StorageArea, keys: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn set(this: &StorageArea, items: &Object) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn remove(this: &StorageArea, keys: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, getter, js_name = onChanged)]
    fn on_changed(this: &StorageArea) -> Option<ExtEvent>;

    /// An extension event (`storage.onChanged`, …).
    type ExtEvent;
    #[wasm_bindgen(method, catch, js_name = addListener)]
    fn add_listener(this: &ExtEvent, listener: &Function) -> Result<(), JsValue>;

    type Action;
    #[wasm_bindgen(method, catch, js_name = setBadgeText)]
    fn set_badge_text(this: &Action, details: &Object) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch, js_name = setBadgeBackgroundColor)]
    fn set_badge_background_color(this: &Action, details: &Object) -> Result<JsValue, JsValue>;

    type Notifications;
    #[wasm_bindgen(method, catch)]
    fn create(this: &Notifications, id: &str, options: &Object) -> Result<JsValue, JsValue>;
}

/// The script's own global object.
pub fn global_this() -> JsValue {
    GLOBAL_THIS.with(JsValue::clone)
}

/// `browser` where it exists (Firefox), else `chrome`.
fn namespace() -> Result<Namespace, ApiError> {
    let global = global_this();
    for name in ["browser", "chrome"] {
        let value = Reflect::get(&global, &name.into())?;
        if value.is_object() {
            return Ok(value.unchecked_into());
        }
    }
    Err(ApiError::NoExtensionApi)
}

fn runtime() -> Result<Runtime, ApiError> {
    namespace()?
        .runtime()
        .ok_or(ApiError::Unavailable(Api::Runtime))
}

fn storage() -> Result<Storage, ApiError> {
    namespace()?
        .storage()
        .ok_or(ApiError::Unavailable(Api::Storage))
}

/// Awaits a promise; any other result is the value itself.
async fn settle(result: Result<JsValue, JsValue>) -> Result<JsValue, ApiError> {
    let result = result?;
    if result.has_type::<Promise>() {
        Ok(JsFuture::from(Promise::from(result)).await?)
    } else {
        Ok(result)
    }
}

/// Asks the user for optional permissions (`permissions.request`, extension pages only, in
/// answer to a click): resolves to whether they were granted.
pub fn request_permissions(permissions: &Object) -> Result<Promise, ApiError> {
    let api = namespace()?
        .permissions()
        .ok_or(ApiError::Unavailable(Api::Permissions))?;
    Ok(api.request(permissions)?.unchecked_into())
}

/// The browser's UI language (`i18n.getUILanguage()`).
fn ui_language() -> Result<String, ApiError> {
    namespace()?
        .i18n()
        .ok_or(ApiError::Unavailable(Api::I18n))?
        .get_ui_language()?
        .as_string()
        .ok_or(ApiError::Unavailable(Api::I18n))
}

/// The browser's language tags, most preferred first: `navigator.languages` (the user's
/// language list, which every extension context — service worker, background page, popup,
/// options, content script — sees alike), `navigator.language`, then `i18n.getUILanguage()`
/// (the browser's own UI language, last: it can differ between contexts, and is the build's
/// language when the browser has no translation of its UI).
pub fn browser_languages() -> Vec<String> {
    let mut tags = Vec::new();
    if let Ok(navigator) = Reflect::get(&global_this(), &"navigator".into()) {
        if let Ok(list) = Reflect::get(&navigator, &"languages".into()) {
            if Array::is_array(&list) {
                tags.extend(Array::from(&list).iter().filter_map(|tag| tag.as_string()));
            }
        }
        if let Some(tag) = Reflect::get(&navigator, &"language".into())
            .ok()
            .and_then(|tag| tag.as_string())
        {
            tags.push(tag);
        }
    }
    if let Ok(tag) = ui_language() {
        tags.push(tag);
    }
    tags
}

/// The user's clock: now, and the time zone's offset, for dates in the user's words.
pub fn clock() -> Clock {
    let date = js_sys::Date::new_0();
    // getTimezoneOffset() is minutes behind UTC (Berlin in winter: -60); it is a whole number
    // of minutes, within a day.
    let behind = date.get_timezone_offset();
    Clock {
        now_ms: date.get_time() as i64,
        utc_offset_minutes: if behind.is_finite() && behind.abs() < 1440.0 {
            -(behind as i32)
        } else {
            0
        },
    }
}

/// Which storage area: `local` (this browser) or `sync` (follows the user).
#[derive(Debug, Clone, Copy)]
pub enum Area {
    Local,
    Sync,
}

fn area(area: Area) -> Result<StorageArea, ApiError> {
    let storage = storage()?;
    match area {
        Area::Local => storage
            .local()
            .ok_or(ApiError::Unavailable(Api::StorageLocal)),
        Area::Sync => storage
            .sync()
            .ok_or(ApiError::Unavailable(Api::StorageSync)),
    }
}

/// Reads keys (`keys`: a key, an array of keys, or `null` for all) in one call: the items object.
pub async fn storage_get_items(at: Area, keys: &JsValue) -> Result<JsValue, ApiError> {
    settle(area(at)?.get(keys)).await
}

/// Writes every key of `items` in one call.
pub async fn storage_set_items(at: Area, items: &Object) -> Result<(), ApiError> {
    settle(area(at)?.set(items)).await.map(drop)
}

/// Removes keys (`keys`: a key or an array of keys) in one call.
pub async fn storage_remove_keys(at: Area, keys: &JsValue) -> Result<(), ApiError> {
    settle(area(at)?.remove(keys)).await.map(drop)
}

/// Reads one key; `None` when absent.
pub async fn storage_get(at: Area, key: &str) -> Result<Option<JsValue>, ApiError> {
    let items = storage_get_items(at, &key.into()).await?;
    let value = Reflect::get(&items, &key.into())?;
    Ok((!value.is_undefined()).then_some(value))
}

/// Writes one key.
pub async fn storage_set(at: Area, key: &str, value: &JsValue) -> Result<(), ApiError> {
    let items = Object::new();
    Reflect::set(&items, &key.into(), value)?;
    storage_set_items(at, &items).await
}

/// Removes one key.
pub async fn storage_remove(at: Area, key: &str) -> Result<(), ApiError> {
    storage_remove_keys(at, &key.into()).await
}

/// Sends a message to the background and awaits its reply.
pub async fn send_message(message: &JsValue) -> Result<JsValue, ApiError> {
    settle(runtime()?.send_message(message)).await
}

/// Sends a request to the background and decodes its reply: both cross `runtime.sendMessage` as
/// plain JS objects (see [`crate::messages`]).
pub async fn send(request: &Request) -> Result<Reply, ApiError> {
    let answer = send_message(&request_value(request)?).await?;
    if answer.is_undefined() || answer.is_null() {
        return Err(ApiError::NoReply);
    }
    reply_of(&answer)
}

/// A request as a plain JS object, the shape the background reads: in the content engine the
/// browser's `JSON.parse` of [`crate::wire::write_request`]'s text (serde's form, one crossing).
#[cfg(feature = "content-engine")]
fn request_value(request: &Request) -> Result<JsValue, ApiError> {
    Ok(js_sys::JSON::parse(&crate::wire::write_request(request))?)
}

/// A request as a plain JS object: serde-wasm-bindgen, JSON-compatible (`None` as `null`, maps
/// as objects), the shape the background reads.
#[cfg(not(feature = "content-engine"))]
fn request_value(request: &Request) -> Result<JsValue, ApiError> {
    use serde::Serialize;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    (request.serialize(&serializer)).map_err(|error| ApiError::Convert(error.to_string()))
}

#[cfg(not(feature = "content-engine"))]
fn reply_of(answer: &JsValue) -> Result<Reply, ApiError> {
    serde_wasm_bindgen::from_value(answer.clone())
        .map_err(|error| ApiError::Convert(error.to_string()))
}

/// The content engine reads the reply object field by field ([`crate::wire::read_reply`]).
#[cfg(feature = "content-engine")]
fn reply_of(answer: &JsValue) -> Result<Reply, ApiError> {
    match answer.as_string() {
        // A background that answers in text.
        Some(text) => super::reply::decode(&text).map_err(|error| match error {
            super::reply::ReplyError::NotJson => ApiError::ReplyNotJson,
            super::reply::ReplyError::Bad(error) => ApiError::BadReply(error),
        }),
        None => crate::wire::read_reply(answer).map_err(ApiError::BadReply),
    }
}

/// Whose storage changes a listener hears.
#[derive(Debug, Clone, Copy)]
pub enum Changes {
    /// `storage.onChanged`: every area's.
    AllAreas,
    /// `storage.<area>.onChanged`: that area's alone.
    Of(Area),
}

/// Registers a listener for storage changes.
pub fn on_storage_changed(changes: Changes, listener: &Function) -> Result<(), ApiError> {
    let storage = storage()?;
    let event = match changes {
        Changes::AllAreas => storage.on_changed(),
        Changes::Of(at) => area(at)?.on_changed(),
    };
    event
        .ok_or(ApiError::Unavailable(Api::StorageEvent))?
        .add_listener(listener)?;
    Ok(())
}

/// The URL of a file inside the extension.
pub fn extension_url(path: &str) -> Result<String, ApiError> {
    runtime()?
        .get_url(path)?
        .as_string()
        .ok_or(ApiError::Unavailable(Api::RuntimeUrl))
}

/// Sets the toolbar badge's text and colour.
pub async fn set_badge(text: &str, colour: &str) -> Result<(), ApiError> {
    let action = namespace()?
        .action()
        .ok_or(ApiError::Unavailable(Api::Action))?;
    let details = Object::new();
    Reflect::set(&details, &"text".into(), &text.into())?;
    settle(action.set_badge_text(&details)).await?;
    let details = Object::new();
    Reflect::set(&details, &"color".into(), &colour.into())?;
    settle(action.set_badge_background_color(&details))
        .await
        .map(drop)
}

/// Whether system notifications may be shown (the optional permission was granted).
pub fn can_notify() -> bool {
    namespace().is_ok_and(|ns| ns.notifications().is_some())
}

/// Shows a basic system notification.
pub async fn notify(id: &str, title: &str, message: &str) -> Result<(), ApiError> {
    let notifications = namespace()?
        .notifications()
        .ok_or(ApiError::Unavailable(Api::Notifications))?;
    let options = Object::new();
    let icon = extension_url("icons/icon-128.png").unwrap_or_default();
    for (key, value) in [
        ("type", "basic"),
        ("iconUrl", icon.as_str()),
        ("title", title),
        ("message", message),
    ] {
        Reflect::set(&options, &key.into(), &value.into())?;
    }
    settle(notifications.create(id, &options)).await.map(drop)
}

/// Several storage keys, for one call.
pub fn keys(keys: &[&str]) -> JsValue {
    keys.iter()
        .map(|key| JsValue::from_str(key))
        .collect::<Array>()
        .into()
}
