//! The content engine's side of [`crate::wire`]: the browser's `JSON.parse` builds the tree of a
//! reply and [`crate::wire::read_reply`] picks its fields through `Reflect`. It imports nothing
//! of the edge (`ext` calls it and turns its [`ReplyError`] into its own error).

use crate::messages::Reply;
use crate::wire::{read_reply, Tree, WireError};
use js_sys::{Array, Reflect};
use wasm_bindgen::JsValue;

/// Why a reply text could not be read.
#[derive(Debug)]
pub enum ReplyError {
    /// The text is not JSON.
    NotJson,
    /// JSON, but not a reply.
    Bad(WireError),
}

/// Parses reply text.
pub fn decode(text: &str) -> Result<Reply, ReplyError> {
    let value = js_sys::JSON::parse(text).map_err(|_| ReplyError::NotJson)?;
    read_reply(&value).map_err(ReplyError::Bad)
}

impl Tree for JsValue {
    fn get(&self, key: &str) -> Option<Self> {
        if !self.is_object() {
            return None;
        }
        let value = Reflect::get(self, &JsValue::from_str(key)).ok()?;
        (!value.is_undefined()).then_some(value)
    }
    fn is_null(&self) -> bool {
        JsValue::is_null(self)
    }
    fn string(&self) -> Option<String> {
        self.as_string()
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        Array::is_array(self).then(|| Array::from(self).iter().collect())
    }
    fn empty(&self) -> Self {
        JsValue::NULL
    }
}
