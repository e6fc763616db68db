//! The content script's engine on the invitation manager: watches the page for changes, reads it
//! once it has settled (no mutations for a short interval, then a second identical read), reports
//! reads and the user's own Accept / Ignore / Withdraw clicks to the background, and shows the
//! in-page card the background asks for. It decides nothing itself.
//!
//! Idle cost: with an unchanged page no timer runs and nothing is read; a burst of mutations
//! produces one read, plus one confirming read. A bench build counts both (for `./scripts/bench`,
//! see [`super::bench_hooks`]).
//!
//! A read never holds the page's main thread for long: a long list is read in slices of about
//! [`SLICE_MS`] ([`PageReader`]), the page gets the thread back between them, and any change
//! to the page in between drops the read in progress (it begins again once the page is quiet),
//! so a read never mixes two states of the page. The next slice is a message to the engine's
//! own `MessageChannel`, not a timer: browsers hold back a background tab's timers (Firefox:
//! one per second), which would stretch a read of a few hundred milliseconds over many
//! seconds.

use super::bench_hooks::{self as hooks, Stat};
use super::card;
use super::ext::send;
use super::web_dom::WebDom;
use crate::messages::{Reply, Request};
use crate::page::{classify_click, structure_report, PageRead, PageReader};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, MessageChannel, MessagePort, MutationObserver, MutationObserverInit,
    Window,
};

/// Quiet time after the last mutation before the page is read, in milliseconds.
const SETTLE_MS: u32 = 700;

/// The main-thread time one slice of a read may take before the page gets the thread back, in
/// milliseconds (rows are read in small groups until it is spent; the first slice also finds
/// the rows). Long tasks start at 50 ms.
const SLICE_MS: f64 = 20.0;

/// Rows read between two looks at the clock.
const ROWS_PER_LOOK: usize = 8;

const INVITATION_MANAGER_PREFIX: &str = "/mynetwork/invitation-manager";

struct State {
    window: Window,
    document: Document,
    engine_path: String,
    /// The settle timer while one runs; dropping it cancels it.
    timer: Option<Timeout>,
    /// The previous read, waiting for a second identical read to confirm it.
    pending: Option<PageRead>,
    /// The last read reported to the background.
    reported: Option<PageRead>,
    /// A read in progress, continued in the next slice; dropped on any change to the page.
    reading: Option<Reading>,
    /// Where a read asks for its next slice (see the module's doc).
    next_slice: Option<NextSlice>,
    /// What listens for the page's life, owned here (the state lives as long as the page): the
    /// mutation observer's callback, the document's capture-phase click listener (the user's own
    /// Accept / Ignore / Withdraw) and the card's settings listener (`storage.sync.onChanged`).
    _observer: Option<Closure<dyn FnMut()>>,
    _click: Option<EventListener>,
    _settings: Option<Closure<dyn FnMut(JsValue)>>,
}

/// A message channel whose messages run the next slice of a read.
struct NextSlice {
    port: MessagePort,
    _channel: MessageChannel,
    _callback: Closure<dyn FnMut()>,
}

thread_local! {
    static STATE: RefCell<Option<Rc<RefCell<State>>>> = const { RefCell::new(None) };
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds since the page's navigation started.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// A read in progress, with what it cost so far.
struct Reading {
    reader: PageReader<Element>,
    busy_ms: f64,
    slices: f64,
}

/// Reads the page once, now, and compares the read with the one waiting for confirmation (the
/// work of one settle, without reporting): for `./scripts/bench` (a bench build only). Whether
/// they agree.
#[cfg(feature = "bench")]
pub fn read_now() -> bool {
    let Some(shared) = state() else {
        return false;
    };
    let state = shared.borrow();
    let read = crate::page::read_page(
        &WebDom::new(state.document.clone()),
        &current_url(&state.window),
    );
    state.pending.as_ref() == Some(&read)
}

fn state() -> Option<Rc<RefCell<State>>> {
    STATE.with(|s| s.borrow().clone())
}

fn on_invitation_manager(window: &Window) -> bool {
    window
        .location()
        .pathname()
        .map(|path| path.starts_with(INVITATION_MANAGER_PREFIX))
        .unwrap_or(false)
}

/// Starts watching the page. `engine_path` is `"wasm"` or `"nowasm"` (reported for diagnostics);
/// `injected_at` is the loader script's `performance.now()` at its start.
pub fn start(engine_path: String, injected_at: f64) -> Result<(), JsValue> {
    if state().is_some() {
        return Ok(());
    }
    hooks::started(injected_at);
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let shared = Rc::new(RefCell::new(State {
        window: window.clone(),
        document: document.clone(),
        engine_path,
        timer: None,
        pending: None,
        reported: None,
        reading: None,
        next_slice: None,
        _observer: None,
        _click: None,
        _settings: None,
    }));
    let channel = MessageChannel::new()?;
    let slice_state = Rc::clone(&shared);
    let callback = Closure::<dyn FnMut()>::new(move || hooks::timed(next_slice, &slice_state));
    channel
        .port1()
        .set_onmessage(Some(callback.as_ref().unchecked_ref()));
    shared.borrow_mut().next_slice = Some(NextSlice {
        port: channel.port2(),
        _channel: channel,
        _callback: callback,
    });
    STATE.with(|s| *s.borrow_mut() = Some(Rc::clone(&shared)));

    let observer_state = Rc::clone(&shared);
    let on_mutations = Closure::<dyn FnMut()>::new(move || {
        hooks::count(Stat::MutationBatches);
        drop_reading(&observer_state);
        schedule_read(&observer_state);
    });
    let observer = MutationObserver::new(on_mutations.as_ref().unchecked_ref())?;
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_character_data(true);
    options.set_attributes(true);
    // The states the reader looks at (a picker, a category, a tab, a pill), besides text.
    let watched = js_sys::Array::of3(
        &"aria-checked".into(),
        &"aria-current".into(),
        &"aria-selected".into(),
    );
    watched.push(&"aria-pressed".into());
    watched.push(&"checked".into());
    options.set_attribute_filter(&watched);
    observer.observe_with_options(&document, &options)?;
    let on_click = EventListener::new_with_options(
        &document,
        "click",
        EventListenerOptions::run_in_capture_phase(),
        record_click,
    );
    {
        let mut state = shared.borrow_mut();
        state._observer = Some(on_mutations);
        state._click = Some(on_click);
        state._settings = Some(card::listen_for_settings());
    }
    schedule_read(&shared);
    Ok(())
}

/// The page changed URL without a load (called by the loader script).
pub fn navigated() {
    if let Some(shared) = state() {
        let on_manager = on_invitation_manager(&shared.borrow().window);
        if on_manager {
            shared.borrow_mut().pending = None;
            drop_reading(&shared);
            schedule_read(&shared);
        } else {
            // Off the invitation manager: no read is due (a running settle timer is cancelled).
            shared.borrow_mut().timer = None;
            card::remove(&shared.borrow().document);
        }
    }
}

/// The page changed: a read in progress would mix two states of it.
fn drop_reading(shared: &Rc<RefCell<State>>) {
    if shared.borrow_mut().reading.take().is_some() {
        hooks::count(Stat::ReadsDropped);
    }
}

/// (Re)starts the settle timer: the page is read once mutations stop for [`SETTLE_MS`].
fn schedule_read(shared: &Rc<RefCell<State>>) {
    if !on_invitation_manager(&shared.borrow().window) {
        return;
    }
    let settle_state = Rc::clone(shared);
    let timer = Timeout::new(SETTLE_MS, move || hooks::timed(settle, &settle_state));
    // The timer it replaces, if still running, is cancelled as it drops (outside the borrow).
    let replaced = shared.borrow_mut().timer.replace(timer);
    drop(replaced);
}

fn current_url(window: &Window) -> String {
    window.location().href().unwrap_or_default()
}

/// Reads one slice of the page: begins a read unless one is in progress, then reads rows for
/// about [`SLICE_MS`]. The read, once its last row is read; `None` while rows are left (the
/// read in progress is then kept in the state for the next slice).
fn read_slice(state: &mut State) -> Option<PageRead> {
    let dom = WebDom::new(state.document.clone());
    let began = performance_now();
    let mut reading = match state.reading.take() {
        Some(reading) => reading,
        None => match PageReader::begin(&dom, &current_url(&state.window)) {
            Ok(reader) => {
                hooks::located(began);
                Reading {
                    reader,
                    busy_ms: 0.0,
                    slices: 0.0,
                }
            }
            // Not a list: that is the whole read.
            Err(reason) => {
                hooks::read_done(performance_now() - began, 1.0);
                return Some(PageRead::unrecognised(reason));
            }
        },
    };
    let done = loop {
        if reading.reader.read_rows(&dom, ROWS_PER_LOOK) {
            break true;
        }
        if performance_now() - began >= SLICE_MS {
            break false;
        }
    };
    let slice_ms = performance_now() - began;
    reading.busy_ms += slice_ms;
    reading.slices += 1.0;
    if !done {
        state.reading = Some(reading);
        return None;
    }
    hooks::read_done(reading.busy_ms, reading.slices);
    Some(reading.reader.finish())
}

/// The settle timer fired: the page has been quiet for [`SETTLE_MS`].
fn settle(shared: &Rc<RefCell<State>>) {
    hooks::count(Stat::TimersFired);
    shared.borrow_mut().timer = None;
    read_on(shared);
}

/// The page had its turn since the last slice: read on, unless the page changed meanwhile.
fn next_slice(shared: &Rc<RefCell<State>>) {
    if shared.borrow().reading.is_some() {
        read_on(shared);
    }
}

/// Reads a slice of the page; once the whole read is done, reports it if a second read agrees.
fn read_on(shared: &Rc<RefCell<State>>) {
    let (read, window) = {
        let mut state = shared.borrow_mut();
        if !on_invitation_manager(&state.window) {
            return;
        }
        let Some(read) = read_slice(&mut state) else {
            // More rows to read: the next slice once the page had its turn.
            if let Some(next) = &state.next_slice {
                let _ = next.port.post_message(&JsValue::NULL);
            }
            return;
        };
        hooks::count(Stat::Reads);
        (read, state.window.clone())
    };
    let confirmed = {
        let mut state = shared.borrow_mut();
        let confirmed = state.pending.as_ref() == Some(&read);
        if !confirmed {
            state.pending = Some(read.clone());
        }
        confirmed
    };
    if !confirmed {
        // Read again after another quiet interval; a mutation in between restarts the wait.
        schedule_read(shared);
        return;
    }
    let already_reported = shared.borrow().reported.as_ref() == Some(&read);
    if already_reported {
        return;
    }
    shared.borrow_mut().reported = Some(read.clone());
    let engine = shared.borrow().engine_path.clone();
    let document = shared.borrow().document.clone();
    // Only for a page that was not understood: what the popup offers to copy for a bug report.
    let report = read
        .is_not_understood()
        .then(|| structure_report(&WebDom::new(document.clone()), &current_url(&window), &read));
    drop(window);
    let retry_state = Rc::clone(shared);
    wasm_bindgen_futures::spawn_local(async move {
        let request = Request::PageRead {
            read,
            settled: true,
            engine,
            report,
        };
        match send(&request).await {
            Ok(Reply::Card { card: Some(model) }) => card::show(&document, *model),
            Ok(_) => {}
            Err(error) => {
                // The background may have been stopped mid-way: forget the report so that the
                // same read is sent again after another quiet interval.
                web_sys::console::warn_1(&format!("Invite Watch: {error}").into());
                retry_state.borrow_mut().reported = None;
                schedule_read(&retry_state);
            }
        }
    });
}

/// Records the user's own Accept / Ignore / Withdraw click before the card leaves the page.
fn record_click(event: &Event) {
    if !event.is_trusted() {
        return;
    }
    let Some(shared) = state() else { return };
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
        return;
    };
    let (dom, url) = {
        let state = shared.borrow();
        (
            WebDom::new(state.document.clone()),
            current_url(&state.window),
        )
    };
    let Some((key, action)) = classify_click(&dom, &url, &target) else {
        return;
    };
    let account = shared
        .borrow()
        .reported
        .as_ref()
        .and_then(|read| read.account.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let request = Request::UserActed {
            account,
            key,
            action,
        };
        if let Err(error) = send(&request).await {
            web_sys::console::warn_1(&format!("Invite Watch: {error}").into());
        }
    });
}
