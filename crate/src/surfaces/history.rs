//! The popup's history at a glance: for the last 12 weeks, the received invitations pending at
//! the end of each week, the weeks in which one vanished marked, and three numbers (received,
//! answered, vanished). The chart's geometry is computed here, so the browser edge only draws
//! it (SVG through DOM calls), and its text alternative says the same in words.
//!
//! A week is the 7 days ending at the user's "now" minus whole weeks: the last one ends now.

use serde::{Deserialize, Serialize};

use crate::advice::dates::{date_in_words, CivilDate};
use crate::i18n::{common, fill, Lang, VALUES, WEEKS};
use crate::ledger::{Entry, Ledger, State};
use crate::time::DAY_MS;

use super::Clock;

const WEEK_MS: i64 = 7 * DAY_MS;
/// How many weeks the chart shows.
pub const WEEKS_SHOWN: usize = 12;
/// The chart's drawing size, in CSS pixels (it scales with the popup's width).
pub const CHART_WIDTH: u32 = 240;
pub const CHART_HEIGHT: u32 = 72;
/// Room above the bars for a week's vanish mark.
const MARK_ROOM: u32 = 12;

/// One week: when it ends, how many received invitations were pending at its end, how many
/// vanished during it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Week {
    /// The week is `(end_ms - 7 days, end_ms]`.
    pub end_ms: i64,
    pub pending: u32,
    pub vanished: u32,
}

/// When an entry stopped being pending, if it did.
fn left_at(entry: &Entry) -> Option<i64> {
    match &entry.state {
        State::Pending | State::ReSent { .. } => None,
        state => state.changed_at_ms(),
    }
}

/// When an entry vanished, if it did (a re-sent one too: it vanished before it came back).
/// Invitations that left together with most of the list are not vanishes.
fn vanished_at(entry: &Entry) -> Option<i64> {
    match &entry.state {
        State::Vanished { detected_at_ms, .. } => Some(*detected_at_ms),
        State::ReSent { vanished_at_ms, .. } => Some(*vanished_at_ms),
        _ => None,
    }
}

fn received(ledger: &Ledger) -> impl Iterator<Item = &Entry> {
    ledger
        .accounts
        .values()
        .flat_map(|account| account.received.values())
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The last [`WEEKS_SHOWN`] weeks up to `now_ms`, oldest first.
pub fn weekly(ledger: &Ledger, now_ms: i64) -> Vec<Week> {
    (0..WEEKS_SHOWN)
        .rev()
        .map(|weeks_ago| {
            let end_ms = now_ms.saturating_sub(WEEK_MS.saturating_mul(weeks_ago as i64));
            let start_ms = end_ms.saturating_sub(WEEK_MS);
            let pending = received(ledger)
                .filter(|entry| {
                    entry.first_seen_ms <= end_ms && left_at(entry).is_none_or(|at| at > end_ms)
                })
                .count();
            let vanished = received(ledger)
                .filter_map(vanished_at)
                .filter(|&at| at > start_ms && at <= end_ms)
                .count();
            Week {
                end_ms,
                pending: count(pending),
                vanished: count(vanished),
            }
        })
        .collect()
}

/// The three numbers of the last [`WEEKS_SHOWN`] weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    /// Received invitations first seen in the weeks.
    pub received: u32,
    /// Accepted or ignored here, or answered elsewhere by the user's word.
    pub answered: u32,
    pub vanished: u32,
}

/// The weeks' three numbers up to `now_ms`.
pub fn totals(ledger: &Ledger, now_ms: i64) -> Totals {
    let start_ms = now_ms.saturating_sub(WEEK_MS.saturating_mul(WEEKS_SHOWN as i64));
    let within = |at: i64| at > start_ms && at <= now_ms;
    Totals {
        received: count(
            received(ledger)
                .filter(|entry| within(entry.first_seen_ms))
                .count(),
        ),
        answered: count(
            received(ledger)
                .filter_map(|entry| entry.state.acted_by_user_at())
                .filter(|&at| within(at))
                .count(),
        ),
        vanished: count(
            received(ledger)
                .filter_map(vanished_at)
                .filter(|&at| within(at))
                .count(),
        ),
    }
}

/// One bar of the chart, in the chart's pixels (y grows downwards).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bar {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub pending: u32,
    /// The week holds a vanish: drawn marked, a dot above the bar at `(mark_x, mark_y)`.
    pub vanished: bool,
    pub mark_x: u32,
    pub mark_y: u32,
}

/// A labelled number beside the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub label: String,
    pub value: u32,
}

/// The chart, its numbers and its text alternative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryView {
    pub heading: String,
    pub width: u32,
    pub height: u32,
    pub bars: Vec<Bar>,
    /// The chart in words: the weekly counts, then the weeks in which one vanished.
    pub text: String,
    /// Received, answered, vanished.
    pub figures: Vec<Figure>,
    pub legend_pending: String,
    pub legend_vanished: String,
}

/// `items` as a list in `and`'s language: "a", "a and b", "a, b and c".
fn list(items: &[String], and: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{}{and}{last}", rest.join(", ")),
    }
}

/// The history section for `ledger` at `clock`'s time, in `lang`.
pub fn history_view(ledger: &Ledger, lang: Lang, clock: Clock) -> HistoryView {
    let words = &common(lang).history;
    let weeks = weekly(ledger, clock.now_ms);
    let highest = weeks.iter().map(|w| w.pending).max().unwrap_or(0).max(1);
    let slot = CHART_WIDTH / WEEKS_SHOWN as u32;
    let room = CHART_HEIGHT - MARK_ROOM;
    let bars = weeks
        .iter()
        .enumerate()
        .map(|(i, week)| {
            // At least a sliver for a week with invitations; none for an empty one.
            let height = match week.pending {
                0 => 0,
                n => (u64::from(room) * u64::from(n) / u64::from(highest)).max(2) as u32,
            };
            let x = i as u32 * slot + slot / 6;
            let width = slot - slot / 3;
            let y = CHART_HEIGHT - height;
            Bar {
                x,
                y,
                width,
                height,
                pending: week.pending,
                vanished: week.vanished > 0,
                mark_x: x + width / 2,
                mark_y: y.saturating_sub(MARK_ROOM / 2).max(MARK_ROOM / 2),
            }
        })
        .collect();
    let values: Vec<String> = weeks.iter().map(|w| w.pending.to_string()).collect();
    let this_year = CivilDate::at(clock.now_ms, clock.utc_offset_minutes).year;
    let marked: Vec<String> = weeks
        .iter()
        .filter(|week| week.vanished > 0)
        .map(|week| {
            // The week's first day.
            let first = CivilDate::at(week.end_ms - WEEK_MS + 1, clock.utc_offset_minutes);
            date_in_words(first, this_year, &common(lang).dates)
        })
        .collect();
    let vanished_sentence = match marked.len() {
        0 => words.none_vanished.to_owned(),
        1 => fill(words.vanished_in_week, &[(WEEKS, &marked[0])]),
        _ => fill(
            words.vanished_in_weeks,
            &[(WEEKS, &list(&marked, words.and))],
        ),
    };
    let text = format!(
        "{} {vanished_sentence}",
        fill(words.pending_each_week, &[(VALUES, &values.join(", "))])
    );
    let totals = totals(ledger, clock.now_ms);
    let figures = [
        (words.received, totals.received),
        (words.answered, totals.answered),
        (words.vanished, totals.vanished),
    ]
    .into_iter()
    .map(|(label, value)| Figure {
        label: label.to_owned(),
        value,
    })
    .collect();
    HistoryView {
        heading: words.heading.to_owned(),
        width: CHART_WIDTH,
        height: CHART_HEIGHT,
        bars,
        text,
        figures,
        legend_pending: words.legend_pending.to_owned(),
        legend_vanished: words.legend_vanished.to_owned(),
    }
}
