//! The messages between the content script, the extension pages and the background, typed so
//! that both ends agree. Each crosses `runtime.sendMessage` as a plain JS object of serde's form
//! (the wire names are the `rename`s below): serde-wasm-bindgen on the background and the
//! extension pages; in the content engine, [`crate::wire`]'s writer and reader, which its tests
//! prove identical to serde's form.

use std::collections::BTreeMap;

pub use crate::ledger::problem::Problem;
use crate::ledger::problem::StorageProblem;
use crate::page::{PageRead, UserAction};
use crate::settings::Settings;
use serde::{Deserialize, Serialize};

/// What the content script and the extension pages ask of the background, the ledger's only
/// writer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Request {
    /// A read of the invitation manager. `settled`: the page was quiet and a second read agreed.
    /// `engine`: which build read it (`wasm` or `nowasm`). `report`: the page-structure report
    /// ([`crate::page::structure_report`], no names or text), when the page was not understood.
    PageRead {
        read: PageRead,
        settled: bool,
        engine: String,
        report: Option<String>,
    },
    /// The user clicked Accept, Ignore or Withdraw on a card the content script had read.
    UserActed {
        account: Option<String>,
        key: String,
        action: UserAction,
    },
    /// "I accepted or ignored it myself": the user resolved a vanished invitation.
    ResolveByUser { account: String, key: String },
    /// "Yes, that was me" on a notice about several invitations: resolves them all.
    ResolveEvent { event_id: u64 },
    /// The user has seen these events (the badge counts the others).
    MarkSeen { ids: Vec<u64> },
    /// The in-page card for the unseen vanishes plus those the card on screen shows (`shown`:
    /// its event ids), in the current tone (after a tone change).
    CurrentCard { shown: Vec<u64> },
    /// Forget all history (after the user confirmed).
    ClearHistory,
    /// What the popup and the options page show: the history and what storage says about it
    /// (read by the background, the only one that decodes and repairs storage).
    /// `damaged_copies`: with the texts of damaged copies kept aside (the options page's export).
    Snapshot { damaged_copies: bool },
    /// The options page's settings, to be saved (`storage.sync`).
    SaveSettings { settings: Settings },
}

/// The background's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Reply {
    /// Done; nothing to show.
    Done,
    /// Done; show this in-page card (or remove the card when `None`).
    Card {
        card: Option<Box<crate::surfaces::CardModel>>,
    },
    /// The request failed, for this reason (each surface words it in the user's language).
    Failed { problem: Problem },
    /// The answer to [`Request::Snapshot`].
    Snapshot(Box<Snapshot>),
}

/// The history as the popup and the options page see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The ledger's export ([`crate::ledger::encode_json`]): one string across the message, not
    /// an object of thousands of fields.
    pub history: String,
    /// A damaged copy of the history is kept aside (the popup says so).
    pub damaged_kept: bool,
    /// The damaged copies, by storage key, when asked for.
    pub damaged_copies: BTreeMap<String, String>,
    /// The last storage problem, if any.
    pub storage_problem: Option<StorageProblem>,
    /// The page-structure report of the last read that was not understood, if kept.
    pub layout_report: Option<String>,
}
