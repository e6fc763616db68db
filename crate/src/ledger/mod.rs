//! What we know over time: every invitation seen, and the rules that may declare one vanished.
//!
//! - [`model`]: the [`Ledger`] and its entries, states, evidence and events.
//! - [`diff`]: applying page reads ([`apply_observation`]) and the user's own clicks
//!   ([`record_action`]), and the queries the surfaces need.
//! - [`codec`]: versioned encoding, migrations and recovery of corrupt data; `lines`: the
//!   stored form of version 4 (a JSON line, then one line per entry); [`split`]: the ledger
//!   stored as two texts, the pending entries apart.
//!
//! Everything here is pure: no clock (callers pass `now_ms`), no storage, no DOM.

// The codec is the full engine's (and native code's): left out of the content engine's build, so
// that its code cannot change how the code the content engine shares with it is compiled.
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod codec;
pub mod diff;
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
mod lines;
pub mod model;
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod split;

#[cfg(test)]
mod tests;

#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub use codec::{
    decode, decode_or_recover, decode_without_pending, encode, encode_json, CodecError, Recovery,
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
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub use split::{
    decode_news, decode_split, decode_split_or_recover, encode_news, encode_split, is_split_news,
    News, Split, SplitError, SplitRecovery,
};
