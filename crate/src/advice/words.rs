//! The advice's vocabulary looked up in the catalogues: the words of each reason, action, tip,
//! likelihood and "why" clause (the catalogue's structs are in [`crate::i18n`], which knows
//! nothing of the advice), and which catalogue a tone reads.

use crate::i18n::{
    ActionTexts, Catalogue, Entry, Lang, LeadTexts, LikelihoodLabels, ReasonTexts, TipTexts,
    WhyTexts,
};

use super::items::{Action, Likelihood, Reason, Tip, WhyClause};
use super::tone::Tone;

/// The texts for `lang` in `tone`.
pub fn catalogue(lang: Lang, tone: Tone) -> &'static Catalogue {
    use crate::i18n::{de, en, es, fr};
    match (lang, tone) {
        (Lang::English, Tone::Warm) => &en::WARM,
        (Lang::English, Tone::Professional) => &en::PROFESSIONAL,
        (Lang::English, Tone::Brief) => &en::BRIEF,
        (Lang::German, Tone::Warm) => &de::WARM,
        (Lang::German, Tone::Professional) => &de::PROFESSIONAL,
        (Lang::German, Tone::Brief) => &de::BRIEF,
        (Lang::French, Tone::Warm) => &fr::WARM,
        (Lang::French, Tone::Professional) => &fr::PROFESSIONAL,
        (Lang::French, Tone::Brief) => &fr::BRIEF,
        (Lang::Spanish, Tone::Warm) => &es::WARM,
        (Lang::Spanish, Tone::Professional) => &es::PROFESSIONAL,
        (Lang::Spanish, Tone::Brief) => &es::BRIEF,
    }
}

impl ReasonTexts {
    /// The texts for one reason.
    pub fn get(&self, reason: Reason) -> &Entry {
        match reason {
            Reason::ChangeOfHeart => &self.change_of_heart,
            Reason::SentByMistake => &self.sent_by_mistake,
            Reason::HandledElsewhere => &self.handled_elsewhere,
            Reason::OldInvitationsCleanedUp => &self.old_invitations_cleaned_up,
            Reason::AccountClosed => &self.account_closed,
            Reason::FollowBundled => &self.follow_bundled,
            Reason::TechnicalIssue => &self.technical_issue,
        }
    }
}

impl ActionTexts {
    /// The texts for one action.
    pub fn get(&self, action: Action) -> &Entry {
        match action {
            Action::MoveOn => &self.move_on,
            Action::AskToReconnect => &self.ask_to_reconnect,
            Action::SendOwnInvitation => &self.send_own_invitation,
            Action::AskSharedConnection => &self.ask_shared_connection,
            Action::WatchForNewInvitation => &self.watch_for_new_invitation,
        }
    }
}

impl TipTexts {
    /// The texts for one tip.
    pub fn get(&self, tip: Tip) -> &Entry {
        match tip {
            Tip::InviteRelevantPeople => &self.invite_relevant_people,
            Tip::PersonaliseYourNote => &self.personalise_your_note,
            Tip::CompleteYourProfile => &self.complete_your_profile,
            Tip::BeSelective => &self.be_selective,
            Tip::FollowUpAfterConnecting => &self.follow_up_after_connecting,
            Tip::TendYourReputation => &self.tend_your_reputation,
        }
    }
}

impl LikelihoodLabels {
    /// The label for one likelihood.
    pub fn get(&self, likelihood: Likelihood) -> &'static str {
        match likelihood {
            Likelihood::Likelier => self.likelier,
            Likelihood::Possible => self.possible,
            Likelihood::LessLikely => self.less_likely,
        }
    }
}

impl WhyTexts {
    /// The sentence for one clause.
    pub fn get(&self, why: WhyClause) -> &'static str {
        match why {
            WhyClause::PendingUnderADay => self.pending_under_a_day,
            WhyClause::PendingForWeeks => self.pending_for_weeks,
            WhyClause::CameWithNote => self.came_with_note,
            WhyClause::SeveralAtOnce => self.several_at_once,
            WhyClause::MassDisappearance => self.mass_disappearance,
            WhyClause::FollowsYou => self.follows_you,
            WhyClause::NoFollowMentioned => self.no_follow_mentioned,
        }
    }
}

impl LeadTexts {
    /// The first line when `reason` is ranked first.
    pub fn get(&self, reason: Reason) -> &'static str {
        match reason {
            Reason::ChangeOfHeart => self.change_of_heart,
            Reason::SentByMistake => self.sent_by_mistake,
            Reason::HandledElsewhere => self.handled_elsewhere,
            Reason::OldInvitationsCleanedUp => self.old_invitations_cleaned_up,
            Reason::AccountClosed => self.account_closed,
            Reason::FollowBundled => self.follow_bundled,
            Reason::TechnicalIssue => self.technical_issue,
        }
    }
}
