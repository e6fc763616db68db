//! What we know over time: every invitation seen, its events, and how all of it is stored. The
//! rules that change it (a page read, the user's own click) are [`crate::diff`]'s.
//!
//! - [`model`]: the [`Ledger`] and its entries, states, evidence and events; [`kinds`]: the
//!   ledger's own words for what a read said (kind, era, view, why partial or unreadable).
//! - [`codec`]: the stored form (version 1: two JSON texts, the pending entries apart) and the
//!   export.
//! - [`retention`]: how long history is kept ([`prune`]).
//! - [`store`]: the background's storage decisions (what to load and write, the cache, damaged
//!   data kept aside, pruning when storage is full).
//!
//! Everything here is pure: no clock (callers pass `now_ms`), no storage, no DOM.

// The codec and the store are the full engine's (and native code's): left out of the content
// engine's build, so that their code cannot change how shared code is compiled there.
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod codec;
pub mod kinds;
pub mod model;
pub mod problem;
pub mod retention;
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod store;

#[cfg(test)]
mod codec_tests;
#[cfg(test)]
mod store_tests;
#[cfg(test)]
pub(crate) mod testkit;

#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub use codec::{
    decode, decode_news, decode_split, encode, encode_json, encode_news, encode_split, CodecError,
    Split, SplitError,
};
pub use model::{
    AccountLedger, Coverage, Entry, Event, EventKind, Evidence, LastRead, Ledger, SentEntry,
    SentRead, SentState, State, CURRENT_VERSION, DAY_MS, UNKNOWN_ACCOUNT,
};
pub use retention::{prune, MAX_EVENTS_PER_ACCOUNT};
