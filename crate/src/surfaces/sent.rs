//! The popup's `#sent` section: the user's own sent invitations as the Sent tab last showed
//! them (how many pending, for how long, the oldest ones, how many without a note) and the
//! prevention tips that fit ([`crate::advice::sent`]). Before the Sent tab was ever read, one
//! line and a link to it.
//!
//! Nothing here raises or shows a "vanished" alert: sent invitations are summed up, never
//! watched for disappearance.

use serde::{Deserialize, Serialize};

use crate::advice::humanise::humanise_range;
use crate::advice::sent::{tip_views, SentFacts, SentTip};
use crate::advice::words::catalogue;
use crate::advice::{ItemView, PendingRange, Tone};
use crate::i18n::{common, fill, Lang, AGO, DURATION};
use crate::ledger::{AccountLedger, Ledger, SentEntry, SentState};
use crate::time::DAY_MS;

use super::labels::ago_in;
use super::Clock;

/// The Sent tab (its unfiltered list), where the user sees and withdraws their invitations.
pub const SENT_URL: &str = "https://www.linkedin.com/mynetwork/invitation-manager/sent/";

/// "More than three weeks": pending longer than this for sure.
const THREE_WEEKS_MS: i64 = 21 * DAY_MS;
/// "More than three months": pending longer than this for sure (three months of 30 days; the
/// page's "Sent 3 months ago" is rounded down).
const THREE_MONTHS_MS: i64 = 90 * DAY_MS;
/// How many of the oldest are named.
pub const OLDEST_SHOWN: usize = 3;

/// One of the oldest pending invitations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OldestSent {
    pub name: String,
    /// "pending for about 6 months".
    pub age: String,
}

/// The `#sent` section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentView {
    pub heading: String,
    /// Before the Sent tab was read: the one line said instead of everything below.
    pub never_read: Option<String>,
    /// The link to the Sent tab: its words and address ([`SENT_URL`]).
    pub link_text: String,
    pub link_url: String,
    /// "Sent tab last read 5 minutes ago."
    pub as_of: Option<String>,
    /// The numbers, one line each: pending, more than three weeks, more than three months,
    /// without a note (the last three only when not zero).
    pub counts: Vec<String>,
    /// The last read had only part of the list: what to do for a full count.
    pub partial: Option<String>,
    pub oldest_heading: String,
    pub oldest: Vec<OldestSent>,
    pub tips_heading: String,
    pub tips: Vec<ItemView<SentTip>>,
    /// Said when no tip fits.
    pub nothing_to_tidy: Option<String>,
}

/// The account whose Sent tab was read last, if any was.
fn last_read_account(ledger: &Ledger) -> Option<&AccountLedger> {
    ledger
        .accounts
        .values()
        .filter(|account| account.sent_read.is_some())
        .max_by_key(|account| account.sent_read.map(|read| read.at_ms))
}

/// How long a sent invitation has been pending at `now_ms`, as a range: from its latest possible
/// send time (or first sight) to its earliest (unbounded when unknown).
fn pending_range(entry: &SentEntry, now_ms: i64) -> PendingRange {
    let age = |at: i64| u64::try_from(now_ms.saturating_sub(at).max(0)).unwrap_or(0);
    let min = age(entry.sent_latest_ms.unwrap_or(entry.first_seen_ms));
    match entry.sent_earliest_ms {
        Some(earliest) => PendingRange::new(min, age(earliest)),
        None => PendingRange::at_least(min),
    }
}

/// The numbers of `account`'s sent invitations at `now_ms`.
pub fn sent_facts(account: &AccountLedger, now_ms: i64) -> SentFacts {
    let pending: Vec<&SentEntry> = pending_entries(account);
    let longer_than = |limit: i64| {
        let count = pending
            .iter()
            .filter(|entry| pending_range(entry, now_ms).min_ms > limit.unsigned_abs())
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    };
    let read = account.sent_read.unwrap_or_default();
    SentFacts {
        pending: u32::try_from(pending.len()).unwrap_or(u32::MAX),
        over_three_weeks: longer_than(THREE_WEEKS_MS),
        over_three_months: longer_than(THREE_MONTHS_MS),
        shown: read.shown,
        without_note: read.without_note,
    }
}

fn pending_entries(account: &AccountLedger) -> Vec<&SentEntry> {
    account
        .sent
        .values()
        .filter(|entry| entry.state == SentState::Pending)
        .collect()
}

/// The `#sent` section for `ledger` at `clock`'s time, in `tone` and `lang`.
pub fn sent_view(ledger: &Ledger, tone: Tone, lang: Lang, clock: Clock) -> SentView {
    let words = &common(lang).sent;
    let texts = catalogue(lang, tone);
    let mut view = SentView {
        heading: words.heading.to_owned(),
        never_read: None,
        link_text: words.open_sent.to_owned(),
        link_url: SENT_URL.to_owned(),
        as_of: None,
        counts: Vec::new(),
        partial: None,
        oldest_heading: words.oldest.to_owned(),
        oldest: Vec::new(),
        tips_heading: texts.headings.tips.to_owned(),
        tips: Vec::new(),
        nothing_to_tidy: None,
    };
    let Some(account) = last_read_account(ledger) else {
        view.never_read = Some(words.never_read.to_owned());
        return view;
    };
    let read = account.sent_read.unwrap_or_default();
    let now_ms = clock.now_ms;
    view.as_of = Some(fill(
        words.as_of,
        &[(AGO, &ago_in(lang, now_ms.saturating_sub(read.at_ms)))],
    ));
    let facts = sent_facts(account, now_ms);
    view.counts
        .push(words.pending.get(u64::from(facts.pending)));
    for (count, plural) in [
        (facts.over_three_weeks, &words.over_three_weeks),
        (facts.over_three_months, &words.over_three_months),
        (facts.without_note, &words.without_note),
    ] {
        if count > 0 {
            view.counts.push(plural.get(u64::from(count)));
        }
    }
    view.partial = (!read.complete).then(|| words.partial.to_owned());
    let mut pending = pending_entries(account);
    pending.sort_by_key(|entry| {
        (
            entry.sent_latest_ms.unwrap_or(entry.first_seen_ms),
            entry.key.clone(),
        )
    });
    view.oldest = pending
        .into_iter()
        .take(OLDEST_SHOWN)
        .map(|entry| OldestSent {
            name: entry.name.clone(),
            age: humanise_range(pending_range(entry, now_ms), &common(lang).durations)
                .map(|duration| fill(words.oldest_age, &[(DURATION, &duration)]))
                .unwrap_or_default(),
        })
        .collect();
    view.tips = tip_views(&facts, texts);
    if view.tips.is_empty() {
        view.nothing_to_tidy = Some(texts.sent_tips.nothing_to_tidy.to_owned());
    }
    view
}
