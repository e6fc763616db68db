//! The background: the ledger's only writer. Each message loads the ledger from storage (or takes
//! the copy this worker decoded or saved last), applies one change through the pure
//! [`crate::ledger`] rules, saves it, and updates the badge. The service worker may be stopped at
//! any time, so storage is always the truth; the loader script hands messages over one at a time.
//!
//! Every storage decision (what to load and write, the cache, damaged data kept aside, pruning
//! when storage is full) is [`crate::ledger::store`]'s, with native tests; this file only moves
//! values between it and `storage.local`.

use super::ext::{self, ApiError, Area, Changes};
use crate::diff::{self, Observation};
use crate::i18n::common;
use crate::i18n::Lang;
use crate::ledger::store::{self, AfterFailure, Cache, Held, Need, Stored};
use crate::ledger::{self, Ledger};
use crate::messages::{Reply, Request};
use crate::settings::Settings;
use crate::surfaces;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

pub use crate::ledger::store::{LEDGER_BACKUP_KEY, LEDGER_KEY, PENDING_KEY, STORAGE_PROBLEM_KEY};

thread_local! {
    /// The ledger this worker decoded or saved last, with the stored JS strings it came from
    /// (compared in JS, never copied back into wasm). A stopped worker starts without it.
    static CACHE: RefCell<Cache<JsValue>> = const { RefCell::new(Cache::new()) };
    static WATCHING: RefCell<bool> = const { RefCell::new(false) };
}

fn cached(need: Need) -> Option<(Rc<Ledger>, Held)> {
    CACHE.with(|cache| cache.borrow().get(need))
}

/// Caches a ledger (`pending`: the stored `ledgerPending` value, when it holds both texts); from
/// then on, other writers are watched for.
fn keep(news: JsValue, pending: Option<JsValue>, ledger: Rc<Ledger>) {
    watch_for_other_writers();
    CACHE.with(|cache| cache.borrow_mut().keep(news, pending, ledger));
}

fn forget() {
    CACHE.with(|cache| cache.borrow_mut().forget());
}

/// Hands `storage.onChanged` for the ledger's keys to the cache (the background is the ledger's
/// only writer, so this is a safety net).
fn watch_for_other_writers() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let on_change =
        Closure::<dyn FnMut(JsValue, JsValue)>::new(|changes: JsValue, area: JsValue| {
            if area.as_string().as_deref() != Some("local") {
                return;
            }
            let new_value = |key: &str| {
                let change = Reflect::get(&changes, &key.into()).ok()?;
                (!change.is_undefined()).then(|| {
                    Reflect::get(&change, &"newValue".into()).unwrap_or(JsValue::UNDEFINED)
                })
            };
            let news = new_value(LEDGER_KEY);
            let pending = new_value(PENDING_KEY);
            CACHE.with(|cache| cache.borrow_mut().changed(news.as_ref(), pending.as_ref()));
        });
    let _ = ext::on_storage_changed(Changes::AllAreas, on_change.as_ref().unchecked_ref());
    // The worker's one listener, for as long as it lives.
    on_change.forget();
}

/// The ledger for a message that needs `need` of it: the cached copy when it serves; otherwise,
/// for the card and for changes to no pending entry, the news text alone; otherwise both texts.
/// A news text that does not decode goes through the whole load, which keeps damage aside.
async fn load(need: Need) -> Result<(Rc<Ledger>, Held), ApiError> {
    watch_for_other_writers();
    if let Some(found) = cached(need) {
        return Ok(found);
    }
    if need != Need::Whole {
        if let Some(stored) = ext::storage_get(Area::Local, LEDGER_KEY).await? {
            if let Some(Ok(news)) = stored.as_string().as_deref().map(ledger::decode_news) {
                let ledger = Rc::new(news);
                keep(stored, None, Rc::clone(&ledger));
                return Ok((ledger, Held::News));
            }
        }
    }
    load_whole().await
}

/// What a ledger to change was read from: the stored `ledgerPending` value when both texts were
/// read ([`Held::Whole`]), nothing when the news alone was.
type Read = Option<JsValue>;

fn held(read: &Read) -> Held {
    match read {
        Some(_) => Held::Whole,
        None => Held::News,
    }
}

/// The ledger to change: taken out of the cache (so that it is not copied when this is its only
/// user); the save puts the changed one back.
async fn load_to_change(need: Need) -> Result<(Ledger, Read), ApiError> {
    let (shared, _) = load(need).await?;
    let read = CACHE.with(|cache| cache.borrow().pending().cloned());
    forget();
    Ok((Rc::unwrap_or_clone(shared), read))
}

/// The user's settings (`storage.sync`).
pub const SETTINGS_KEY: &str = "settings";
/// The page-structure report of the last read that was not understood (no names or text), for
/// the popup's "Copy a page-structure report".
pub const LAYOUT_REPORT_KEY: &str = "layoutReport";

/// Keeps the report of a page that was not understood; forgets it once a read that needed none
/// follows one that did (`had_problem`).
async fn keep_layout_report(report: Option<String>, had_problem: bool) {
    let stored = match report {
        Some(report) => ext::storage_set(Area::Local, LAYOUT_REPORT_KEY, &report.into()).await,
        None if had_problem => ext::storage_remove(Area::Local, LAYOUT_REPORT_KEY).await,
        None => Ok(()),
    };
    if let Err(error) = stored {
        web_sys::console::warn_1(
            &format!("Invite Watch: the page report was not kept: {error}").into(),
        );
    }
}

fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

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
/// ([`ext::browser_languages`]): resolved alike here, for the in-page card and notifications,
/// and on the popup and options pages.
pub fn language(settings: &Settings) -> Lang {
    settings.lang(ext::browser_languages().iter().map(String::as_str))
}

/// Saves the settings, as a plain object (readable in the browser's storage viewer).
pub async fn save_settings(settings: &Settings) -> Result<(), ApiError> {
    let value = to_js(settings)?;
    ext::storage_set(Area::Sync, SETTINGS_KEY, &value).await
}

/// Loads the whole ledger (for the popup and options page, which keep nothing). See
/// [`load_whole`].
pub async fn load_ledger() -> Result<Ledger, ApiError> {
    load_whole()
        .await
        .map(|(ledger, _)| Rc::unwrap_or_clone(ledger))
}

/// A stored value under one of the ledger's keys, for [`store::load_whole`]: text, absent, or
/// (damage) anything else as its JSON.
fn stored(value: &JsValue) -> Stored {
    if value.is_undefined() {
        return Stored::Absent;
    }
    match value.as_string() {
        Some(text) => Stored::Text(text),
        None => Stored::NotText(
            js_sys::JSON::stringify(value)
                .ok()
                .and_then(|json| json.as_string())
                .unwrap_or_else(|| format!("{value:?}")),
        ),
    }
}

/// Loads the whole ledger (both keys, one `get`) and caches it. What does not decode is kept
/// aside under backup keys (one `set`), and a fresh ledger is started and saved.
async fn load_whole() -> Result<(Rc<Ledger>, Held), ApiError> {
    let items = ext::storage_get_items(Area::Local, &ext::keys(&[LEDGER_KEY, PENDING_KEY])).await?;
    let news = Reflect::get(&items, &LEDGER_KEY.into())?;
    let pending = Reflect::get(&items, &PENDING_KEY.into())?;
    let (news_stored, pending_stored) = (stored(&news), stored(&pending));
    let now = now_ms();
    let loaded = match store::load_whole(&news_stored, &pending_stored, false, now) {
        // Damage, with a copy kept aside already: keys of its own (this read only on damage).
        Err(_)
            if ext::storage_get(Area::Local, LEDGER_BACKUP_KEY)
                .await?
                .is_some() =>
        {
            store::load_whole(&news_stored, &pending_stored, true, now)
        }
        loaded => loaded,
    };
    match loaded {
        Ok(ledger) => {
            let ledger = Rc::new(ledger);
            keep(news, Some(pending), Rc::clone(&ledger));
            Ok((ledger, Held::Whole))
        }
        Err(kept) => {
            let items = Object::new();
            for (key, text) in &kept.items {
                Reflect::set(&items, &key.into(), &JsValue::from_str(text))?;
            }
            ext::storage_set_items(Area::Local, &items).await?;
            let fresh = Ledger::new();
            save(&fresh, Some(JsValue::UNDEFINED), true).await?;
            Ok((Rc::new(fresh), Held::Whole))
        }
    }
}

/// Every damaged copy kept aside, by storage key.
pub async fn damaged_copies() -> Vec<(String, String)> {
    let Ok(all) = ext::storage_get_items(Area::Local, &JsValue::NULL).await else {
        return Vec::new();
    };
    js_sys::Object::entries(&all.into())
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            let key = pair.get(0).as_string()?;
            let text = pair.get(1).as_string()?;
            store::is_backup_key(&key).then_some((key, text))
        })
        .collect()
}

/// Saves what [`store::plan_save`] says, in one `set`, and caches the ledger saved.
async fn save(ledger: &Ledger, read: Read, pending_changed: bool) -> Result<(), ApiError> {
    let stored_pending = read.as_ref().and_then(JsValue::as_string);
    let write = store::plan_save(
        ledger,
        held(&read),
        pending_changed,
        stored_pending.as_deref(),
    )
    .map_err(ApiError::Save)?;
    let items = Object::new();
    let news = JsValue::from_str(&write.news);
    Reflect::set(&items, &LEDGER_KEY.into(), &news)?;
    let pending = match write.pending {
        Some(text) => {
            let pending = JsValue::from_str(&text);
            Reflect::set(&items, &PENDING_KEY.into(), &pending)?;
            Some(pending)
        }
        // Unchanged: the value it was read as (if read).
        None => read,
    };
    // Cached before the write, so that the change events of this very write are recognised.
    keep(news, pending, Rc::new(ledger.clone()));
    let saved = ext::storage_set_items(Area::Local, &items).await;
    if saved.is_err() {
        forget();
    }
    saved
}

/// Saves the ledger; if that fails, prunes old history and tries once more. Either way a failure
/// is written down for the popup; the error is returned when the history could not be saved.
async fn persist(
    ledger: &mut Ledger,
    read: Read,
    pending_changed: bool,
    now: i64,
) -> Result<(), ApiError> {
    let Err(first) = save(ledger, read.clone(), pending_changed).await else {
        return Ok(());
    };
    let pruned = store::prune_for_space(ledger, now);
    let saved = pruned > 0 && save(ledger, read, pending_changed).await.is_ok();
    let outcome = if saved {
        AfterFailure::SavedAfterPruning { pruned }
    } else {
        AfterFailure::NotSaved
    };
    let note = store::problem_note(&first.to_string(), outcome);
    let _ = ext::storage_set(Area::Local, STORAGE_PROBLEM_KEY, &JsValue::from_str(&note)).await;
    if saved {
        Ok(())
    } else {
        Err(first)
    }
}

async fn update_badge(ledger: &Ledger) {
    let _ = ext::set_badge(&surfaces::badge_text(ledger), "#b24020").await;
}

/// Shows a system notification for new vanishes, if the user turned them on (and granted the
/// optional permission).
async fn notify(count: usize, lang: Lang) {
    if count == 0 || !ext::can_notify() {
        return;
    }
    let message = if count == 1 {
        common(lang).ui.notify_one
    } else {
        common(lang).ui.notify_many
    };
    let _ = ext::notify("invite-watch", "Invite Watch", message).await;
}

/// Handles one message from a content script or an extension page: a [`Request`] as a plain JS
/// object (what the engines send), answered with a [`Reply`] object (serde-wasm-bindgen,
/// JSON-compatible: `None` is `null`, maps are objects); or as JSON text (the benchmark, a
/// console), answered with JSON text.
pub async fn handle(message: JsValue) -> Result<JsValue, JsValue> {
    let text = message.as_string();
    let request = match &text {
        Some(text) => serde_json::from_str::<Request>(text).map_err(|e| e.to_string()),
        None => serde_wasm_bindgen::from_value::<Request>(message).map_err(|e| e.to_string()),
    };
    let reply = match request {
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
    match text {
        Some(_) => serde_json::to_string(&reply)
            .map(|text| JsValue::from_str(&text))
            .map_err(|error| JsValue::from_str(&error.to_string())),
        None => to_js(&reply),
    }
}

/// A value as a plain, JSON-compatible JS object.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    value.serialize(&serializer).map_err(JsValue::from)
}

async fn apply(request: Request) -> Result<Reply, ApiError> {
    let now = now_ms();
    let settings = load_settings().await;
    let lang = language(&settings);
    if let Request::CurrentCard { shown } = &request {
        if !settings.in_page_card {
            return Ok(Reply::Card { card: None });
        }
        // Reads only: the shared copy, not copied, or the news without the pending entries.
        let (ledger, _) = load(Need::Card).await?;
        return Ok(Reply::Card {
            card: surfaces::card_model_including(&ledger, settings.tone, lang, shown, ext::clock())
                .map(Box::new),
        });
    }
    // A page read and a click on an invitation change pending entries: the whole ledger, both
    // keys saved. The others change no pending entry: the news suffices, and only it is saved.
    let pending_changed = matches!(
        request,
        Request::PageRead { .. } | Request::UserActed { .. } | Request::ClearHistory
    );
    let need = if pending_changed {
        Need::Whole
    } else {
        Need::News
    };
    if let Request::ClearHistory = request {
        return clear_history().await;
    }
    let (mut ledger, source) = load_to_change(need).await?;
    let card = |ledger: &Ledger| Reply::Card {
        card: settings
            .in_page_card
            .then(|| surfaces::card_model(ledger, settings.tone, lang, ext::clock()))
            .flatten()
            .map(Box::new),
    };
    let reply = match request {
        Request::PageRead {
            read,
            settled,
            report,
            ..
        } => {
            let had_problem = surfaces::last_read_had_problem(&ledger);
            keep_layout_report(report, had_problem).await;
            let observation = Observation { read, settled };
            let events = diff::apply_observation(&mut ledger, &observation, now);
            diff::prune(&mut ledger, now, settings.retention_days);
            persist(&mut ledger, source.clone(), pending_changed, now).await?;
            update_badge(&ledger).await;
            let raised = events.iter().filter(|event| !event.seen_by_user).count();
            if settings.notifications {
                notify(raised, lang).await;
            }
            card(&ledger)
        }
        Request::UserActed {
            account,
            key,
            action,
        } => {
            diff::record_action(&mut ledger, account.as_deref(), &key, action, now);
            persist(&mut ledger, source.clone(), pending_changed, now).await?;
            Reply::Done
        }
        Request::ResolveByUser { account, key } => {
            diff::resolve_by_user(&mut ledger, Some(&account), &key, now);
            persist(&mut ledger, source.clone(), pending_changed, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::ResolveEvent { event_id } => {
            diff::resolve_event(&mut ledger, event_id, now);
            persist(&mut ledger, source.clone(), pending_changed, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::MarkSeen { ids } => {
            diff::mark_events_seen(&mut ledger, &ids);
            persist(&mut ledger, source.clone(), pending_changed, now).await?;
            update_badge(&ledger).await;
            Reply::Done
        }
        // Answered above, without taking the ledger out of the cache.
        Request::CurrentCard { .. } => card(&ledger),
        // Answered above.
        Request::ClearHistory => Reply::Card { card: None },
    };
    Ok(reply)
}

/// Forgets all history: both keys removed in one call (and any storage problem noted).
async fn clear_history() -> Result<Reply, ApiError> {
    let fresh = Rc::new(Ledger::new());
    // Cached before the removal, so that its change events are recognised as ours.
    keep(
        JsValue::UNDEFINED,
        Some(JsValue::UNDEFINED),
        Rc::clone(&fresh),
    );
    let keys = ext::keys(&[LEDGER_KEY, PENDING_KEY]);
    if let Err(error) = ext::storage_remove_keys(Area::Local, &keys).await {
        forget();
        return Err(error);
    }
    let _ = ext::storage_remove(Area::Local, STORAGE_PROBLEM_KEY).await;
    update_badge(&fresh).await;
    Ok(Reply::Card { card: None })
}
