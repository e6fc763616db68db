//! Evidence → the reasons in order, each with a likelihood and the clause that moved it.
//!
//! Every reason is always listed; evidence only changes the order and the likelihood wording.
//! Each reason starts from a small base score; each rule that applies adds or subtracts points
//! and records its [`WhyClause`]. Reasons are then sorted by score, ties keeping the order of
//! [`Reason::ALL`], so the result is deterministic.
//!
//! One honest scale: the likelihood words follow from the score that orders the list, so they
//! never contradict the order. Two caps keep the scale within what the sources support:
//! - a glitch is never more than "possible" (the guide: "technical issues are unlikely");
//! - a reason without a source ([`Reason::has_source`]) is never more than "possible" and never
//!   scores above the best reason with a source; among equals, sourced reasons come first, so it
//!   is never ranked first.

use serde::{Deserialize, Serialize};

use super::dates::ReinviteWait;
use super::humanise::{PendingRange, DAY_MS};
use super::items::{Likelihood, Reason, WhyClause};

/// Pending for less than this (the whole range) makes a mistake likelier. Two days, not one:
/// the page's age labels are whole days ("Today"), so an invitation that vanished within hours
/// of arriving still has an upper bound of a day plus those hours.
pub const SHORT_PENDING_MS: u64 = 2 * DAY_MS;
/// Pending for at least this (the whole range) makes a clean-up of old invitations likelier.
pub const LONG_PENDING_MS: u64 = 14 * DAY_MS;
/// This many invitations leaving in one observation (this one included) count as "several".
pub const SEVERAL_AT_ONCE: u32 = 2;

/// What the invitation was, as far as the page told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationKind {
    /// A person inviting you to connect, without a follow.
    Person,
    /// "… follows you and is inviting you to connect".
    PersonFollowing,
    /// A page, newsletter, event, group or school invitation.
    Other,
    /// The page did not say (older layouts never mention follows).
    #[default]
    Unknown,
}

/// What is known about one vanished invitation. The browser edge maps ledger entries to this.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Facts {
    /// How long it was pending before it vanished, if known.
    pub pending_for: Option<PendingRange>,
    /// It came with a personal note.
    pub had_note: bool,
    /// What kind of invitation it was.
    pub kind: InvitationKind,
    /// How many invitations vanished in the same observation, this one included (0 = unknown).
    pub vanished_together: u32,
    /// The ledger judged this part of a mass disappearance (e.g. the whole list left at once).
    pub mass: bool,
    /// Until when LinkedIn may keep the sender from re-inviting the user, if it withdrew: the
    /// "watch for a new invitation" step's date. `None` words that step without a date.
    #[serde(default)]
    pub reinvite_wait: Option<ReinviteWait>,
}

/// One reason with its likelihood, and the evidence that most moved it, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RankedReason {
    pub reason: Reason,
    pub likelihood: Likelihood,
    pub why: Option<WhyClause>,
}

/// A score at or above this reads as [`Likelihood::Likelier`].
const LIKELIER_FROM: i32 = 2;
/// A score at or below this reads as [`Likelihood::LessLikely`].
const LESS_LIKELY_UP_TO: i32 = -2;

fn base_score(reason: Reason) -> i32 {
    match reason {
        // The guide: "most commonly, the person simply changed their mind".
        Reason::ChangeOfHeart => 1,
        // The guide: "technical issues are unlikely".
        Reason::TechnicalIssue => -2,
        _ => 0,
    }
}

/// Reasons that are one sender's own doing: improbable for many invitations at once.
fn is_single_sender_reason(reason: Reason) -> bool {
    matches!(
        reason,
        Reason::ChangeOfHeart
            | Reason::SentByMistake
            | Reason::OldInvitationsCleanedUp
            | Reason::AccountClosed
            | Reason::FollowBundled
    )
}

/// One rule's effect on one reason.
struct Nudge {
    reason: Reason,
    points: i32,
    why: WhyClause,
}

fn nudges(facts: &Facts) -> Vec<Nudge> {
    let mut out = Vec::new();
    let mut nudge = |reason, points, why| {
        out.push(Nudge {
            reason,
            points,
            why,
        })
    };

    if let Some(range) = facts.pending_for {
        if range.max_ms.is_some_and(|max| max < SHORT_PENDING_MS) {
            nudge(Reason::SentByMistake, 3, WhyClause::PendingUnderADay);
            nudge(
                Reason::OldInvitationsCleanedUp,
                -3,
                WhyClause::PendingUnderADay,
            );
        } else if range.min_ms >= LONG_PENDING_MS {
            nudge(
                Reason::OldInvitationsCleanedUp,
                3,
                WhyClause::PendingForWeeks,
            );
            // Mistakes are usually noticed and taken back quickly.
            nudge(Reason::SentByMistake, -2, WhyClause::PendingForWeeks);
        }
    }

    if facts.had_note {
        nudge(Reason::SentByMistake, -3, WhyClause::CameWithNote);
    }

    match facts.kind {
        InvitationKind::PersonFollowing => nudge(Reason::FollowBundled, 3, WhyClause::FollowsYou),
        InvitationKind::Person | InvitationKind::Other => {
            nudge(Reason::FollowBundled, -3, WhyClause::NoFollowMentioned)
        }
        InvitationKind::Unknown => {}
    }

    let group_clause = if facts.mass {
        Some((WhyClause::MassDisappearance, 9))
    } else if facts.vanished_together >= SEVERAL_AT_ONCE {
        Some((WhyClause::SeveralAtOnce, 7))
    } else {
        None
    };
    if let Some((why, elsewhere_points)) = group_clause {
        // Large enough to put these two first and second whatever else applies.
        nudge(Reason::HandledElsewhere, elsewhere_points, why);
        nudge(Reason::TechnicalIssue, 6, why);
        for reason in Reason::ALL
            .into_iter()
            .filter(|r| is_single_sender_reason(*r))
        {
            nudge(reason, -2, why);
        }
    }
    out
}

fn likelihood(score: i32) -> Likelihood {
    if score >= LIKELIER_FROM {
        Likelihood::Likelier
    } else if score <= LESS_LIKELY_UP_TO {
        Likelihood::LessLikely
    } else {
        Likelihood::Possible
    }
}

/// The clause to show: the strongest nudge in the direction the reason moved overall (the
/// earliest among equals); none if the nudges cancel out or nothing applied.
fn strongest_why(reason_nudges: &[&Nudge], net: i32) -> Option<WhyClause> {
    let mut best: Option<&Nudge> = None;
    for nudge in reason_nudges {
        if nudge.points.signum() != net.signum() || net == 0 {
            continue;
        }
        if best.is_none_or(|b| nudge.points.abs() > b.points.abs()) {
            best = Some(nudge);
        }
    }
    best.map(|nudge| nudge.why)
}

/// The highest score that still reads as [`Likelihood::Possible`].
const POSSIBLE_AT_MOST: i32 = LIKELIER_FROM - 1;

/// Ranks every reason by the evidence in `facts`, most likely first.
pub fn rank(facts: &Facts) -> Vec<RankedReason> {
    let all_nudges = nudges(facts);
    let raw: Vec<(Reason, i32, Option<WhyClause>)> = Reason::ALL
        .into_iter()
        .map(|reason| {
            let own: Vec<&Nudge> = all_nudges.iter().filter(|n| n.reason == reason).collect();
            let net: i32 = own.iter().map(|n| n.points).sum();
            (reason, base_score(reason) + net, strongest_why(&own, net))
        })
        .collect();
    let best_sourced = raw
        .iter()
        .filter(|(reason, _, _)| reason.has_source())
        .map(|(_, score, _)| *score)
        .max()
        .unwrap_or(0);
    let mut scored: Vec<(i32, bool, RankedReason)> = raw
        .into_iter()
        .map(|(reason, score, why)| {
            let score = match reason {
                Reason::TechnicalIssue => score.min(POSSIBLE_AT_MOST),
                _ if !reason.has_source() => score.min(POSSIBLE_AT_MOST).min(best_sourced),
                _ => score,
            };
            let ranked = RankedReason {
                reason,
                likelihood: likelihood(score),
                why,
            };
            (score, !reason.has_source(), ranked)
        })
        .collect();
    // A stable sort: by score, sourced reasons first among equals, then Reason::ALL's order.
    scored.sort_by_key(|(score, sourceless, _)| (std::cmp::Reverse(*score), *sourceless));
    scored.into_iter().map(|(_, _, ranked)| ranked).collect()
}

#[cfg(test)]
mod tests {
    use super::super::humanise::WEEK_MS;
    use super::*;

    const HOUR_MS: u64 = DAY_MS / 24;

    fn order(ranked: &[RankedReason]) -> Vec<Reason> {
        ranked.iter().map(|r| r.reason).collect()
    }

    fn find(ranked: &[RankedReason], reason: Reason) -> RankedReason {
        *ranked.iter().find(|r| r.reason == reason).unwrap()
    }

    fn position(ranked: &[RankedReason], reason: Reason) -> usize {
        ranked.iter().position(|r| r.reason == reason).unwrap()
    }

    fn pending(min_ms: u64, max_ms: u64) -> Facts {
        Facts {
            pending_for: Some(PendingRange::new(min_ms, max_ms)),
            ..Facts::default()
        }
    }

    /// Every combination of the evidence the rules look at.
    fn all_fact_combinations() -> Vec<Facts> {
        let ranges = [
            None,
            Some(PendingRange::new(0, 3 * HOUR_MS)),
            Some(PendingRange::new(0, 2 * DAY_MS)),
            Some(PendingRange::new(2 * WEEK_MS, 3 * WEEK_MS)),
        ];
        let kinds = [
            InvitationKind::Person,
            InvitationKind::PersonFollowing,
            InvitationKind::Other,
            InvitationKind::Unknown,
        ];
        let mut out = Vec::new();
        for pending_for in ranges {
            for kind in kinds {
                for had_note in [false, true] {
                    for vanished_together in [0, 1, 2, 30] {
                        for mass in [false, true] {
                            out.push(Facts {
                                pending_for,
                                had_note,
                                kind,
                                vanished_together,
                                mass,
                                reinvite_wait: None,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    #[test]
    fn without_evidence_the_guide_order_holds() {
        let ranked = rank(&Facts::default());
        assert_eq!(order(&ranked), Reason::ALL);
        assert_eq!(ranked[0].reason, Reason::ChangeOfHeart);
        for r in &ranked {
            assert_eq!(r.why, None, "{:?}", r.reason);
            let expected = if r.reason == Reason::TechnicalIssue {
                Likelihood::LessLikely
            } else {
                Likelihood::Possible
            };
            assert_eq!(r.likelihood, expected, "{:?}", r.reason);
        }
    }

    #[test]
    fn every_reason_is_always_listed_once_and_likelihood_follows_order() {
        for facts in all_fact_combinations() {
            let ranked = rank(&facts);
            let mut reasons = order(&ranked);
            assert_eq!(reasons.len(), Reason::ALL.len(), "{facts:?}");
            reasons.dedup();
            assert_eq!(reasons.len(), Reason::ALL.len(), "{facts:?}");
            for reason in Reason::ALL {
                assert!(reasons.contains(&reason), "{facts:?}: {reason:?} missing");
            }
            for pair in ranked.windows(2) {
                assert!(pair[0].likelihood <= pair[1].likelihood, "{facts:?}");
            }
        }
    }

    #[test]
    fn ranking_is_deterministic() {
        for facts in all_fact_combinations() {
            assert_eq!(rank(&facts), rank(&facts));
        }
    }

    #[test]
    fn pending_under_a_day_makes_a_mistake_likelier_and_a_clean_up_less_likely() {
        let ranked = rank(&pending(10 * 60 * 1000, 3 * HOUR_MS));
        assert_eq!(
            ranked[0],
            RankedReason {
                reason: Reason::SentByMistake,
                likelihood: Likelihood::Likelier,
                why: Some(WhyClause::PendingUnderADay),
            }
        );
        let clean_up = find(&ranked, Reason::OldInvitationsCleanedUp);
        assert_eq!(clean_up.likelihood, Likelihood::LessLikely);
        assert_eq!(clean_up.why, Some(WhyClause::PendingUnderADay));
    }

    #[test]
    fn the_whole_range_must_be_short() {
        // "Yesterday" may mean up to two days: no claim either way.
        let ranked = rank(&pending(DAY_MS, 2 * DAY_MS + 6 * HOUR_MS));
        assert_eq!(ranked, rank(&Facts::default()));
        // "Today", gone within hours: at most a day and a few hours.
        let ranked = rank(&pending(0, DAY_MS + 6 * HOUR_MS));
        assert_eq!(ranked[0].reason, Reason::SentByMistake);
        let ranked = rank(&pending(0, SHORT_PENDING_MS));
        assert_eq!(ranked, rank(&Facts::default()));
        let ranked = rank(&pending(0, SHORT_PENDING_MS - 1));
        assert_eq!(ranked[0].reason, Reason::SentByMistake);
    }

    #[test]
    fn an_open_range_can_only_be_long() {
        let open = |min_ms| Facts {
            pending_for: Some(PendingRange::at_least(min_ms)),
            ..Facts::default()
        };
        assert_eq!(rank(&open(HOUR_MS)), rank(&Facts::default()));
        assert_eq!(rank(&open(0)), rank(&Facts::default()));
        assert_eq!(
            rank(&open(3 * WEEK_MS))[0].reason,
            Reason::OldInvitationsCleanedUp
        );
    }

    #[test]
    fn pending_for_weeks_makes_a_clean_up_likelier_and_a_mistake_less_likely() {
        let ranked = rank(&pending(2 * WEEK_MS, 3 * WEEK_MS));
        assert_eq!(
            ranked[0],
            RankedReason {
                reason: Reason::OldInvitationsCleanedUp,
                likelihood: Likelihood::Likelier,
                why: Some(WhyClause::PendingForWeeks),
            }
        );
        let mistake = find(&ranked, Reason::SentByMistake);
        assert_eq!(mistake.likelihood, Likelihood::LessLikely);
        assert_eq!(mistake.why, Some(WhyClause::PendingForWeeks));
        assert_eq!(ranked[1].reason, Reason::ChangeOfHeart);
    }

    #[test]
    fn the_whole_range_must_be_two_weeks_or_more() {
        let ranked = rank(&pending(LONG_PENDING_MS - 1, 3 * WEEK_MS));
        assert_eq!(ranked, rank(&Facts::default()));
        let ranked = rank(&pending(LONG_PENDING_MS, LONG_PENDING_MS));
        assert_eq!(ranked[0].reason, Reason::OldInvitationsCleanedUp);
        let ranked = rank(&pending(200 * DAY_MS, 400 * DAY_MS));
        assert_eq!(ranked[0].reason, Reason::OldInvitationsCleanedUp);
    }

    #[test]
    fn a_personal_note_makes_a_mistake_less_likely() {
        let facts = Facts {
            had_note: true,
            ..Facts::default()
        };
        let ranked = rank(&facts);
        let mistake = find(&ranked, Reason::SentByMistake);
        assert_eq!(mistake.likelihood, Likelihood::LessLikely);
        assert_eq!(mistake.why, Some(WhyClause::CameWithNote));
        assert!(
            position(&ranked, Reason::SentByMistake) > position(&ranked, Reason::AccountClosed)
        );
    }

    #[test]
    fn a_note_and_a_short_wait_cancel_out() {
        let facts = Facts {
            had_note: true,
            ..pending(0, HOUR_MS)
        };
        let ranked = rank(&facts);
        let mistake = find(&ranked, Reason::SentByMistake);
        assert_eq!(mistake.likelihood, Likelihood::Possible);
        assert_eq!(mistake.why, None, "the two clues cancel out");
        assert_ne!(ranked[0].reason, Reason::SentByMistake);
        // The short wait still rules out a clean-up of old invitations.
        let clean_up = find(&ranked, Reason::OldInvitationsCleanedUp);
        assert_eq!(clean_up.likelihood, Likelihood::LessLikely);
    }

    #[test]
    fn several_at_once_puts_handled_elsewhere_first_and_a_glitch_stays_possible() {
        // Issue 11: two invitations gone in one read made "It could just be a glitch" "More
        // likely", against its own text and the guide ("technical issues are unlikely").
        let facts = Facts {
            vanished_together: SEVERAL_AT_ONCE,
            ..Facts::default()
        };
        let ranked = rank(&facts);
        assert_eq!(
            order(&ranked)[..2],
            [Reason::HandledElsewhere, Reason::TechnicalIssue]
        );
        assert_eq!(ranked[0].likelihood, Likelihood::Likelier);
        assert_eq!(ranked[0].why, Some(WhyClause::SeveralAtOnce));
        assert_eq!(ranked[1].likelihood, Likelihood::Possible);
        assert_eq!(ranked[1].why, Some(WhyClause::SeveralAtOnce));
        let change_of_heart = find(&ranked, Reason::ChangeOfHeart);
        assert_eq!(change_of_heart.likelihood, Likelihood::Possible);
        assert_eq!(change_of_heart.why, Some(WhyClause::SeveralAtOnce));
    }

    #[test]
    fn a_glitch_is_never_above_possible() {
        for facts in all_fact_combinations() {
            let glitch = find(&rank(&facts), Reason::TechnicalIssue);
            assert_ne!(glitch.likelihood, Likelihood::Likelier, "{facts:?}");
        }
    }

    #[test]
    fn a_reason_without_a_source_is_never_first_nor_likelier() {
        for facts in all_fact_combinations() {
            let ranked = rank(&facts);
            assert!(ranked[0].reason.has_source(), "{facts:?}: {:?}", ranked[0]);
            for r in ranked.iter().filter(|r| !r.reason.has_source()) {
                assert_ne!(r.likelihood, Likelihood::Likelier, "{facts:?}: {r:?}");
            }
        }
    }

    #[test]
    fn one_at_a_time_is_not_several() {
        for vanished_together in [0, 1] {
            let facts = Facts {
                vanished_together,
                ..Facts::default()
            };
            assert_eq!(rank(&facts), rank(&Facts::default()));
        }
    }

    #[test]
    fn group_evidence_outweighs_every_single_invitation_clue() {
        for facts in all_fact_combinations() {
            if !(facts.mass || facts.vanished_together >= SEVERAL_AT_ONCE) {
                continue;
            }
            let ranked = rank(&facts);
            assert_eq!(ranked[0].reason, Reason::HandledElsewhere, "{facts:?}");
            assert_eq!(ranked[0].likelihood, Likelihood::Likelier, "{facts:?}");
            for r in &ranked[1..] {
                assert_ne!(r.likelihood, Likelihood::Likelier, "{facts:?}: {r:?}");
            }
        }
    }

    #[test]
    fn a_mass_disappearance_puts_handled_elsewhere_first() {
        let facts = Facts {
            mass: true,
            vanished_together: 40,
            ..Facts::default()
        };
        let ranked = rank(&facts);
        assert_eq!(
            ranked[0],
            RankedReason {
                reason: Reason::HandledElsewhere,
                likelihood: Likelihood::Likelier,
                why: Some(WhyClause::MassDisappearance),
            }
        );
        // The mass clause replaces the "several" one rather than adding to it.
        assert!(ranked
            .iter()
            .all(|r| r.why != Some(WhyClause::SeveralAtOnce)));
    }

    #[test]
    fn a_follower_inviting_moves_the_follow_bundle_up_but_never_first() {
        // Issue 11: the follow-bundled reason ranked first on every "follows you" card, with no
        // source in the guide or the notes behind it.
        let facts = Facts {
            kind: InvitationKind::PersonFollowing,
            ..Facts::default()
        };
        let ranked = rank(&facts);
        assert_eq!(ranked[0].reason, Reason::ChangeOfHeart);
        assert_eq!(
            ranked[1],
            RankedReason {
                reason: Reason::FollowBundled,
                likelihood: Likelihood::Possible,
                why: Some(WhyClause::FollowsYou),
            }
        );
    }

    #[test]
    fn no_follow_makes_the_follow_bundle_less_likely() {
        for kind in [InvitationKind::Person, InvitationKind::Other] {
            let facts = Facts {
                kind,
                ..Facts::default()
            };
            let ranked = rank(&facts);
            let bundle = find(&ranked, Reason::FollowBundled);
            assert_eq!(bundle.likelihood, Likelihood::LessLikely, "{kind:?}");
            assert_eq!(bundle.why, Some(WhyClause::NoFollowMentioned));
            assert_eq!(ranked.last().unwrap().reason, Reason::FollowBundled);
        }
        // Unknown says nothing either way.
        let ranked = rank(&Facts::default());
        assert_eq!(
            find(&ranked, Reason::FollowBundled).likelihood,
            Likelihood::Possible
        );
    }

    #[test]
    fn equal_scores_keep_the_guide_order() {
        // A change of heart and a (capped) follow bundle score the same: the sourced reason,
        // which is also first in the guide's order, is listed first.
        let facts = Facts {
            kind: InvitationKind::PersonFollowing,
            ..pending(3 * WEEK_MS, 4 * WEEK_MS)
        };
        let ranked = rank(&facts);
        assert_eq!(
            order(&ranked)[..3],
            [
                Reason::OldInvitationsCleanedUp,
                Reason::ChangeOfHeart,
                Reason::FollowBundled,
            ]
        );
    }
}
