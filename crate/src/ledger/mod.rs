//! What we know over time: every invitation seen, and the rules that may declare one vanished.
//!
//! - [`model`]: the [`Ledger`] and its entries, states, evidence and events.
//! - [`diff`]: applying page reads ([`apply_observation`]) and the user's own clicks
//!   ([`record_action`]), and the queries the surfaces need.
//! - [`codec`]: the stored form (version 1: two JSON texts, the pending entries apart) and the
//!   export.
//! - [`store`]: the background's storage decisions (what to load and write, the cache, damaged
//!   data kept aside, pruning when storage is full).
//!
//! Everything here is pure: no clock (callers pass `now_ms`), no storage, no DOM.

// The codec and the store are the full engine's (and native code's): left out of the content
// engine's build, so that their code cannot change how shared code is compiled there.
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod codec;
pub mod diff;
pub mod model;
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod store;

#[cfg(test)]
mod codec_tests;
#[cfg(test)]
mod diff_tests;
#[cfg(test)]
mod store_tests;
#[cfg(test)]
mod testkit;

#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub use codec::{
    decode, decode_news, decode_split, encode, encode_json, encode_news, encode_split, CodecError,
    Split, SplitError,
};
pub use diff::{
    apply_observation, is_mass_disappearance, mark_events_seen, missing_in_bulk_entries,
    pending_count, prune, record_action, resolve_by_user, resolve_event, unseen_count,
    vanished_entries, Observation,
};
pub use model::{
    AccountLedger, Coverage, Entry, Event, EventKind, Evidence, LastRead, Ledger, SentEntry,
    SentState, State, CURRENT_VERSION, UNKNOWN_ACCOUNT,
};
