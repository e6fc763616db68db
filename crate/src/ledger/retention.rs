//! Retention: how long history is kept. Old history that is no longer watched is dropped (by
//! the user's choice of days, or sooner when storage is full), and each account keeps a bounded
//! number of events. Watched entries and unseen news are never dropped.

use super::model::{Event, Ledger, SentState, DAY_MS};

/// The most events one account keeps; beyond it the oldest events the user has seen are dropped
/// (unseen news is never dropped), so history stays bounded whatever the retention.
pub const MAX_EVENTS_PER_ACCOUNT: usize = 1000;

fn cap_events(events: &mut Vec<Event>) {
    let mut excess = events.len().saturating_sub(MAX_EVENTS_PER_ACCOUNT);
    events.retain(|event| {
        if excess > 0 && event.seen_by_user {
            excess -= 1;
            false
        } else {
            true
        }
    });
}

/// Drops history older than `keep_days`: entries no longer watched whose last activity is older,
/// older events, and a Sent tab's numbers read before then; at most [`MAX_EVENTS_PER_ACCOUNT`]
/// events are kept. Watched entries ([`super::State::Pending`], [`super::State::ReSent`], pending sent ones)
/// are never dropped. Returns how many entries and events were removed.
pub fn prune(ledger: &mut Ledger, now_ms: i64, keep_days: u32) -> usize {
    let cutoff = now_ms.saturating_sub(i64::from(keep_days).saturating_mul(DAY_MS));
    let mut removed = 0;
    for account in ledger.accounts.values_mut() {
        let before = account.received.len() + account.sent.len() + account.events.len();
        account.received.retain(|_, entry| {
            entry.state.is_watched()
                || entry
                    .last_seen_ms
                    .max(entry.state.changed_at_ms().unwrap_or(i64::MIN))
                    >= cutoff
        });
        account.sent.retain(|_, entry| {
            let changed_at = match entry.state {
                SentState::Pending => return true,
                SentState::WithdrawnByYou { at_ms } | SentState::NoLongerPending { at_ms } => at_ms,
            };
            entry.last_seen_ms.max(changed_at) >= cutoff
        });
        account.events.retain(|event| event.at_ms >= cutoff);
        cap_events(&mut account.events);
        account.sent_read = account.sent_read.filter(|read| read.at_ms >= cutoff);
        removed += before - (account.received.len() + account.sent.len() + account.events.len());
    }
    ledger.accounts.retain(|_, account| !account.is_empty());
    removed
}
