//! Evidence → the reasons in order, each with a likelihood and the clause that moved it.
//!
//! Every reason is always listed; evidence only changes the order and the likelihood wording.
//! Each reason starts from a small base score; each rule that applies adds or subtracts points
//! and records its [`WhyClause`]. Reasons are then sorted by score, ties keeping the order of
//! [`Reason::ALL`], so the result is deterministic.

use serde::{Deserialize, Serialize};

use super::humanise::{PendingRange, DAY_MS};
use super::items::{Likelihood, Reason, WhyClause};

/// Pending for less than this (the whole range) makes a mistake likelier.
pub const SHORT_PENDING_MS: u64 = DAY_MS;
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
        if range.max_ms < SHORT_PENDING_MS {
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

/// Ranks every reason by the evidence in `facts`, most likely first.
pub fn rank(facts: &Facts) -> Vec<RankedReason> {
    let all_nudges = nudges(facts);
    let mut scored: Vec<(i32, RankedReason)> = Reason::ALL
        .into_iter()
        .map(|reason| {
            let own: Vec<&Nudge> = all_nudges.iter().filter(|n| n.reason == reason).collect();
            let net: i32 = own.iter().map(|n| n.points).sum();
            let score = base_score(reason) + net;
            let ranked = RankedReason {
                reason,
                likelihood: likelihood(score),
                why: strongest_why(&own, net),
            };
            (score, ranked)
        })
        .collect();
    // A stable sort keeps Reason::ALL's order among equal scores.
    scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
    scored.into_iter().map(|(_, ranked)| ranked).collect()
}
