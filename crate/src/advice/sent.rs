//! The guide's third part, prevention, for the user's own sent invitations: which tips fit what
//! the Sent tab showed, in the user's tone.
//!
//! The thresholds below are this product's choices for when a tip is worth showing, not
//! LinkedIn's limits, and no text states them: LinkedIn publishes no number (the notes' facts:
//! it "restricts senders whose invitations are often ignored or left pending, or who have too
//! many outstanding"), and an invitation's expiry is unconfirmed, so no text says one expires.

use serde::{Deserialize, Serialize};

use crate::i18n::{Catalogue, Entry};

use super::items::Tip;
use super::ItemView;

/// What the user's sent invitations look like, in numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct SentFacts {
    /// Invitations pending.
    pub pending: u32,
    /// Of them, pending for more than three weeks (for sure: by their latest possible send time).
    pub over_three_weeks: u32,
    /// Of them, pending for more than three months.
    pub over_three_months: u32,
    /// Invitations the last Sent-tab read showed, and of those how many without a note.
    pub shown: u32,
    pub without_note: u32,
}

/// A tip for the user's own invitations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentTip {
    /// Withdraw the oldest pending ones: LinkedIn may restrict members with many unanswered
    /// invitations (the notes), so this is a common clean-up.
    WithdrawOldest,
    /// The guide: a personal note makes an invitation more welcome.
    PersonaliseYourNote,
    /// The guide: invite people you know well (many have waited for months).
    InviteRelevantPeople,
    /// The guide: be selective rather than inviting in bulk (many pending at once).
    BeSelective,
}

impl SentTip {
    /// The tip's serde name ("withdraw_oldest").
    pub fn as_str(self) -> &'static str {
        match self {
            SentTip::WithdrawOldest => "withdraw_oldest",
            SentTip::PersonaliseYourNote => "personalise_your_note",
            SentTip::InviteRelevantPeople => "invite_relevant_people",
            SentTip::BeSelective => "be_selective",
        }
    }
}

/// Pending for more than three weeks, this many or more: withdrawing the oldest fits.
pub const MANY_OVER_THREE_WEEKS: u32 = 3;
/// Pending for more than three months, this many or more: inviting people you know fits.
pub const MANY_OVER_THREE_MONTHS: u32 = 3;
/// Pending at once, this many or more: being selective fits.
pub const MANY_PENDING: u32 = 20;
/// Sent without a note, this many or more and at least half of those shown: a note fits.
pub const SEVERAL_WITHOUT_NOTE: u32 = 2;

/// The tips that fit, most useful first; none when nothing stands out.
pub fn tips_for(facts: &SentFacts) -> Vec<SentTip> {
    let mut tips = Vec::new();
    if facts.over_three_weeks >= MANY_OVER_THREE_WEEKS || facts.over_three_months >= 1 {
        tips.push(SentTip::WithdrawOldest);
    }
    if facts.without_note >= SEVERAL_WITHOUT_NOTE
        && u64::from(facts.without_note) * 2 >= u64::from(facts.shown)
    {
        tips.push(SentTip::PersonaliseYourNote);
    }
    if facts.over_three_months >= MANY_OVER_THREE_MONTHS {
        tips.push(SentTip::InviteRelevantPeople);
    }
    if facts.pending >= MANY_PENDING {
        tips.push(SentTip::BeSelective);
    }
    tips
}

/// The tips that fit, in `texts`' tone and language.
pub fn tip_views(facts: &SentFacts, texts: &Catalogue) -> Vec<ItemView<SentTip>> {
    tips_for(facts)
        .into_iter()
        .map(|tip| {
            let Entry { title, text } = match tip {
                SentTip::WithdrawOldest => texts.sent_tips.withdraw_oldest,
                SentTip::PersonaliseYourNote => *texts.tips.get(Tip::PersonaliseYourNote),
                SentTip::InviteRelevantPeople => *texts.tips.get(Tip::InviteRelevantPeople),
                SentTip::BeSelective => *texts.tips.get(Tip::BeSelective),
            };
            ItemView {
                id: tip,
                title: title.to_owned(),
                text: text.to_owned(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::words::catalogue;
    use crate::advice::Tone;
    use crate::i18n::Lang;

    #[test]
    fn nothing_stands_out_nothing_is_said() {
        assert!(tips_for(&SentFacts::default()).is_empty());
        let few = SentFacts {
            pending: 5,
            over_three_weeks: 2,
            over_three_months: 0,
            shown: 5,
            without_note: 1,
        };
        assert!(tips_for(&few).is_empty());
    }

    #[test]
    fn long_pending_invitations_suggest_withdrawing_the_oldest() {
        let weeks = SentFacts {
            pending: 6,
            over_three_weeks: 3,
            shown: 6,
            ..SentFacts::default()
        };
        assert_eq!(tips_for(&weeks), [SentTip::WithdrawOldest]);
        let one_for_months = SentFacts {
            pending: 2,
            over_three_weeks: 1,
            over_three_months: 1,
            shown: 2,
            ..SentFacts::default()
        };
        assert_eq!(tips_for(&one_for_months), [SentTip::WithdrawOldest]);
        let many_for_months = SentFacts {
            pending: 30,
            over_three_weeks: 12,
            over_three_months: 4,
            shown: 10,
            without_note: 9,
        };
        assert_eq!(
            tips_for(&many_for_months),
            [
                SentTip::WithdrawOldest,
                SentTip::PersonaliseYourNote,
                SentTip::InviteRelevantPeople,
                SentTip::BeSelective,
            ]
        );
    }

    #[test]
    fn several_without_a_note_suggest_a_note_unless_most_had_one() {
        let without = |without_note, shown| SentFacts {
            pending: shown,
            shown,
            without_note,
            ..SentFacts::default()
        };
        assert_eq!(tips_for(&without(2, 4)), [SentTip::PersonaliseYourNote]);
        assert_eq!(tips_for(&without(3, 3)), [SentTip::PersonaliseYourNote]);
        assert!(tips_for(&without(2, 5)).is_empty(), "most had a note");
        assert!(tips_for(&without(1, 1)).is_empty(), "one is not several");
    }

    #[test]
    fn the_tips_are_worded_in_every_tone_and_language_without_claiming_an_expiry_or_a_number() {
        let all = SentFacts {
            pending: 30,
            over_three_weeks: 12,
            over_three_months: 4,
            shown: 10,
            without_note: 9,
        };
        for lang in Lang::ALL {
            for tone in Tone::ALL {
                let views = tip_views(&all, catalogue(lang, tone));
                assert_eq!(views.len(), 4);
                for view in &views {
                    assert!(!view.title.is_empty() && !view.text.is_empty());
                    let lower = view.text.to_lowercase();
                    for claim in ["expir", "abgelaufen", "verfällt", "périm", "caduc", "vence"] {
                        assert!(!lower.contains(claim), "{lang:?}/{tone}: {}", view.text);
                    }
                    // No invented limit: the only numbers are the three weeks' wait.
                    let digits: String = view.text.chars().filter(char::is_ascii_digit).collect();
                    assert!(
                        digits.is_empty() || digits == "3",
                        "{lang:?}/{tone}: {}",
                        view.text
                    );
                }
                let withdraw = &views[0].text;
                assert!(withdraw.contains("LinkedIn"), "{lang:?}/{tone}: {withdraw}");
            }
        }
    }
}
