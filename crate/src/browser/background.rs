//! The background: the ledger's only writer. Each message loads the ledger from storage (or takes
//! the copy this worker decoded or saved last, see [`CACHE`]), applies one change through the
//! pure [`crate::ledger`] rules, saves it, and updates the badge. The service worker may be
//! stopped at any time, so storage is always the truth; the loader script hands messages over one
//! at a time.

use super::ext::{self, ApiError, Area};
use crate::ledger::{self, Ledger, Observation};
use crate::messages::{Reply, Request};
use crate::settings::Settings;
use crate::surfaces;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

thread_local! {
    /// The background's decoded ledger and the exact text it was last saved as (the JS string
    /// itself: compared in JS, never copied back into wasm), kept while the worker lives so that
    /// a message need not read and decode the whole ledger again. Shared (`Rc`) so that a message
    /// that only reads it copies nothing. Dropped whenever the stored text changes to anything
    /// else (see [`watch_for_other_writers`]); a stopped worker simply starts without it.
    static CACHE: RefCell<Option<Cached>> = const { RefCell::new(None) };
    static WATCHING: RefCell<bool> = const { RefCell::new(false) };
}

/// What [`CACHE`] holds.
struct Cached {
    /// The stored text it was decoded from or saved as.
    text: JsValue,
    ledger: Rc<Ledger>,
    /// `false`: decoded without the pending entries (see [`load_news`]), good only for reading
    /// the news.
    whole: bool,
}

/// The cached ledger, if any (`whole`: only a whole one).
fn cached(whole: bool) -> Option<Rc<Ledger>> {
    CACHE.with(|cache| {
        let cache = cache.borrow();
        let cached = cache.as_ref().filter(|c| c.whole || !whole)?;
        Some(Rc::clone(&cached.ledger))
    })
}

fn keep(text: JsValue, ledger: Rc<Ledger>, whole: bool) {
    CACHE.with(|cache| {
        *cache.borrow_mut() = Some(Cached {
            text,
            ledger,
            whole,
        })
    });
}

/// Drops the cache when `storage.local.ledger` changes to a text this worker did not write
/// (the background is the ledger's only writer, so this is a safety net).
fn watch_for_other_writers() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let on_change =
        Closure::<dyn FnMut(JsValue, JsValue)>::new(|changes: JsValue, area: JsValue| {
            if area.as_string().as_deref() != Some("local") {
                return;
            }
            let Ok(change) = Reflect::get(&changes, &LEDGER_KEY.into()) else {
                return;
            };
            if change.is_undefined() {
                return;
            }
            let new_text = Reflect::get(&change, &"newValue".into()).unwrap_or(JsValue::UNDEFINED);
            CACHE.with(|cache| {
                let mut cache = cache.borrow_mut();
                // `==` on two JS strings: compared by the JS engine, nothing copied.
                let ours = matches!(&*cache, Some(c) if c.text.is_string() && c.text == new_text);
                if !ours {
                    *cache = None;
                }
            });
        });
    let _ = ext::add_listener(
        &["storage", "onChanged"],
        on_change.as_ref().unchecked_ref(),
    );
    on_change.forget();
}

/// The ledger for a message in the background: the cached copy when this worker holds one.
async fn load_ledger_cached() -> Result<Rc<Ledger>, ApiError> {
    watch_for_other_writers();
    if let Some(ledger) = cached(true) {
        return Ok(ledger);
    }
    load_ledger_shared().await
}

/// The ledger for a message that only reads the news (the in-page card): the cached copy when
/// this worker holds one, otherwise the stored ledger without its pending entries
/// ([`ledger::decode_without_pending`]: a worker's first card need not decode thousands of
/// entries it does not show). That copy is cached as not whole: good for the next card, never
/// for a change. Anything it cannot decode goes through the full load, which keeps damaged text
/// aside.
async fn load_news() -> Result<Rc<Ledger>, ApiError> {
    watch_for_other_writers();
    if let Some(ledger) = cached(false) {
        return Ok(ledger);
    }
    let Some(stored) = ext::storage_get(Area::Local, LEDGER_KEY).await? else {
        return Ok(Rc::new(Ledger::new()));
    };
    let text = stored.as_string();
    let partial = text.as_deref().map(ledger::decode_without_pending);
    match partial {
        Some(Ok(ledger)) => {
            let ledger = Rc::new(ledger);
            keep(stored, Rc::clone(&ledger), false);
            Ok(ledger)
        }
        _ => load_ledger_cached().await,
    }
}

/// The ledger to change: the cached copy is taken out of the cache (so that it is not copied
/// when this is its only user); the save puts the changed one back.
async fn load_ledger_to_change() -> Result<Ledger, ApiError> {
    let shared = load_ledger_cached().await?;
    CACHE.with(|cache| *cache.borrow_mut() = None);
    Ok(Rc::unwrap_or_clone(shared))
}

/// Storage keys.
pub const LEDGER_KEY: &str = "ledger";
pub const LEDGER_BACKUP_KEY: &str = "ledgerBackup";
pub const SETTINGS_KEY: &str = "settings";
/// A plain-words note about the last storage problem (e.g. the quota), shown by the popup.
pub const STORAGE_PROBLEM_KEY: &str = "storageProblem";

/// When saving fails (most likely the storage quota), history older than this many days is
/// pruned and the save tried once more.
const EMERGENCY_RETENTION_DAYS: u32 = 30;

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Loads the settings; anything unreadable takes its default.
pub async fn load_settings() -> Settings {
    let stored = ext::storage_get(Area::Sync, SETTINGS_KEY)
        .await
        .ok()
        .flatten()
        .and_then(|value| js_sys::JSON::stringify(&value).ok())
        .and_then(|text| text.as_string())
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .unwrap_or(serde_json::Value::Null);
    Settings::from_json(&stored)
}

/// Saves the settings.
pub async fn save_settings(settings: &Settings) -> Result<(), ApiError> {
    // Stored as a plain object (readable in the browser's storage viewer), made from JSON text.
    let text = serde_json::to_string(settings).map_err(|error| ApiError(error.to_string()))?;
    let value = js_sys::JSON::parse(&text)?;
    ext::storage_set(Area::Sync, SETTINGS_KEY, &value).await
}

/// Loads the ledger (for the popup and options page, which keep nothing). See
/// [`load_ledger_shared`].
pub async fn load_ledger() -> Result<Ledger, ApiError> {
    load_ledger_shared().await.map(Rc::unwrap_or_clone)
}

/// Loads the ledger from storage, and keeps it in [`CACHE`] when it decoded. A ledger that
/// cannot be decoded — or is not even text — is kept aside under a backup key (never silently
/// wiped) and a fresh one is started.
async fn load_ledger_shared() -> Result<Rc<Ledger>, ApiError> {
    let Some(stored) = ext::storage_get(Area::Local, LEDGER_KEY).await? else {
        return Ok(Rc::new(Ledger::new()));
    };
    let (ledger, damaged) = match stored.as_string() {
        Some(text) => {
            let (ledger, recovery) = ledger::decode_or_recover(&text);
            match recovery {
                Some(_) => (ledger, Some(text)),
                None => {
                    let ledger = Rc::new(ledger);
                    keep(stored, Rc::clone(&ledger), true);
                    return Ok(ledger);
                }
            }
        }
        None => {
            let kept = js_sys::JSON::stringify(&stored)
                .ok()
                .and_then(|json| json.as_string())
                .unwrap_or_else(|| format!("{stored:?}"));
            (Ledger::new(), Some(kept))
        }
    };
    if let Some(text) = damaged {
        keep_aside(&text).await?;
        save_ledger(&ledger).await?;
    }
    Ok(Rc::new(ledger))
}

/// Keeps a damaged ledger's text under [`LEDGER_BACKUP_KEY`], or — when a copy is already kept
/// there — under a key of its own (`ledgerBackup-<time>`), so that no earlier copy is lost.
async fn keep_aside(text: &str) -> Result<(), ApiError> {
    let key = if ext::storage_get(Area::Local, LEDGER_BACKUP_KEY)
        .await?
        .is_some()
    {
        format!("{LEDGER_BACKUP_KEY}-{}", now_ms())
    } else {
        LEDGER_BACKUP_KEY.to_owned()
    };
    ext::storage_set(Area::Local, &key, &JsValue::from_str(text)).await
}

/// Every damaged copy kept aside, by storage key.
pub async fn damaged_copies() -> Vec<(String, String)> {
    let Ok(all) = ext::call(&["storage", "local"], "get", &[JsValue::NULL]).await else {
        return Vec::new();
    };
    js_sys::Object::entries(&all.into())
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            let key = pair.get(0).as_string()?;
            let text = pair.get(1).as_string()?;
            key.starts_with(LEDGER_BACKUP_KEY).then_some((key, text))
        })
        .collect()
}

async fn save_ledger(ledger: &Ledger) -> Result<(), ApiError> {
    let text = JsValue::from_str(&ledger::encode(ledger));
    // Cached before the write, so that the change event of this very write is recognised.
    keep(text.clone(), Rc::new(ledger.clone()), true);
    let saved = ext::storage_set(Area::Local, LEDGER_KEY, &text).await;
    if saved.is_err() {
        CACHE.with(|cache| *cache.borrow_mut() = None);
    }
    saved
}

/// Saves the ledger; if that fails, prunes old history and tries once more. Either way a failure
/// is written down (in a few bytes) for the popup to report; the error is returned when the
/// history could not be saved at all.
async fn persist(ledger: &mut Ledger, now: i64) -> Result<(), ApiError> {
    let Err(first) = save_ledger(ledger).await else {
        return Ok(());
    };
    let pruned = ledger::prune(ledger, now, EMERGENCY_RETENTION_DAYS);
    let saved = pruned > 0 && save_ledger(ledger).await.is_ok();
    let note = if saved {
        format!(
            "Storage was full ({first}), so Invite Watch removed {pruned} entries older than {EMERGENCY_RETENTION_DAYS} days."
        )
    } else {
        format!("Invite Watch could not save its history: {first}.")
    };
    let _ = ext::storage_set(Area::Local, STORAGE_PROBLEM_KEY, &JsValue::from_str(&note)).await;
    if saved {
        Ok(())
    } else {
        Err(first)
    }
}

async fn update_badge(ledger: &Ledger) {
    let details = Object::new();
    let _ = Reflect::set(
        &details,
        &"text".into(),
        &surfaces::badge_text(ledger).into(),
    );
    let _ = ext::call(&["action"], "setBadgeText", &[details.into()]).await;
    let colour = Object::new();
    let _ = Reflect::set(&colour, &"color".into(), &"#b24020".into());
    let _ = ext::call(&["action"], "setBadgeBackgroundColor", &[colour.into()]).await;
}

/// Shows a system notification for new vanishes, if the user turned them on (and granted the
/// optional permission).
async fn notify(count: usize) {
    if count == 0 || ext::object(&["notifications"]).is_err() {
        return;
    }
    let options = Object::new();
    let entries: [(&str, JsValue); 4] = [
        ("type", "basic".into()),
        (
            "iconUrl",
            ext::extension_url("icons/icon-128.png")
                .unwrap_or_default()
                .into(),
        ),
        ("title", "Invite Watch".into()),
        (
            "message",
            if count == 1 {
                "An invitation left your list. Open Invite Watch to see why it may have happened."
                    .into()
            } else {
                "Some invitations changed. Open Invite Watch to see what happened.".into()
            },
        ),
    ];
    for (key, value) in entries {
        let _ = Reflect::set(&options, &key.into(), &value);
    }
    let _ = ext::call(
        &["notifications"],
        "create",
        &["invite-watch".into(), options.into()],
    )
    .await;
}

/// Handles one message from a content script or an extension page: a [`Request`] as JSON text
/// (what the engines send), or as a plain object (what a test or a console may send); the reply
/// is a [`Reply`] as JSON text.
pub async fn handle(message: JsValue) -> Result<JsValue, JsValue> {
    let text = message
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&message).ok()?.as_string())
        .unwrap_or_default();
    let reply = match serde_json::from_str::<Request>(&text) {
        Ok(request) => match apply(request).await {
            Ok(reply) => reply,
            Err(error) => Reply::Failed {
                message: format!("Invite Watch could not save its history: {error}"),
            },
        },
        Err(error) => Reply::Failed {
            message: format!("Invite Watch did not understand a message: {error}"),
        },
    };
    serde_json::to_string(&reply)
        .map(|text| JsValue::from_str(&text))
        .map_err(|error| JsValue::from_str(&error.to_string()))
}

async fn apply(request: Request) -> Result<Reply, ApiError> {
    let now = now_ms();
    let settings = load_settings().await;
    if let Request::CurrentCard { shown } = &request {
        if !settings.in_page_card {
            return Ok(Reply::Card { card: None });
        }
        // Reads only: the shared copy, not copied, or the news without the pending entries.
        let ledger = load_news().await?;
        return Ok(Reply::Card {
            card: surfaces::card_model_including(&ledger, settings.tone, shown).map(Box::new),
        });
    }
    let mut ledger = load_ledger_to_change().await?;
    let card = |ledger: &Ledger| Reply::Card {
        card: settings
            .in_page_card
            .then(|| surfaces::card_model(ledger, settings.tone))
            .flatten()
            .map(Box::new),
    };
    let reply = match request {
        Request::PageRead { read, settled, .. } => {
            let observation = Observation { read, settled };
            let events = ledger::apply_observation(&mut ledger, &observation, now);
            ledger::prune(&mut ledger, now, settings.retention_days);
            persist(&mut ledger, now).await?;
            update_badge(&ledger).await;
            let raised = events.iter().filter(|event| !event.seen_by_user).count();
            if settings.notifications {
                notify(raised).await;
            }
            card(&ledger)
        }
        Request::UserActed {
            account,
            key,
            action,
        } => {
            ledger::record_action(&mut ledger, account.as_deref(), &key, action, now);
            persist(&mut ledger, now).await?;
            Reply::Done
        }
        Request::ResolveByUser { account, key } => {
            ledger::resolve_by_user(&mut ledger, Some(&account), &key, now);
            persist(&mut ledger, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::ResolveEvent { event_id } => {
            ledger::resolve_event(&mut ledger, event_id, now);
            persist(&mut ledger, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::MarkSeen { ids } => {
            ledger::mark_events_seen(&mut ledger, &ids);
            persist(&mut ledger, now).await?;
            update_badge(&ledger).await;
            Reply::Done
        }
        // Answered above, without taking the ledger out of the cache.
        Request::CurrentCard { .. } => card(&ledger),
        Request::ClearHistory => {
            let fresh = Ledger::new();
            save_ledger(&fresh).await?;
            let _ = ext::storage_remove(Area::Local, STORAGE_PROBLEM_KEY).await;
            update_badge(&fresh).await;
            Reply::Card { card: None }
        }
    };
    Ok(reply)
}
