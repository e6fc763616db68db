//! What the background does for each request, decided here, purely, so that native tests cover
//! it; `browser/background.rs` only carries it out (loads, saves, badge, notification, reply).
//!
//! - [`step`]: what a request needs before anything changes: nothing loaded (the settings to
//!   save, history to clear), the ledger read only (the card, a snapshot for the popup and the
//!   options page), or the ledger loaded to change ([`Need`]: the news alone, or both texts).
//! - [`change`]: the change itself, on the loaded ledger, and what follows from it
//!   ([`Outcome`]): what to save, whether the badge changes, how many news to notify, whether the
//!   page-structure report is kept or forgotten, and the reply.
//!
//! A request kind added later (say, the watcher's increments of a page read) gets its arm in both
//! functions: the compiler asks for them.

use crate::diff::{self, Observation};
use crate::i18n::Lang;
use crate::ledger::store::Need;
use crate::ledger::{self, Ledger};
use crate::messages::{Reply, Request};
use crate::settings::Settings;
use crate::surfaces;

/// What a request needs before anything changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Save the user's settings (`storage.sync`); no ledger.
    SaveSettings(Settings),
    /// Forget all history: the ledger's keys and the storage problem removed, the badge cleared.
    ClearHistory,
    /// Answer with the in-page card: the ledger read, never changed (the news suffices).
    Card { shown: Vec<u64> },
    /// The in-page card is turned off: answer with none, nothing loaded.
    NoCard,
    /// Answer with the history and what storage says about it: the whole ledger read, never
    /// changed (damage found on the way is kept aside like anywhere else).
    Snapshot { damaged_copies: bool },
    /// Load the ledger (`Need`) and [`change`] it.
    Change(Need),
}

/// What `request` needs (see [`Step`]).
pub fn step(request: &Request, settings: &Settings) -> Step {
    match request {
        Request::SaveSettings { settings } => Step::SaveSettings(settings.clone()),
        Request::ClearHistory => Step::ClearHistory,
        Request::CurrentCard { .. } if !settings.in_page_card => Step::NoCard,
        Request::CurrentCard { shown } => Step::Card {
            shown: shown.clone(),
        },
        Request::Snapshot { damaged_copies } => Step::Snapshot {
            damaged_copies: *damaged_copies,
        },
        // A page read and a click on an invitation change pending entries: both texts.
        Request::PageRead { .. } | Request::UserActed { .. } => Step::Change(Need::Whole),
        // These change no pending entry: the news suffices, and only it is saved.
        Request::ResolveByUser { .. } | Request::ResolveEvent { .. } | Request::MarkSeen { .. } => {
            Step::Change(Need::News)
        }
    }
}

/// What to write once the ledger changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Save {
    /// Nothing changed.
    Nothing,
    /// The news text alone: no pending entry changed.
    News,
    /// Both texts (the pending one only if it differs from the text read).
    Whole,
}

/// What becomes of the page-structure report kept for the popup.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Report {
    /// Nothing to do.
    Leave,
    /// The page was not understood: keep its report.
    Keep(String),
    /// A read that needed none follows one that did: forget it.
    Forget,
}

/// What follows from a change.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub save: Save,
    /// Whether the badge may have changed.
    pub badge: bool,
    /// How many new pieces of news to tell in a system notification (0: none; always 0 when
    /// the user did not turn notifications on).
    pub notify: usize,
    pub report: Report,
    pub reply: Reply,
}

/// What the surfaces are worded by.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    pub settings: &'a Settings,
    pub lang: Lang,
    pub now_ms: i64,
    /// How far the user's clock is ahead of UTC, in minutes (dates in the user's words).
    pub utc_offset_minutes: i32,
}

impl Context<'_> {
    /// The user's clock.
    pub fn clock(&self) -> surfaces::Clock {
        surfaces::Clock {
            now_ms: self.now_ms,
            utc_offset_minutes: self.utc_offset_minutes,
        }
    }
}

/// The in-page card for the ledger, if the user wants the card.
pub fn card_reply(ledger: &Ledger, ctx: Context<'_>, shown: Option<&[u64]>) -> Reply {
    let card = match shown {
        _ if !ctx.settings.in_page_card => None,
        Some(shown) => {
            surfaces::card_model_including(ledger, ctx.settings.tone, ctx.lang, shown, ctx.clock())
        }
        None => surfaces::card_model(ledger, ctx.settings.tone, ctx.lang, ctx.clock()),
    };
    Reply::Card {
        card: card.map(Box::new),
    }
}

/// Applies a [`Step::Change`] request to the loaded ledger; any other request changes nothing
/// and is answered [`Reply::Done`] (the edge answers those itself).
pub fn change(request: Request, ledger: &mut Ledger, ctx: Context<'_>) -> Outcome {
    let now = ctx.now_ms;
    let quiet = |save, reply| Outcome {
        save,
        badge: true,
        notify: 0,
        report: Report::Leave,
        reply,
    };
    match request {
        Request::PageRead {
            read,
            settled,
            report,
            ..
        } => {
            let had_problem = surfaces::last_read_had_problem(ledger);
            let report = match report {
                Some(report) => Report::Keep(report),
                None if had_problem => Report::Forget,
                None => Report::Leave,
            };
            let observation = Observation { read, settled };
            let events = diff::apply_observation(ledger, &observation, now);
            ledger::prune(ledger, now, ctx.settings.retention_days);
            let raised = events.iter().filter(|event| !event.seen_by_user).count();
            Outcome {
                save: Save::Whole,
                badge: true,
                notify: if ctx.settings.notifications {
                    raised
                } else {
                    0
                },
                report,
                reply: card_reply(ledger, ctx, None),
            }
        }
        Request::UserActed {
            account,
            key,
            action,
        } => {
            diff::record_action(ledger, account.as_deref(), &key, action, now);
            Outcome {
                badge: false,
                ..quiet(Save::Whole, Reply::Done)
            }
        }
        Request::ResolveByUser { account, key } => {
            diff::resolve_by_user(ledger, Some(&account), &key, now);
            quiet(Save::News, card_reply(ledger, ctx, None))
        }
        Request::ResolveEvent { event_id } => {
            diff::resolve_event(ledger, event_id, now);
            quiet(Save::News, card_reply(ledger, ctx, None))
        }
        Request::MarkSeen { ids } => {
            diff::mark_events_seen(ledger, &ids);
            quiet(Save::News, Reply::Done)
        }
        Request::CurrentCard { .. }
        | Request::ClearHistory
        | Request::Snapshot { .. }
        | Request::SaveSettings { .. } => Outcome {
            save: Save::Nothing,
            badge: false,
            notify: 0,
            report: Report::Leave,
            reply: Reply::Done,
        },
    }
}

#[cfg(test)]
mod tests;
