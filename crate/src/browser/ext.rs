//! The WebExtension APIs the engine uses (`browser.*` in Firefox, `chrome.*` in Chrome), reached
//! through js-sys so that one build serves both browsers. Every call returns a typed error
//! instead of throwing.

use crate::messages::{Reply, Request};
use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A failed extension API call, with the browser's message.
#[derive(Debug, Clone)]
pub struct ApiError(pub String);

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<JsValue> for ApiError {
    fn from(value: JsValue) -> Self {
        let message = Reflect::get(&value, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .or_else(|| value.as_string())
            .unwrap_or_else(|| String::from("an error without a message"));
        ApiError(message)
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The script's own `globalThis`. Not `js_sys::global()`, which prefers `self`: in a Firefox
    /// content script `self` is the page's window, which has no extension API.
    #[wasm_bindgen(thread_local_v2, js_name = globalThis)]
    static GLOBAL_THIS: JsValue;
}

/// The script's own global object.
pub fn global_this() -> JsValue {
    GLOBAL_THIS.with(JsValue::clone)
}

/// `browser` where it exists (Firefox), else `chrome`.
fn namespace() -> Result<JsValue, ApiError> {
    let global = GLOBAL_THIS.with(JsValue::clone);
    for name in ["browser", "chrome"] {
        let value = Reflect::get(&global, &name.into())?;
        if value.is_object() {
            return Ok(value);
        }
    }
    Err(ApiError("no extension API in this context".into()))
}

/// The object at a dotted path under the namespace, e.g. `["storage", "local"]`.
pub fn object(path: &[&str]) -> Result<JsValue, ApiError> {
    let mut current = namespace()?;
    for part in path {
        current = Reflect::get(&current, &(*part).into())?;
        if current.is_undefined() {
            return Err(ApiError(format!("{} is not available", path.join("."))));
        }
    }
    Ok(current)
}

/// Calls `path.method(args…)` and awaits the result when it is a promise.
pub async fn call(path: &[&str], method: &str, args: &[JsValue]) -> Result<JsValue, ApiError> {
    let target = object(path)?;
    let function: Function = Reflect::get(&target, &method.into())?
        .dyn_into()
        .map_err(|_| ApiError(format!("{}.{method} is not a function", path.join("."))))?;
    let result = function.apply(&target, &args.iter().collect::<Array>())?;
    if result.has_type::<Promise>() {
        Ok(JsFuture::from(Promise::from(result)).await?)
    } else {
        Ok(result)
    }
}

/// Which storage area: `local` (this browser) or `sync` (follows the user).
#[derive(Debug, Clone, Copy)]
pub enum Area {
    Local,
    Sync,
}

impl Area {
    fn name(self) -> &'static str {
        match self {
            Area::Local => "local",
            Area::Sync => "sync",
        }
    }
}

/// Reads one key; `None` when absent.
pub async fn storage_get(area: Area, key: &str) -> Result<Option<JsValue>, ApiError> {
    let items = call(&["storage", area.name()], "get", &[key.into()]).await?;
    let value = Reflect::get(&items, &key.into())?;
    Ok((!value.is_undefined()).then_some(value))
}

/// Writes one key.
pub async fn storage_set(area: Area, key: &str, value: &JsValue) -> Result<(), ApiError> {
    let items = Object::new();
    Reflect::set(&items, &key.into(), value)?;
    call(&["storage", area.name()], "set", &[items.into()]).await?;
    Ok(())
}

/// Removes one key.
pub async fn storage_remove(area: Area, key: &str) -> Result<(), ApiError> {
    call(&["storage", area.name()], "remove", &[key.into()]).await?;
    Ok(())
}

/// Sends a message to the background and awaits its reply.
pub async fn send_message(message: &JsValue) -> Result<JsValue, ApiError> {
    call(&["runtime"], "sendMessage", std::slice::from_ref(message)).await
}

/// Sends a request to the background and decodes its reply. Both cross `runtime.sendMessage`
/// as one JSON string (see [`crate::messages`]): one copy across the wasm boundary each way,
/// rather than one call per field.
pub async fn send(request: &Request) -> Result<Reply, ApiError> {
    let text = crate::wire::write_request(request);
    let answer = send_message(&JsValue::from_str(&text)).await?;
    let Some(answer) = answer.as_string() else {
        return Err(ApiError("the background sent no reply".into()));
    };
    super::reply::decode(&answer)
}

/// Registers a listener on an event object such as `["storage", "onChanged"]`.
pub fn add_listener(path: &[&str], listener: &Function) -> Result<(), ApiError> {
    let target = object(path)?;
    let add: Function = Reflect::get(&target, &"addListener".into())?
        .dyn_into()
        .map_err(|_| ApiError(format!("{}.addListener is missing", path.join("."))))?;
    add.call1(&target, listener)?;
    Ok(())
}

/// The URL of a file inside the extension.
pub fn extension_url(path: &str) -> Result<String, ApiError> {
    let runtime = object(&["runtime"])?;
    let get_url: Function = Reflect::get(&runtime, &"getURL".into())?
        .dyn_into()
        .map_err(|_| ApiError("runtime.getURL is missing".into()))?;
    get_url
        .call1(&runtime, &path.into())?
        .as_string()
        .ok_or_else(|| ApiError("runtime.getURL returned no string".into()))
}
