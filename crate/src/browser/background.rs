//! The background: the only writer of storage (the ledger, the settings, the storage problem, the
//! page-structure report); the popup and the options page ask it. Each message loads the ledger
//! from storage (or takes the copy this worker decoded or saved last), applies one change, saves
//! it, and updates the badge. The service worker may be stopped at any time, so storage is always
//! the truth; the loader script hands messages over one at a time.
//!
//! What each request loads, changes, saves, notifies and answers is [`crate::plan`]'s; every
//! storage decision (what to load and write, the cache, damaged data kept aside, pruning when
//! storage is full) is [`crate::ledger::store`]'s, both with native tests; this file only carries
//! them out between the pure code and the browser's APIs.

use super::ext::{self, ApiError, Area, Changes};
use super::storage::{language, load_settings, LAYOUT_REPORT_KEY, SETTINGS_KEY};
use crate::i18n::common;
use crate::i18n::Lang;
use crate::ledger::problem::{SaveCause, StorageProblem};
use crate::ledger::store::{self, AfterFailure, Cache, Held, Need, Stored};
use crate::ledger::{self, Ledger};
use crate::messages::{Problem, Reply, Request, Snapshot};
use crate::plan::{self, Report, Save, Step};
use crate::settings::Settings;
use crate::surfaces;
use js_sys::{Object, Reflect};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::ledger::store::{LEDGER_BACKUP_KEY, LEDGER_KEY, PENDING_KEY, STORAGE_PROBLEM_KEY};

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

/// Keeps the report of a page that was not understood, or forgets it ([`plan::Report`]).
async fn keep_layout_report(report: Report) {
    let stored = match report {
        Report::Keep(report) => {
            ext::storage_set(Area::Local, LAYOUT_REPORT_KEY, &report.into()).await
        }
        Report::Forget => ext::storage_remove(Area::Local, LAYOUT_REPORT_KEY).await,
        Report::Leave => Ok(()),
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

/// Saves the settings, as a plain object (readable in the browser's storage viewer).
async fn save_settings(settings: &Settings) -> Result<(), ApiError> {
    let value = to_js(settings)?;
    ext::storage_set(Area::Sync, SETTINGS_KEY, &value).await
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
            let fresh = Rc::new(Ledger::new());
            save(Rc::clone(&fresh), Some(JsValue::UNDEFINED), true).await?;
            Ok((fresh, Held::Whole))
        }
    }
}

/// The keys of every damaged copy kept aside (the values of the other keys, the ledger's texts
/// among them, stay in JS).
async fn damaged_keys() -> Result<(Object, Vec<String>), ApiError> {
    let all = ext::storage_get_items(Area::Local, &JsValue::NULL).await?;
    let object: Object = all.into();
    let keys = Object::keys(&object)
        .iter()
        .filter_map(|key| key.as_string())
        .filter(|key| store::is_backup_key(key))
        .collect();
    Ok((object, keys))
}

/// What the popup and the options page show (see [`Snapshot`]).
async fn snapshot(with_copies: bool) -> Result<Reply, ApiError> {
    let (ledger, _) = load(Need::Whole).await?;
    let (all, damaged) = damaged_keys().await?;
    let text = |key: &str| Reflect::get(&all, &key.into()).ok()?.as_string();
    let damaged_copies = if with_copies {
        (damaged.iter())
            .filter_map(|key| Some((key.clone(), text(key)?)))
            .collect()
    } else {
        BTreeMap::new()
    };
    Ok(Reply::Snapshot(Box::new(Snapshot {
        history: ledger::encode_json(&ledger),
        damaged_kept: !damaged.is_empty(),
        damaged_copies,
        storage_problem: text(STORAGE_PROBLEM_KEY)
            .as_deref()
            .and_then(StorageProblem::from_stored),
        layout_report: text(LAYOUT_REPORT_KEY),
    })))
}

/// Saves what [`store::plan_save`] says, in one `set`, and caches the ledger saved.
async fn save(ledger: Rc<Ledger>, read: Read, pending_changed: bool) -> Result<(), ApiError> {
    let stored_pending = read.as_ref().and_then(JsValue::as_string);
    let write = store::plan_save(
        &ledger,
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
    // The ledger itself, shared, not a copy of it.
    keep(news, pending, ledger);
    let saved = ext::storage_set_items(Area::Local, &items).await;
    if saved.is_err() {
        forget();
    }
    saved
}

/// Saves the ledger; if that fails, prunes old history and tries once more. Either way a failure
/// is written down for the popup; the error is returned when the history could not be saved.
async fn persist(
    ledger: Ledger,
    read: Read,
    pending_changed: bool,
    now: i64,
) -> Result<Rc<Ledger>, ApiError> {
    let shared = Rc::new(ledger);
    let Err(first) = save(Rc::clone(&shared), read.clone(), pending_changed).await else {
        return Ok(shared);
    };
    // The failed save forgot the cache: this is the only copy, taken back without copying.
    let mut ledger = Rc::unwrap_or_clone(shared);
    let pruned = store::prune_for_space(&mut ledger, now);
    let shared = Rc::new(ledger);
    let saved = pruned > 0
        && save(Rc::clone(&shared), read, pending_changed)
            .await
            .is_ok();
    let outcome = if saved {
        AfterFailure::SavedAfterPruning { pruned }
    } else {
        AfterFailure::NotSaved
    };
    let problem = store::problem_after(&first.to_string(), outcome);
    let stored = JsValue::from_str(&problem.to_stored());
    let _ = ext::storage_set(Area::Local, STORAGE_PROBLEM_KEY, &stored).await;
    if saved {
        Ok(shared)
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
    // The details go to the console, for developers; the surfaces word the problem.
    let reply = match request {
        Ok(request) => match apply(request).await {
            Ok(reply) => reply,
            Err(error) => {
                web_sys::console::warn_1(&format!("Invite Watch: {error}").into());
                Reply::Failed {
                    problem: problem_of(&error),
                }
            }
        },
        Err(error) => {
            web_sys::console::warn_1(
                &format!("Invite Watch: a message not understood: {error}").into(),
            );
            Reply::Failed {
                problem: Problem::NotUnderstood,
            }
        }
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

/// What a failed request tells the surfaces.
fn problem_of(error: &ApiError) -> Problem {
    match error {
        ApiError::Browser(Some(message)) if SaveCause::of(message) == SaveCause::Full => {
            Problem::StorageFull
        }
        _ => Problem::Storage,
    }
}

/// Carries out what [`plan`] decides for the request.
async fn apply(request: Request) -> Result<Reply, ApiError> {
    let clock = ext::clock();
    let now = clock.now_ms;
    let settings = load_settings().await;
    let ctx = plan::Context {
        settings: &settings,
        lang: language(&settings),
        now_ms: now,
        utc_offset_minutes: clock.utc_offset_minutes,
    };
    match plan::step(&request, &settings) {
        Step::SaveSettings(wanted) => {
            save_settings(&wanted).await?;
            Ok(Reply::Done)
        }
        Step::ClearHistory => clear_history().await,
        Step::NoCard => Ok(Reply::Card { card: None }),
        // Reads only: the shared copy, not copied, or the news without the pending entries.
        Step::Card { shown } => {
            let (ledger, _) = load(Need::Card).await?;
            Ok(plan::card_reply(&ledger, ctx, Some(&shown)))
        }
        Step::Snapshot { damaged_copies } => snapshot(damaged_copies).await,
        Step::Change(need) => {
            let (mut ledger, source) = load_to_change(need).await?;
            let outcome = plan::change(request, &mut ledger, ctx);
            keep_layout_report(outcome.report).await;
            let ledger = match outcome.save {
                Save::Nothing => Rc::new(ledger),
                Save::News => persist(ledger, source, false, now).await?,
                Save::Whole => persist(ledger, source, true, now).await?,
            };
            if outcome.badge {
                update_badge(&ledger).await;
            }
            notify(outcome.notify, ctx.lang).await;
            Ok(outcome.reply)
        }
    }
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
