//! Calendar dates for the advice: the day by which a sender who withdrew can invite the user
//! again at the latest, in the user's time zone and words ("23 December", "23. Dezember",
//! "1er janvier", "23 de diciembre").
//!
//! LinkedIn keeps a sender who withdrew from re-inviting the same person for *up to* three weeks
//! (the notes' facts). The withdrawal happened between the last read that showed the invitation
//! and the read that noticed it gone, so the wait ends at the latest three weeks after the
//! noticing read: that is the date said, always as "at the latest", never as a promise.

use serde::{Deserialize, Serialize};

use crate::i18n::{fill, DateWords, DAY, MONTH, YEAR};
use crate::time::DAY_MS;

/// How long LinkedIn may keep a sender who withdrew from re-inviting: up to three weeks.
pub const REINVITE_WAIT_MS: i64 = 21 * DAY_MS;

/// A day of the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    pub year: i32,
    /// 1 (January) to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl CivilDate {
    /// The date at the instant `ms` (since the Unix epoch) where the clock is `utc_offset_minutes`
    /// ahead of UTC (JavaScript's `getTimezoneOffset()` is its negative).
    pub fn at(ms: i64, utc_offset_minutes: i32) -> CivilDate {
        let local = ms.saturating_add(i64::from(utc_offset_minutes).saturating_mul(60_000));
        civil_from_days(local.div_euclid(DAY_MS))
    }
}

/// Howard Hinnant's `civil_from_days`: days since 1970-01-01 to a date.
fn civil_from_days(days: i64) -> CivilDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    CivilDate {
        year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
        // Both are in range by construction (1..=12, 1..=31).
        month: u8::try_from(month).unwrap_or(1),
        day: u8::try_from(day).unwrap_or(1),
    }
}

/// The wait a sender who withdrew may face before inviting the user again, as dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReinviteWait {
    /// The last day the wait can last: three weeks after the read that noticed the invitation
    /// gone.
    pub ends: CivilDate,
    /// The day the user reads the advice (the wait is over once `today` is later than `ends`).
    pub today: CivilDate,
}

impl ReinviteWait {
    /// The wait for an invitation noticed gone at `noticed_at_ms`, read at `now_ms`, in the
    /// user's time zone (`utc_offset_minutes` ahead of UTC).
    pub fn after(noticed_at_ms: i64, now_ms: i64, utc_offset_minutes: i32) -> ReinviteWait {
        ReinviteWait {
            ends: CivilDate::at(
                noticed_at_ms.saturating_add(REINVITE_WAIT_MS),
                utc_offset_minutes,
            ),
            today: CivilDate::at(now_ms, utc_offset_minutes),
        }
    }

    /// Whether the wait is over by `today` at the latest.
    pub fn is_over(&self) -> bool {
        self.today > self.ends
    }
}

/// `date` in words ("23 December"); the year is added when it is not `this_year`.
pub fn date_in_words(date: CivilDate, this_year: i32, words: &DateWords) -> String {
    let day = if date.day == 1 {
        words.first_day.to_owned()
    } else {
        date.day.to_string()
    };
    let month = words
        .months
        .get(usize::from(date.month.saturating_sub(1)))
        .copied()
        .unwrap_or_default();
    let template = if date.year == this_year {
        words.day_month
    } else {
        words.day_month_year
    };
    fill(
        template,
        &[(DAY, &day), (MONTH, month), (YEAR, &date.year.to_string())],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{common, Lang};

    /// 2026-12-02 12:00 UTC.
    const NOON_2_DEC_2026: i64 = 1_796_212_800_000;

    fn date(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate { year, month, day }
    }

    #[test]
    fn dates_of_instants_in_a_time_zone() {
        assert_eq!(CivilDate::at(0, 0), date(1970, 1, 1));
        assert_eq!(CivilDate::at(-1, 0), date(1969, 12, 31));
        assert_eq!(CivilDate::at(951_782_400_000, 0), date(2000, 2, 29));
        assert_eq!(CivilDate::at(NOON_2_DEC_2026, 0), date(2026, 12, 2));
        // Noon UTC is the next day in Kiritimati (UTC+14) and still the same in Hawaii (UTC-10).
        assert_eq!(CivilDate::at(NOON_2_DEC_2026, 14 * 60), date(2026, 12, 3));
        assert_eq!(CivilDate::at(NOON_2_DEC_2026, -10 * 60), date(2026, 12, 2));
        assert_eq!(CivilDate::at(NOON_2_DEC_2026, -13 * 60), date(2026, 12, 1));
    }

    #[test]
    fn the_wait_ends_three_weeks_after_the_noticing_read_at_the_latest() {
        let wait = ReinviteWait::after(NOON_2_DEC_2026, NOON_2_DEC_2026, 60);
        assert_eq!(wait.ends, date(2026, 12, 23));
        assert_eq!(wait.today, date(2026, 12, 2));
        assert!(!wait.is_over());
        // Noticed late in the evening in Berlin: the 23rd there, the 22nd nowhere.
        let late = NOON_2_DEC_2026 + 11 * 60 * 60 * 1000 + 30 * 60 * 1000;
        assert_eq!(ReinviteWait::after(late, late, 60).ends, date(2026, 12, 24));
        assert_eq!(ReinviteWait::after(late, late, 0).ends, date(2026, 12, 23));
        // Across the new year, and read after the end.
        let wait = ReinviteWait::after(
            NOON_2_DEC_2026 + 20 * DAY_MS,
            NOON_2_DEC_2026 + 60 * DAY_MS,
            0,
        );
        assert_eq!(wait.ends, date(2027, 1, 12));
        assert!(wait.is_over());
        let on_the_day = ReinviteWait::after(NOON_2_DEC_2026, NOON_2_DEC_2026 + 21 * DAY_MS, 0);
        assert!(
            !on_the_day.is_over(),
            "the last day is still within the wait"
        );
    }

    #[test]
    fn dates_in_the_four_languages() {
        let words = |lang| &common(lang).dates;
        let cases = [
            (Lang::English, "23 December", "1 January 2027"),
            (Lang::German, "23. Dezember", "1. Januar 2027"),
            (Lang::French, "23 décembre", "1er janvier 2027"),
            (Lang::Spanish, "23 de diciembre", "1 de enero de 2027"),
        ];
        for (lang, this_year, next_year) in cases {
            assert_eq!(
                date_in_words(date(2026, 12, 23), 2026, words(lang)),
                this_year
            );
            assert_eq!(
                date_in_words(date(2027, 1, 1), 2026, words(lang)),
                next_year
            );
        }
        for lang in Lang::ALL {
            for month in 1..=12 {
                let text = date_in_words(date(2026, month, 15), 2026, words(lang));
                assert!(
                    text.starts_with("15") && !text.contains('{'),
                    "{lang:?}: {text}"
                );
            }
        }
    }
}
