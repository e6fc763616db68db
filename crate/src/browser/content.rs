//! The content script's engine on the invitation manager: watches the page for changes, reads it
//! once it has settled (no mutations for a short interval, then a second identical read), reports
//! reads and the user's own Accept / Ignore / Withdraw clicks to the background, and shows the
//! in-page card the background asks for. It decides nothing itself.
//!
//! Idle cost: with an unchanged page no timer runs and nothing is read; a burst of mutations
//! produces one read, plus one confirming read. [`stats`] counts both (for `./scripts/bench`).
//!
//! A read never holds the page's main thread for long: a long list is read in slices of about
//! [`SLICE_MS`] ([`PageReader`]), the page gets the thread back between them, and any change
//! to the page in between drops the read in progress (it begins again once the page is quiet),
//! so a read never mixes two states of the page. The next slice is a message to the engine's
//! own `MessageChannel`, not a timer: browsers hold back a background tab's timers (Firefox:
//! one per second), which would stretch a read of a few hundred milliseconds over many
//! seconds.

use super::card;
use super::ext::send;
use super::web_dom::WebDom;
use crate::messages::{Reply, Request};
use crate::page::{classify_click, read_page, structure_report, PageRead, PageReader};
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
    static STATS: RefCell<[f64; STAT_COUNT]> = const { RefCell::new([0.0; STAT_COUNT]) };
}

#[wasm_bindgen]
extern "C" {
    /// `performance.now()`: milliseconds since the page's navigation started.
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

/// Diagnostic counters and times, read by `./scripts/bench` through [`stats`]. Indexes:
const READS: usize = 0;
/// Settle timers that fired.
const TIMERS_FIRED: usize = 1;
/// Mutation-observer callbacks (each a batch of mutations).
const MUTATION_BATCHES: usize = 2;
/// `performance.now()` when the loader script started (given by it).
const INJECTED_AT: usize = 3;
/// `performance.now()` when the engine started watching.
const STARTED_AT: usize = 4;
/// `performance.now()` when the first read was done (0 until then).
const FIRST_READ_AT: usize = 5;
/// How long the first read took, in milliseconds.
const FIRST_READ_MS: usize = 6;
/// Calls the page reader made into the page's DOM across the wasm boundary, in total.
const DOM_CALLS: usize = 7;
/// Milliseconds the engine's reading tasks took (each a settle timer's callback or a slice of a
/// read: reading, the comparison and, for a new confirmed read, handing the report on), in
/// total: the main-thread time reads cost.
const TASK_MS_TOTAL: usize = 8;
/// The longest of those tasks, in milliseconds (Firefox has no `longtask` entries to show it).
const TASK_MS_LONGEST: usize = 9;
/// The last finished read: its main-thread time (its slices together) in milliseconds.
const LAST_READ_MS: usize = 10;
/// The last finished read: how many slices it took.
const LAST_READ_SLICES: usize = 11;
/// Reads dropped half-way because the page changed.
const READS_DROPPED: usize = 12;
/// The longest time a read took to locate the page and its rows ([`PageReader::begin`]: the
/// page-level checks), in milliseconds: part of a read's first slice.
const LOCATE_MS_LONGEST: usize = 13;
const STAT_COUNT: usize = 14;

/// A read in progress, with what it cost so far.
struct Reading {
    reader: PageReader<Element>,
    busy_ms: f64,
    slices: f64,
}

fn count(index: usize) {
    STATS.with(|s| s.borrow_mut()[index] += 1.0);
}

/// Counts `calls` DOM calls of the page reader (for `./scripts/bench`).
pub(super) fn count_dom_calls(calls: u32) {
    STATS.with(|s| s.borrow_mut()[DOM_CALLS] += f64::from(calls));
}

fn note(index: usize, value: f64) {
    STATS.with(|s| s.borrow_mut()[index] = value);
}

/// Runs one of the engine's reading tasks, timing it for [`TASK_MS_TOTAL`] and
/// [`TASK_MS_LONGEST`].
fn timed(task: fn(&Rc<RefCell<State>>), shared: &Rc<RefCell<State>>) {
    let began = performance_now();
    task(shared);
    let took = performance_now() - began;
    STATS.with(|s| {
        let mut s = s.borrow_mut();
        s[TASK_MS_TOTAL] += took;
        s[TASK_MS_LONGEST] = s[TASK_MS_LONGEST].max(took);
    });
}

/// Forgets the longest task and locating (for `./scripts/bench`).
pub fn reset_longest() {
    STATS.with(|s| {
        let mut stats = s.borrow_mut();
        stats[TASK_MS_LONGEST] = 0.0;
        stats[LOCATE_MS_LONGEST] = 0.0;
    });
}

/// The diagnostic counters, in the order of the indexes above.
pub fn stats() -> Vec<f64> {
    STATS.with(|s| s.borrow().to_vec())
}

/// Reads the page once, now, and compares the read with the one waiting for confirmation (the
/// work of one settle, without reporting): for `./scripts/bench`. Whether they agree.
pub fn read_now() -> bool {
    let Some(shared) = state() else {
        return false;
    };
    let state = shared.borrow();
    let read = read_page(
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
    note(INJECTED_AT, injected_at);
    note(STARTED_AT, performance_now());
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
    let callback = Closure::<dyn FnMut()>::new(move || timed(next_slice, &slice_state));
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
        count(MUTATION_BATCHES);
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
        count(READS_DROPPED);
    }
}

/// (Re)starts the settle timer: the page is read once mutations stop for [`SETTLE_MS`].
fn schedule_read(shared: &Rc<RefCell<State>>) {
    if !on_invitation_manager(&shared.borrow().window) {
        return;
    }
    let settle_state = Rc::clone(shared);
    let timer = Timeout::new(SETTLE_MS, move || timed(settle, &settle_state));
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
                let located = performance_now() - began;
                STATS.with(|s| {
                    let mut stats = s.borrow_mut();
                    stats[LOCATE_MS_LONGEST] = stats[LOCATE_MS_LONGEST].max(located);
                });
                Reading {
                    reader,
                    busy_ms: 0.0,
                    slices: 0.0,
                }
            }
            // Not a list: that is the whole read.
            Err(reason) => {
                note_read(performance_now() - began, 1.0);
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
    note_read(reading.busy_ms, reading.slices);
    Some(reading.reader.finish())
}

/// Notes a finished read's cost (and the first read's time) for [`stats`].
fn note_read(busy_ms: f64, slices: f64) {
    note(LAST_READ_MS, busy_ms);
    note(LAST_READ_SLICES, slices);
    STATS.with(|s| {
        let mut stats = s.borrow_mut();
        if stats[FIRST_READ_AT] == 0.0 {
            stats[FIRST_READ_AT] = performance_now();
            stats[FIRST_READ_MS] = busy_ms;
        }
    });
}

/// The settle timer fired: the page has been quiet for [`SETTLE_MS`].
fn settle(shared: &Rc<RefCell<State>>) {
    count(TIMERS_FIRED);
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
        count(READS);
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
