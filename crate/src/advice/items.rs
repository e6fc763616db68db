//! The vocabulary of an explanation: which reasons, actions, tips and "why" clauses exist.
//!
//! These are identities only; their words live in [`super::words`] (in [`crate::i18n`]'s catalogues), their order in
//! [`mod@super::rank`].

use serde::{Deserialize, Serialize};

/// A likely reason an invitation left the user's list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The sender reconsidered and withdrew it (the most common reason).
    ChangeOfHeart,
    /// It was sent by mistake and withdrawn once noticed.
    SentByMistake,
    /// The user may have accepted or ignored it elsewhere (app, e-mail, another browser, account).
    HandledElsewhere,
    /// The sender withdrew old pending invitations, because LinkedIn limits senders with many.
    OldInvitationsCleanedUp,
    /// The sender's account was closed or deactivated.
    AccountClosed,
    /// It came bundled with a follow, and went when they unfollowed or tidied up.
    FollowBundled,
    /// A bug, an outage or a spam filter removed it.
    TechnicalIssue,
}

impl Reason {
    /// Every reason, in the order used when the evidence says nothing (and to break ties).
    pub const ALL: [Reason; 7] = [
        Reason::ChangeOfHeart,
        Reason::SentByMistake,
        Reason::HandledElsewhere,
        Reason::OldInvitationsCleanedUp,
        Reason::AccountClosed,
        Reason::FollowBundled,
        Reason::TechnicalIssue,
    ];

    /// Whether the product guide or the notes on LinkedIn name this reason. A reason without a
    /// source (the follow-bundled one is the extension's own guess) may be listed, but is never
    /// ranked first nor called likelier.
    pub fn has_source(self) -> bool {
        !matches!(self, Reason::FollowBundled)
    }
}

/// Something the user could do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Let it go.
    MoveOn,
    /// Ask politely to reconnect (the draft goes with this one).
    AskToReconnect,
    /// Send an invitation of one's own.
    SendOwnInvitation,
    /// Ask a shared connection for an introduction.
    AskSharedConnection,
    /// Keep an eye out for a new invitation (not possible for them for up to three weeks).
    WatchForNewInvitation,
}

impl Action {
    /// Every action, in display order.
    pub const ALL: [Action; 5] = [
        Action::MoveOn,
        Action::AskToReconnect,
        Action::SendOwnInvitation,
        Action::AskSharedConnection,
        Action::WatchForNewInvitation,
    ];
}

/// A habit that makes the user's own invitations more welcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tip {
    /// Invite people you know or share real work ties with.
    InviteRelevantPeople,
    /// Say in a note why you want to connect.
    PersonaliseYourNote,
    /// Keep the profile complete and current.
    CompleteYourProfile,
    /// Invite deliberately, not in bulk.
    BeSelective,
    /// Follow up once an invitation is accepted.
    FollowUpAfterConnecting,
    /// Look at the profile as others see it and fix what puts people off.
    TendYourReputation,
}

impl Tip {
    /// Every tip, in display order.
    pub const ALL: [Tip; 6] = [
        Tip::InviteRelevantPeople,
        Tip::PersonaliseYourNote,
        Tip::CompleteYourProfile,
        Tip::BeSelective,
        Tip::FollowUpAfterConnecting,
        Tip::TendYourReputation,
    ];
}

/// How likely a reason is, given the evidence. Ordered from most to least likely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Likelihood {
    /// The evidence points towards this reason.
    Likelier,
    /// Nothing speaks strongly for or against it.
    Possible,
    /// The evidence points away from this reason (it stays listed).
    LessLikely,
}

impl Likelihood {
    /// Every likelihood, most likely first.
    pub const ALL: [Likelihood; 3] = [
        Likelihood::Likelier,
        Likelihood::Possible,
        Likelihood::LessLikely,
    ];
}

/// A piece of evidence that moved a reason up or down: shown as "why" next to its likelihood.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WhyClause {
    /// It was pending for less than a day.
    PendingUnderADay,
    /// It was pending for two weeks or more.
    PendingForWeeks,
    /// It came with a personal note.
    CameWithNote,
    /// Several invitations left at the same time.
    SeveralAtOnce,
    /// A great many invitations left at once (a mass disappearance).
    MassDisappearance,
    /// The sender follows the user as well as inviting them.
    FollowsYou,
    /// The invitation said nothing about a follow.
    NoFollowMentioned,
}

impl WhyClause {
    /// Every clause, for exhaustive text checks.
    pub const ALL: [WhyClause; 7] = [
        WhyClause::PendingUnderADay,
        WhyClause::PendingForWeeks,
        WhyClause::CameWithNote,
        WhyClause::SeveralAtOnce,
        WhyClause::MassDisappearance,
        WhyClause::FollowsYou,
        WhyClause::NoFollowMentioned,
    ];
}
