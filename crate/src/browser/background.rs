//! The background: the ledger's only writer. Each message loads the ledger from storage (or takes
//! the copy this worker decoded or saved last, see [`CACHE`]), applies one change through the
//! pure [`crate::ledger`] rules, saves it, and updates the badge. The service worker may be
//! stopped at any time, so storage is always the truth; the loader script hands messages over one
//! at a time.
//!
//! The ledger is stored under two keys ([`ledger::split`]): `ledger` (everything but the pending
//! entries) and `ledgerPending`. The card and every change to no pending entry (mark seen,
//! resolve) read and write `ledger` alone; a page read or a click on an invitation reads both in
//! one `get` and writes both in one `set`.

use super::ext::{self, ApiError, Area};
use crate::advice::texts::common;
use crate::advice::Lang;
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
    /// The background's decoded ledger and the exact texts it was last saved as (the JS strings
    /// themselves: compared in JS, never copied back into wasm), kept while the worker lives so
    /// that a message need not read and decode the ledger again. Shared (`Rc`) so that a message
    /// that only reads it copies nothing. Dropped whenever a stored text changes to anything
    /// else (see [`watch_for_other_writers`]); a stopped worker simply starts without it.
    static CACHE: RefCell<Option<Cached>> = const { RefCell::new(None) };
    static WATCHING: RefCell<bool> = const { RefCell::new(false) };
}

/// What [`CACHE`] holds.
struct Cached {
    /// The `ledger` text it was decoded from or saved as.
    news_text: JsValue,
    ledger: Rc<Ledger>,
    held: Held,
}

/// How much of the stored ledger a [`Cached`] or loaded ledger holds.
#[derive(Clone)]
enum Held {
    /// Everything: good for any message. `pending_text` is the stored `ledgerPending` text
    /// (`undefined` when absent); `split`: storage holds the split form, so a change to no pending
    /// entry may save the news alone (otherwise the next save writes both keys: the migration).
    Whole { pending_text: JsValue, split: bool },
    /// Decoded from `ledger` alone, which holds no pending entry: good for the card and for
    /// changes to no pending entry.
    News,
    /// Decoded from `ledger` alone, its pending entries skipped (a store not split yet): good for
    /// the card only.
    CardOnly,
}

/// What a message needs of the ledger.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Only reads the news (the card).
    Card,
    /// Changes no pending entry (mark seen, resolve): the news suffices.
    News,
    /// Every entry (a page read, a click on an invitation, the popup and options).
    Whole,
}

impl Held {
    fn serves(&self, need: Need) -> bool {
        match (self, need) {
            (Held::Whole { .. }, _) | (Held::News, Need::Card | Need::News) => true,
            (Held::CardOnly, Need::Card) => true,
            (Held::News | Held::CardOnly, _) => false,
        }
    }
}

/// The cached ledger, if it serves `need`.
fn cached(need: Need) -> Option<(Rc<Ledger>, Held)> {
    CACHE.with(|cache| {
        let cache = cache.borrow();
        let cached = cache.as_ref().filter(|c| c.held.serves(need))?;
        Some((Rc::clone(&cached.ledger), cached.held.clone()))
    })
}

/// Caches a ledger; from then on, other writers are watched for (whichever message came first).
fn keep(news_text: JsValue, ledger: Rc<Ledger>, held: Held) {
    watch_for_other_writers();
    CACHE.with(|cache| {
        *cache.borrow_mut() = Some(Cached {
            news_text,
            ledger,
            held,
        })
    });
}

fn forget() {
    CACHE.with(|cache| *cache.borrow_mut() = None);
}

/// Drops the cache when `storage.local.ledger` or `ledgerPending` changes to a text this worker
/// did not write (the background is the ledger's only writer, so this is a safety net).
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
            CACHE.with(|cache| {
                let mut cache = cache.borrow_mut();
                let Some(c) = &*cache else {
                    return;
                };
                // `==` on two JS strings: compared by the JS engine, nothing copied.
                let news_ours = news.as_ref().is_none_or(|text| c.news_text == *text);
                let pending_ours = match (&pending, &c.held) {
                    (None, _) => true,
                    (Some(text), Held::Whole { pending_text, .. }) => pending_text == text,
                    // Not read: nothing of it is cached.
                    (Some(_), Held::News | Held::CardOnly) => true,
                };
                if !(news_ours && pending_ours) {
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

/// The ledger for a message that needs `need` of it: the cached copy when this worker holds one
/// that serves it; otherwise, for the card and for changes to no pending entry, the `ledger` text
/// alone ([`ledger::decode_news`]: the pending entries are under a key of their own, or skipped
/// unread in a store not split yet); otherwise both keys. Anything that does not decode goes
/// through the whole load, which keeps damaged text aside.
async fn load(need: Need) -> Result<(Rc<Ledger>, Held), ApiError> {
    watch_for_other_writers();
    if let Some(found) = cached(need) {
        return Ok(found);
    }
    if need != Need::Whole {
        if let Some(stored) = ext::storage_get(Area::Local, LEDGER_KEY).await? {
            if let Some(Ok(news)) = stored.as_string().as_deref().map(ledger::decode_news) {
                let held = if news.skipped_pending {
                    Held::CardOnly
                } else {
                    Held::News
                };
                if held.serves(need) {
                    let ledger = Rc::new(news.ledger);
                    keep(stored, Rc::clone(&ledger), held.clone());
                    return Ok((ledger, held));
                }
            }
        }
    }
    load_whole().await
}

/// The ledger to change: the cached copy is taken out of the cache (so that it is not copied
/// when this is its only user); the save puts the changed one back.
async fn load_to_change(need: Need) -> Result<(Ledger, Held), ApiError> {
    let (shared, held) = load(need).await?;
    forget();
    Ok((Rc::unwrap_or_clone(shared), held))
}

/// Storage keys.
/// Everything but the pending entries ([`ledger::Split::news`]).
pub const LEDGER_KEY: &str = "ledger";
/// The pending entries ([`ledger::Split::pending`]).
pub const PENDING_KEY: &str = "ledgerPending";
pub const LEDGER_BACKUP_KEY: &str = "ledgerBackup";
pub const SETTINGS_KEY: &str = "settings";
/// A plain-words note about the last storage problem (e.g. the quota), shown by the popup.
pub const STORAGE_PROBLEM_KEY: &str = "storageProblem";
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

/// The browser's UI language tag: `i18n.getUILanguage()`, else `navigator.language`, else "".
pub fn browser_language() -> String {
    let from_i18n = ext::object(&["i18n"]).ok().and_then(|i18n| {
        let get = Reflect::get(&i18n, &"getUILanguage".into()).ok()?;
        let get: &js_sys::Function = get.dyn_ref()?;
        get.call0(&i18n).ok()?.as_string()
    });
    from_i18n
        .or_else(|| {
            let navigator = Reflect::get(&ext::global_this(), &"navigator".into()).ok()?;
            Reflect::get(&navigator, &"language".into())
                .ok()?
                .as_string()
        })
        .unwrap_or_default()
}

/// The language the surfaces speak: the one chosen on the options page, or the browser's.
pub fn language(settings: &Settings) -> Lang {
    settings.language.resolve(&browser_language())
}

/// Saves the settings.
pub async fn save_settings(settings: &Settings) -> Result<(), ApiError> {
    // Stored as a plain object (readable in the browser's storage viewer), made from JSON text.
    let text = serde_json::to_string(settings).map_err(|error| ApiError(error.to_string()))?;
    let value = js_sys::JSON::parse(&text)?;
    ext::storage_set(Area::Sync, SETTINGS_KEY, &value).await
}

/// Loads the whole ledger (for the popup and options page, which keep nothing). See
/// [`load_whole`].
pub async fn load_ledger() -> Result<Ledger, ApiError> {
    load_whole()
        .await
        .map(|(ledger, _)| Rc::unwrap_or_clone(ledger))
}

/// A stored value as text to keep aside: the text itself, or (not even text) its JSON.
fn as_kept_text(stored: &JsValue) -> String {
    stored.as_string().unwrap_or_else(|| {
        js_sys::JSON::stringify(stored)
            .ok()
            .and_then(|json| json.as_string())
            .unwrap_or_else(|| format!("{stored:?}"))
    })
}

/// Loads the whole ledger from storage (both keys, one `get`), and keeps it in [`CACHE`] when it
/// decoded. A ledger that cannot be decoded — either text, or a value that is not even text, or
/// pending entries without the rest — is kept aside under backup keys (never silently wiped)
/// and a fresh one is started.
async fn load_whole() -> Result<(Rc<Ledger>, Held), ApiError> {
    let keys = js_sys::Array::of2(&LEDGER_KEY.into(), &PENDING_KEY.into());
    let items = ext::call(&["storage", "local"], "get", &[keys.into()]).await?;
    let news = Reflect::get(&items, &LEDGER_KEY.into())?;
    let pending = Reflect::get(&items, &PENDING_KEY.into())?;
    let present = |value: &JsValue| !value.is_undefined();
    let news_text = news.as_string();
    let pending_text = pending.as_string();
    let not_text =
        (present(&news) && news_text.is_none()) || (present(&pending) && pending_text.is_none());
    if !not_text {
        let decoded = ledger::decode_split(news_text.as_deref(), pending_text.as_deref());
        if let Ok(ledger) = decoded {
            let ledger = Rc::new(ledger);
            // Split already when the `ledger` text holds no pending entry (or is absent): then
            // the pending ones are all under their own key.
            let split = news_text.as_deref().is_none_or(ledger::is_split_news);
            let held = Held::Whole {
                pending_text: pending,
                split,
            };
            keep(news, Rc::clone(&ledger), held.clone());
            return Ok((ledger, held));
        }
    }
    let damaged: Vec<(&str, String)> = [("", &news), ("-pending", &pending)]
        .into_iter()
        .filter(|(_, value)| present(value))
        .map(|(suffix, value)| (suffix, as_kept_text(value)))
        .collect();
    keep_aside(&damaged).await?;
    let fresh = Ledger::new();
    let held = Held::Whole {
        pending_text: JsValue::UNDEFINED,
        split: false,
    };
    let held = save(&fresh, held, true).await?;
    Ok((Rc::new(fresh), held))
}

/// Keeps a damaged ledger's texts aside: the `ledger` text under [`LEDGER_BACKUP_KEY`] (or — when
/// a copy is already kept there — under a key of its own, `ledgerBackup-<time>`, so that no
/// earlier copy is lost), the `ledgerPending` text under the same key followed by `-pending`.
/// One `set`.
async fn keep_aside(texts: &[(&str, String)]) -> Result<(), ApiError> {
    let base = if ext::storage_get(Area::Local, LEDGER_BACKUP_KEY)
        .await?
        .is_some()
    {
        format!("{LEDGER_BACKUP_KEY}-{}", now_ms())
    } else {
        LEDGER_BACKUP_KEY.to_owned()
    };
    let items = Object::new();
    for (suffix, text) in texts {
        Reflect::set(
            &items,
            &format!("{base}{suffix}").into(),
            &JsValue::from_str(text),
        )?;
    }
    ext::call(&["storage", "local"], "set", &[items.into()]).await?;
    Ok(())
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

/// Saves the ledger: the news alone when the change touched no pending entry
/// (`pending_changed` false) and storage is split already, otherwise both keys in one `set`.
/// Returns what the cache now holds.
async fn save(ledger: &Ledger, held: Held, pending_changed: bool) -> Result<Held, ApiError> {
    let items = Object::new();
    let (news_text, held) = match (held, pending_changed) {
        (
            Held::Whole {
                pending_text,
                split: true,
            },
            false,
        ) => (
            JsValue::from_str(&ledger::encode_news(ledger)),
            Held::Whole {
                pending_text,
                split: true,
            },
        ),
        (Held::News, false) => (JsValue::from_str(&ledger::encode_news(ledger)), Held::News),
        (Held::Whole { .. }, _) => {
            let split = ledger::encode_split(ledger);
            let pending_text = JsValue::from_str(&split.pending);
            Reflect::set(&items, &PENDING_KEY.into(), &pending_text)?;
            let held = Held::Whole {
                pending_text,
                split: true,
            };
            (JsValue::from_str(&split.news), held)
        }
        // Never asked for (see `load`): saving these would drop the pending entries.
        (Held::News, true) | (Held::CardOnly, _) => {
            return Err(ApiError(
                "a ledger read without its pending entries cannot be saved whole".to_string(),
            ))
        }
    };
    Reflect::set(&items, &LEDGER_KEY.into(), &news_text)?;
    // Cached before the write, so that the change events of this very write are recognised.
    keep(news_text, Rc::new(ledger.clone()), held.clone());
    let saved = ext::call(&["storage", "local"], "set", &[items.into()]).await;
    if saved.is_err() {
        forget();
    }
    saved.map(|_| held)
}

/// Saves the ledger (see [`save`]); if that fails, prunes old history and tries once more.
/// Either way a failure is written down (in a few bytes) for the popup to report; the error is
/// returned when the history could not be saved at all.
async fn persist(
    ledger: &mut Ledger,
    held: Held,
    pending_changed: bool,
    now: i64,
) -> Result<(), ApiError> {
    let Err(first) = save(ledger, held.clone(), pending_changed).await else {
        return Ok(());
    };
    let pruned = ledger::prune(ledger, now, EMERGENCY_RETENTION_DAYS);
    let saved = pruned > 0 && save(ledger, held, pending_changed).await.is_ok();
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
async fn notify(count: usize, lang: Lang) {
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
                common(lang).ui.notify_one.into()
            } else {
                common(lang).ui.notify_many.into()
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
    let lang = language(&settings);
    if let Request::CurrentCard { shown } = &request {
        if !settings.in_page_card {
            return Ok(Reply::Card { card: None });
        }
        // Reads only: the shared copy, not copied, or the news without the pending entries.
        let (ledger, _) = load(Need::Card).await?;
        return Ok(Reply::Card {
            card: surfaces::card_model_including(&ledger, settings.tone, lang, shown).map(Box::new),
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
    let (mut ledger, held) = load_to_change(need).await?;
    let card = |ledger: &Ledger| Reply::Card {
        card: settings
            .in_page_card
            .then(|| surfaces::card_model(ledger, settings.tone, lang))
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
            let events = ledger::apply_observation(&mut ledger, &observation, now);
            ledger::prune(&mut ledger, now, settings.retention_days);
            persist(&mut ledger, held, pending_changed, now).await?;
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
            ledger::record_action(&mut ledger, account.as_deref(), &key, action, now);
            persist(&mut ledger, held, pending_changed, now).await?;
            Reply::Done
        }
        Request::ResolveByUser { account, key } => {
            ledger::resolve_by_user(&mut ledger, Some(&account), &key, now);
            persist(&mut ledger, held, pending_changed, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::ResolveEvent { event_id } => {
            ledger::resolve_event(&mut ledger, event_id, now);
            persist(&mut ledger, held, pending_changed, now).await?;
            update_badge(&ledger).await;
            card(&ledger)
        }
        Request::MarkSeen { ids } => {
            ledger::mark_events_seen(&mut ledger, &ids);
            persist(&mut ledger, held, pending_changed, now).await?;
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
    let held = Held::Whole {
        pending_text: JsValue::UNDEFINED,
        split: true,
    };
    keep(JsValue::UNDEFINED, Rc::clone(&fresh), held);
    let keys = js_sys::Array::of2(&LEDGER_KEY.into(), &PENDING_KEY.into());
    if let Err(error) = ext::call(&["storage", "local"], "remove", &[keys.into()]).await {
        forget();
        return Err(error);
    }
    let _ = ext::storage_remove(Area::Local, STORAGE_PROBLEM_KEY).await;
    update_badge(&fresh).await;
    Ok(Reply::Card { card: None })
}
