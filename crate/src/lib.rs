//! Invite Watch: notices LinkedIn connection invitations that vanished from the user's invitation
//! manager, and explains the likely reasons kindly.
//!
//! The data flow, in one line:
//! page DOM → [`page`] (what is on this page?) → [`diff`] (what changed since, against the
//! [`ledger`] of what we knew?) →
//! [`advice`] (why, and what now, in the user's tone) → `browser` surfaces (in-page card, toolbar
//! popup, badge, options).
//!
//! Everything except `browser` is plain Rust that compiles and tests natively; `browser` is the
//! thin wasm32-only edge (web-sys, js-sys, wasm-bindgen) and decides nothing.

pub mod advice;
pub mod diff;
pub mod i18n;
pub mod ledger;
pub mod messages;
pub mod page;
// The background's decisions: the full engine's (and native code's), like the ledger's store.
#[cfg(any(feature = "full-engine", not(target_arch = "wasm32")))]
pub mod plan;
pub mod settings;
pub mod surfaces;
pub mod time;
pub mod wire;

#[cfg(target_arch = "wasm32")]
mod browser;

/// Talc instead of std's dlmalloc in both engines: faster, and smaller in the content engine
/// (see BENCHMARKS.md).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
