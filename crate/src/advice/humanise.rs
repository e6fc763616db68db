//! Durations in words: "about 2 weeks", "between 2 and 3 weeks", "less than a day".
//!
//! Amounts are rounded down, as LinkedIn rounds its own "2 weeks ago" labels, so a range read
//! from such a label humanises to a single "about …".

use serde::{Deserialize, Serialize};

use crate::i18n::{fill, DurationWords, UnitWords, COUNT, DURATION, HIGH, LOW, UNIT};

const SECOND_MS: u64 = 1_000;
const MINUTE_MS: u64 = 60 * SECOND_MS;
const HOUR_MS: u64 = 60 * MINUTE_MS;
/// One day in milliseconds (the crate's one day, [`crate::time::DAY_MS`], unsigned).
pub use crate::time::DAY_MS_U64 as DAY_MS;
/// One week in milliseconds.
pub const WEEK_MS: u64 = 7 * DAY_MS;

/// How long an invitation was pending, as a range: the page only tells ages roughly, and an
/// invitation first seen without an age has no upper bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PendingRange {
    /// It was pending for at least this long.
    pub min_ms: u64,
    /// It was pending for at most this long (inclusive); `None` when unknown.
    #[serde(default)]
    pub max_ms: Option<u64>,
}

impl PendingRange {
    /// A range between two bounds, given in either order.
    pub fn new(a_ms: u64, b_ms: u64) -> Self {
        PendingRange {
            min_ms: a_ms.min(b_ms),
            max_ms: Some(a_ms.max(b_ms)),
        }
    }

    /// A range of exactly one duration.
    pub fn exactly(ms: u64) -> Self {
        PendingRange::new(ms, ms)
    }

    /// At least `min_ms`, with no known upper bound.
    pub fn at_least(min_ms: u64) -> Self {
        PendingRange {
            min_ms,
            max_ms: None,
        }
    }
}

/// The unit a duration is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

/// A duration rounded down to a whole number of one unit, or "under a minute".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Amount {
    UnderAMinute,
    Counted(u64, Unit),
}

fn amount(ms: u64) -> Amount {
    let days = ms / DAY_MS;
    if ms < MINUTE_MS {
        Amount::UnderAMinute
    } else if ms < HOUR_MS {
        Amount::Counted(ms / MINUTE_MS, Unit::Minutes)
    } else if ms < DAY_MS {
        Amount::Counted(ms / HOUR_MS, Unit::Hours)
    } else if days < 14 {
        Amount::Counted(days, Unit::Days)
    } else if days < 60 {
        Amount::Counted(days / 7, Unit::Weeks)
    } else if days < 365 {
        Amount::Counted(days / 30, Unit::Months)
    } else {
        Amount::Counted(days / 365, Unit::Years)
    }
}

fn unit_words(words: &DurationWords, unit: Unit) -> &UnitWords {
    match unit {
        Unit::Minutes => &words.minutes,
        Unit::Hours => &words.hours,
        Unit::Days => &words.days,
        Unit::Weeks => &words.weeks,
        Unit::Months => &words.months,
        Unit::Years => &words.years,
    }
}

fn amount_words(words: &DurationWords, amount: Amount) -> String {
    match amount {
        Amount::UnderAMinute => words.under_a_minute.to_owned(),
        Amount::Counted(1, unit) => unit_words(words, unit).one.to_owned(),
        Amount::Counted(count, unit) => {
            fill(unit_words(words, unit).many, &[(COUNT, &count.to_string())])
        }
    }
}

/// One duration in words, rounded down: "a day", "13 days", "2 weeks", "3 months".
pub fn humanise_duration(ms: u64, words: &DurationWords) -> String {
    amount_words(words, amount(ms))
}

/// A pending range in words: "about 2 weeks" when both ends round to the same amount,
/// "less than a day" when it may have been only moments, "at least 2 weeks" without an upper
/// bound, otherwise "between 2 and 3 weeks" or "between 13 days and 2 weeks". `None` when the
/// range says nothing (no upper bound, and a lower bound under a minute).
pub fn humanise_range(range: PendingRange, words: &DurationWords) -> Option<String> {
    let low = amount(range.min_ms);
    let Some(max_ms) = range.max_ms else {
        return match low {
            Amount::UnderAMinute => None,
            Amount::Counted(..) => Some(fill(
                words.at_least,
                &[(DURATION, &amount_words(words, low))],
            )),
        };
    };
    let high = amount(max_ms);
    let text = match (low, high) {
        (Amount::UnderAMinute, Amount::UnderAMinute) => words.under_a_minute.to_owned(),
        _ if low == high => fill(words.about, &[(DURATION, &amount_words(words, low))]),
        (Amount::UnderAMinute, _) => {
            fill(words.less_than, &[(DURATION, &amount_words(words, high))])
        }
        (Amount::Counted(low_count, low_unit), Amount::Counted(high_count, high_unit))
            if low_unit == high_unit =>
        {
            fill(
                words.between_same_unit,
                &[
                    (LOW, &low_count.to_string()),
                    (HIGH, &high_count.to_string()),
                    (UNIT, unit_words(words, high_unit).bare_plural),
                ],
            )
        }
        _ => fill(
            words.between,
            &[
                (LOW, &amount_words(words, low)),
                (HIGH, &amount_words(words, high)),
            ],
        ),
    };
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{common, Lang};

    fn english() -> &'static DurationWords {
        &common(Lang::English).durations
    }

    fn one(ms: u64) -> String {
        humanise_duration(ms, english())
    }

    fn range(min: u64, max: u64) -> String {
        humanise_range(PendingRange::new(min, max), english()).unwrap()
    }

    #[test]
    fn single_durations_round_down_into_the_right_unit() {
        assert_eq!(one(0), "less than a minute");
        assert_eq!(one(59 * SECOND_MS), "less than a minute");
        assert_eq!(one(MINUTE_MS), "a minute");
        assert_eq!(one(59 * MINUTE_MS), "59 minutes");
        assert_eq!(one(HOUR_MS), "an hour");
        assert_eq!(one(5 * HOUR_MS + 59 * MINUTE_MS), "5 hours");
        assert_eq!(one(DAY_MS), "a day");
        assert_eq!(one(13 * DAY_MS), "13 days");
        assert_eq!(one(14 * DAY_MS), "2 weeks");
        assert_eq!(one(20 * DAY_MS), "2 weeks");
        assert_eq!(one(59 * DAY_MS), "8 weeks");
        assert_eq!(one(60 * DAY_MS), "2 months");
        assert_eq!(one(364 * DAY_MS), "12 months");
        assert_eq!(one(365 * DAY_MS), "a year");
        assert_eq!(one(800 * DAY_MS), "2 years");
        assert!(one(u64::MAX).ends_with("years"));
    }

    #[test]
    fn a_range_within_one_amount_reads_about() {
        // "2 weeks ago" on LinkedIn: at least 14 days, under 21.
        assert_eq!(range(14 * DAY_MS, 21 * DAY_MS - 1), "about 2 weeks");
        assert_eq!(range(3 * HOUR_MS, 3 * HOUR_MS), "about 3 hours");
        assert_eq!(range(DAY_MS, DAY_MS + HOUR_MS), "about a day");
    }

    #[test]
    fn a_range_from_moments_reads_less_than() {
        // "Today": anything from just now to a day.
        assert_eq!(range(0, DAY_MS), "less than a day");
        assert_eq!(range(0, 20 * MINUTE_MS), "less than 20 minutes");
        assert_eq!(range(0, 10 * SECOND_MS), "less than a minute");
    }

    #[test]
    fn a_wider_range_reads_between() {
        assert_eq!(range(14 * DAY_MS, 21 * DAY_MS), "between 2 and 3 weeks");
        assert_eq!(range(2 * HOUR_MS, 5 * HOUR_MS), "between 2 and 5 hours");
        assert_eq!(
            range(13 * DAY_MS, 15 * DAY_MS),
            "between 13 days and 2 weeks"
        );
        assert_eq!(
            range(MINUTE_MS, 3 * HOUR_MS),
            "between a minute and 3 hours"
        );
    }

    #[test]
    fn bounds_in_either_order_make_the_same_range() {
        assert_eq!(PendingRange::new(5, 3), PendingRange::new(3, 5));
        assert_eq!(
            PendingRange::exactly(7),
            PendingRange {
                min_ms: 7,
                max_ms: Some(7)
            }
        );
    }

    #[test]
    fn an_open_range_reads_at_least_or_nothing() {
        let at_least = |min| humanise_range(PendingRange::at_least(min), english());
        assert_eq!(at_least(15 * DAY_MS).as_deref(), Some("at least 2 weeks"));
        assert_eq!(at_least(3 * HOUR_MS).as_deref(), Some("at least 3 hours"));
        assert_eq!(at_least(0), None);
    }
}
