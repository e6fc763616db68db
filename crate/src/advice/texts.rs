//! Every word the advice module shows, in one place: data per language, then per tone.
//!
//! Nothing here decides anything. [`catalogue`] picks the texts for a language and a tone;
//! the other modules only look fields up and fill `{placeholders}` with [`fill`]. Adding a
//! language means adding one [`Common`] and three [`Catalogue`] statics and a match arm in
//! [`catalogue`] and [`common`]: no logic changes.
//!
//! What the texts may claim is bounded by the product guide and by the "Facts about invitations"
//! notes. In particular they never state that invitations expire on their own (unconfirmed), and
//! "did you answer it elsewhere?" is always asked, never asserted.

use serde::{Deserialize, Serialize};

use super::items::{Action, Likelihood, Reason, Tip, WhyClause};
use super::tone::Tone;

/// A language the texts are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    English,
}

impl Lang {
    /// Every language with a complete set of texts.
    pub const ALL: [Lang; 1] = [Lang::English];
}

/// Placeholder for a person's display name.
pub const NAME: &str = "{name}";
/// Placeholder for a first name in the message draft.
pub const FIRST_NAME: &str = "{first_name}";
/// Placeholder for a number of invitations.
pub const COUNT: &str = "{count}";
/// Placeholder for a humanised duration.
pub const DURATION: &str = "{duration}";
/// Placeholder for the lower bound of a duration range.
pub const LOW: &str = "{low}";
/// Placeholder for the upper bound of a duration range.
pub const HIGH: &str = "{high}";
/// Placeholder for a bare plural unit ("weeks").
pub const UNIT: &str = "{unit}";

/// Replaces each `(placeholder, value)` in `template`. Values are inserted verbatim and are not
/// searched again, so a name that contains `{count}` stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    'scan: while let Some(start) = rest.find('{') {
        for (placeholder, value) in values {
            if rest[start..].starts_with(placeholder) {
                out.push_str(&rest[..start]);
                out.push_str(value);
                rest = &rest[start + placeholder.len()..];
                continue 'scan;
            }
        }
        out.push_str(&rest[..=start]);
        rest = &rest[start + 1..];
    }
    out.push_str(rest);
    out
}

/// A titled piece of text: one reason, action or tip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// A short heading.
    pub title: &'static str,
    /// The explanation itself.
    pub text: &'static str,
}

/// The reasons, one field each, so a missing text is a compile error.
#[derive(Debug)]
pub struct ReasonTexts {
    pub change_of_heart: Entry,
    pub sent_by_mistake: Entry,
    pub handled_elsewhere: Entry,
    pub old_invitations_cleaned_up: Entry,
    pub account_closed: Entry,
    pub follow_bundled: Entry,
    pub technical_issue: Entry,
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

/// The actions, one field each.
#[derive(Debug)]
pub struct ActionTexts {
    pub move_on: Entry,
    pub ask_to_reconnect: Entry,
    pub send_own_invitation: Entry,
    pub ask_shared_connection: Entry,
    pub watch_for_new_invitation: Entry,
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

/// The prevention tips, one field each.
#[derive(Debug)]
pub struct TipTexts {
    pub invite_relevant_people: Entry,
    pub personalise_your_note: Entry,
    pub complete_your_profile: Entry,
    pub be_selective: Entry,
    pub follow_up_after_connecting: Entry,
    pub tend_your_reputation: Entry,
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

/// Labels for the likelihood of a reason.
#[derive(Debug)]
pub struct LikelihoodLabels {
    pub likelier: &'static str,
    pub possible: &'static str,
    pub less_likely: &'static str,
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

/// The evidence behind a ranking, as short sentences about the invitation (not the reason), so
/// one clause reads right whether it moved a reason up or down.
#[derive(Debug)]
pub struct WhyTexts {
    pub pending_under_a_day: &'static str,
    pub pending_for_weeks: &'static str,
    pub came_with_note: &'static str,
    pub several_at_once: &'static str,
    pub mass_disappearance: &'static str,
    pub follows_you: &'static str,
    pub no_follow_mentioned: &'static str,
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

/// Section headings of an explanation.
#[derive(Debug)]
pub struct HeadingTexts {
    pub reasons: &'static str,
    pub actions: &'static str,
    pub tips: &'static str,
    pub draft: &'static str,
}

/// The notice for many invitations leaving at once. `summary` holds [`COUNT`].
#[derive(Debug)]
pub struct MassTexts {
    pub title: &'static str,
    pub summary: &'static str,
    pub text: &'static str,
}

/// The notice for an invitation that came back. `summary` holds [`NAME`].
#[derive(Debug)]
pub struct ResentTexts {
    pub title: &'static str,
    pub summary: &'static str,
    pub summary_unnamed: &'static str,
    pub text: &'static str,
}

/// The "ask politely to reconnect" message. `named` holds [`FIRST_NAME`]; `unnamed` is used when
/// no usable first name exists. Both stay well under LinkedIn's 300-character note limit.
#[derive(Debug)]
pub struct DraftTexts {
    pub named: &'static str,
    pub unnamed: &'static str,
}

/// Words for one unit of time. `many` holds [`COUNT`]; `bare_plural` is the unit alone, for
/// "between 2 and 3 weeks".
#[derive(Debug)]
pub struct UnitWords {
    pub one: &'static str,
    pub many: &'static str,
    pub bare_plural: &'static str,
}

/// How durations are put into words in one language.
#[derive(Debug)]
pub struct DurationWords {
    pub under_a_minute: &'static str,
    pub minutes: UnitWords,
    pub hours: UnitWords,
    pub days: UnitWords,
    pub weeks: UnitWords,
    pub months: UnitWords,
    pub years: UnitWords,
    /// Holds [`DURATION`].
    pub about: &'static str,
    /// Holds [`DURATION`].
    pub less_than: &'static str,
    /// Holds [`DURATION`]: a lower bound only.
    pub at_least: &'static str,
    /// Holds [`LOW`] and [`HIGH`], each a whole duration.
    pub between: &'static str,
    /// Holds [`LOW`], [`HIGH`] (bare numbers) and [`UNIT`].
    pub between_same_unit: &'static str,
}

/// What one language shares across tones.
#[derive(Debug)]
pub struct Common {
    pub durations: DurationWords,
    /// Honorifics skipped when looking for a first name, compared without case and trailing dots.
    pub name_titles: &'static [&'static str],
    /// The made-up person of the options page preview.
    pub sample_name: &'static str,
    pub sample_headline: &'static str,
}

/// Every text for one language and one tone.
#[derive(Debug)]
pub struct Catalogue {
    pub common: &'static Common,
    pub tone_label: &'static str,
    pub tone_description: &'static str,
    pub title: &'static str,
    /// Holds [`NAME`].
    pub summary: &'static str,
    pub summary_unnamed: &'static str,
    /// Holds [`DURATION`].
    pub pending_for: &'static str,
    pub headings: HeadingTexts,
    pub reasons: ReasonTexts,
    pub likelihood: LikelihoodLabels,
    pub why: WhyTexts,
    pub actions: ActionTexts,
    pub tips: TipTexts,
    pub reassurance: &'static str,
    pub mass: MassTexts,
    pub resent: ResentTexts,
    pub draft: DraftTexts,
}

/// The texts for `lang` in `tone`.
pub fn catalogue(lang: Lang, tone: Tone) -> &'static Catalogue {
    match (lang, tone) {
        (Lang::English, Tone::Warm) => &ENGLISH_WARM,
        (Lang::English, Tone::Professional) => &ENGLISH_PROFESSIONAL,
        (Lang::English, Tone::Brief) => &ENGLISH_BRIEF,
    }
}

/// What `lang` shares across tones.
pub fn common(lang: Lang) -> &'static Common {
    match lang {
        Lang::English => &ENGLISH,
    }
}

// ---------------------------------------------------------------------------------------------
// English
// ---------------------------------------------------------------------------------------------

static ENGLISH: Common = Common {
    durations: DurationWords {
        under_a_minute: "less than a minute",
        minutes: UnitWords {
            one: "a minute",
            many: "{count} minutes",
            bare_plural: "minutes",
        },
        hours: UnitWords {
            one: "an hour",
            many: "{count} hours",
            bare_plural: "hours",
        },
        days: UnitWords {
            one: "a day",
            many: "{count} days",
            bare_plural: "days",
        },
        weeks: UnitWords {
            one: "a week",
            many: "{count} weeks",
            bare_plural: "weeks",
        },
        months: UnitWords {
            one: "a month",
            many: "{count} months",
            bare_plural: "months",
        },
        years: UnitWords {
            one: "a year",
            many: "{count} years",
            bare_plural: "years",
        },
        about: "about {duration}",
        less_than: "less than {duration}",
        at_least: "at least {duration}",
        between: "between {low} and {high}",
        between_same_unit: "between {low} and {high} {unit}",
    },
    name_titles: &[
        "dr",
        "prof",
        "mr",
        "mrs",
        "ms",
        "mx",
        "miss",
        "sir",
        "dame",
        "rev",
        "ing",
        "dipl.-ing",
        "dr.-ing",
        "herr",
        "frau",
        "mag",
        "eng",
    ],
    sample_name: "Jane Doe",
    sample_headline: "Product designer",
};

static ENGLISH_WARM: Catalogue = Catalogue {
    common: &ENGLISH,
    tone_label: "Warm",
    tone_description: "Reassuring and personal, like a kind friend talking it through.",
    title: "An invitation has left your list",
    summary: "{name}'s invitation has quietly left your list.",
    summary_unnamed: "One of your invitations has quietly left your list.",
    pending_for: "It had been waiting for {duration}.",
    headings: HeadingTexts {
        reasons: "What might have happened",
        actions: "What you could do",
        tips: "For your own invitations",
        draft: "A friendly message you could send",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "They may have had a change of heart",
            text: "This is the most common reason. People sometimes invite on impulse and later \
                   decide to keep their network smaller, or to focus on a new role or field. It \
                   says far more about their plans than about you.",
        },
        sent_by_mistake: Entry {
            title: "It may have been sent by mistake",
            text: "Perhaps they tapped the button without meaning to, or were after someone with \
                   a similar name. People who notice a slip like that tend to take it back \
                   quickly, often before you'd even have seen it.",
        },
        handled_elsewhere: Entry {
            title: "Did you answer it somewhere else?",
            text: "Could you have accepted or ignored it in the LinkedIn app, from an e-mail, or \
                   in another browser? Or are you signed in to a different LinkedIn account \
                   here? Invite Watch can't see any of those, so a quick look is worth it.",
        },
        old_invitations_cleaned_up: Entry {
            title: "They may have tidied up old invitations",
            text: "LinkedIn caps how many invitations people can send and can hold back anyone \
                   with lots still waiting for an answer. So people often clear out invitations \
                   that have sat for a while, and yours may simply have been swept up with them.",
        },
        account_closed: Entry {
            title: "Their account may have closed",
            text: "When someone closes or pauses their LinkedIn account, perhaps to start afresh \
                   or step away for a while, their open invitations disappear with it. Nothing \
                   you did would cause that.",
        },
        follow_bundled: Entry {
            title: "It may have come along with a follow",
            text: "If they followed you and invited you in one go, the two belonged together. \
                   Had they later unfollowed you or tidied up whom they follow, they may have \
                   let the invitation go at the same time.",
        },
        technical_issue: Entry {
            title: "It could just be a glitch",
            text: "Now and then a bug, an outage or an over-eager spam filter makes an \
                   invitation vanish. It isn't common, but if that's what happened, it has \
                   nothing to do with you at all.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "More likely",
        possible: "Possible",
        less_likely: "Less likely",
    },
    why: WhyTexts {
        pending_under_a_day: "It was only in your list for a short while, a day or so at most.",
        pending_for_weeks: "It had been waiting for a couple of weeks or more.",
        came_with_note: "They took the time to write you a personal note.",
        several_at_once: "Several invitations left your list at the same moment.",
        mass_disappearance: "Lots of invitations left together, which is rarely down to one \
                             person's choice.",
        follows_you: "They follow you as well as inviting you.",
        no_follow_mentioned: "The invitation didn't mention that they follow you.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Let it go",
            text: "If you weren't especially keen on connecting, there's nothing you need to do. \
                   It's perfectly fine to leave it there.",
        },
        ask_to_reconnect: Entry {
            title: "Say hello",
            text: "If you'd still like to connect, a short, friendly message is plenty, and \
                   there's no need to ask why. There's a draft below you can make your own.",
        },
        send_own_invitation: Entry {
            title: "Invite them yourself",
            text: "If the connection still feels worthwhile, you're free to send your own \
                   invitation, ideally with a line about why you'd like to connect.",
        },
        ask_shared_connection: Entry {
            title: "Ask someone you both know",
            text: "If you have a connection in common, they might be happy to introduce you, \
                   which is a warmer start than an invitation out of the blue.",
        },
        watch_for_new_invitation: Entry {
            title: "Keep an eye out",
            text: "They may well invite you again. After withdrawing, LinkedIn doesn't let them \
                   re-invite you for up to three weeks, so be patient; Invite Watch will notice \
                   if an invitation comes back.",
        },
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Invite people you know",
            text: "Invitations to people you genuinely know, or share real work with, are the \
                   ones most likely to be welcomed.",
        },
        personalise_your_note: Entry {
            title: "Add a personal line",
            text: "A sentence about why you'd like to connect makes an invitation feel meant \
                   rather than mass-produced.",
        },
        complete_your_profile: Entry {
            title: "Let your profile speak for you",
            text: "A complete, up-to-date profile helps people recognise you and see why \
                   connecting makes sense.",
        },
        be_selective: Entry {
            title: "Choose with care",
            text: "A few well-chosen invitations go further than many sent at random, and they \
                   keep you comfortably clear of LinkedIn's invitation limits.",
        },
        follow_up_after_connecting: Entry {
            title: "Follow up kindly",
            text: "Once someone accepts, a short hello helps turn a new connection into a real \
                   one.",
        },
        tend_your_reputation: Entry {
            title: "Look after how you come across",
            text: "Every so often, look at your profile the way others see it, and smooth out \
                   anything that might give the wrong impression.",
        },
    },
    reassurance: "Please don't read too much into it. A withdrawn invitation is usually about \
                  the other person's plans, not about you, and there's nothing you need to fix.",
    mass: MassTexts {
        title: "Several invitations left at once",
        summary: "{count} invitations left your list at the same time.",
        text: "When that many go together, it's rarely about any one person. Did you switch \
               LinkedIn account, or act on them in the app, an e-mail or another browser? If \
               not, it may be a passing hiccup on LinkedIn's side; have another look a little \
               later.",
    },
    resent: ResentTexts {
        title: "An invitation came back",
        summary: "{name}'s invitation is back in your list.",
        summary_unnamed: "An invitation is back in your list.",
        text: "It had disappeared for a while and has now returned: perhaps they invited you \
               again, or it was only out of sight. Either way, you can answer it just as before.",
    },
    draft: DraftTexts {
        named: "Hi {first_name}, I saw you'd invited me to connect, but didn't get to reply in \
                time. I'd be really glad to connect if you'd still like to, and no worries at \
                all if not. Warm wishes",
        unnamed: "Hi there, I saw you'd invited me to connect, but didn't get to reply in time. \
                  I'd be really glad to connect if you'd still like to, and no worries at all if \
                  not. Warm wishes",
    },
};

static ENGLISH_PROFESSIONAL: Catalogue = Catalogue {
    common: &ENGLISH,
    tone_label: "Professional",
    tone_description: "Neutral and concise, in a business register.",
    title: "Invitation no longer pending",
    summary: "{name}'s invitation is no longer in your list.",
    summary_unnamed: "An invitation is no longer in your list.",
    pending_for: "Pending for {duration}.",
    headings: HeadingTexts {
        reasons: "Possible reasons",
        actions: "Options",
        tips: "Good practice for your own invitations",
        draft: "Suggested message",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Change of heart",
            text: "The sender reconsidered and withdrew the invitation. This is the most \
                   frequent cause and usually reflects their own priorities, such as a new role \
                   or a more selective approach to networking.",
        },
        sent_by_mistake: Entry {
            title: "Sent in error",
            text: "The invitation may have been sent unintentionally, through a misplaced click \
                   or to the wrong person with a similar name, and withdrawn once the sender \
                   noticed.",
        },
        handled_elsewhere: Entry {
            title: "Handled elsewhere?",
            text: "Was the invitation accepted or ignored in the mobile app, via e-mail, on the \
                   My Network page or in another browser, or is a different LinkedIn account \
                   signed in? Invite Watch cannot observe these; please verify.",
        },
        old_invitations_cleaned_up: Entry {
            title: "Clean-up of pending invitations",
            text: "LinkedIn limits how many invitations a member can send and may restrict \
                   senders with many unanswered ones. Senders therefore often withdraw \
                   long-pending invitations in bulk.",
        },
        account_closed: Entry {
            title: "Account closed or deactivated",
            text: "When a member closes or deactivates their account, for example after a job \
                   change or over privacy concerns, their pending invitations are removed as \
                   well.",
        },
        follow_bundled: Entry {
            title: "Withdrawn together with a follow",
            text: "Where the sender both followed and invited you, the invitation may have been \
                   withdrawn when they later reviewed or reduced the accounts they follow.",
        },
        technical_issue: Entry {
            title: "Technical issue",
            text: "Occasionally a system fault, an outage or a misfiring spam filter removes a \
                   pending invitation. This is uncommon but possible.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "Likelier",
        possible: "Possible",
        less_likely: "Less likely",
    },
    why: WhyTexts {
        pending_under_a_day: "Pending for roughly a day at most.",
        pending_for_weeks: "Pending for two weeks or longer.",
        came_with_note: "Sent with a personal note.",
        several_at_once: "Several invitations disappeared simultaneously.",
        mass_disappearance: "A large number of invitations disappeared together.",
        follows_you: "The sender also follows you.",
        no_follow_mentioned: "The invitation did not include a follow.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Move on",
            text: "If the connection is not a priority, no action is required.",
        },
        ask_to_reconnect: Entry {
            title: "Ask politely to reconnect",
            text: "Send a brief, courteous message saying you would welcome connecting. Do not \
                   ask for the reason. A suggested message is provided below.",
        },
        send_own_invitation: Entry {
            title: "Send your own invitation",
            text: "If the connection remains valuable, send an invitation yourself, preferably \
                   with a short personal note.",
        },
        ask_shared_connection: Entry {
            title: "Use a shared connection",
            text: "If you have mutual connections, one of them may be able to make an \
                   introduction.",
        },
        watch_for_new_invitation: Entry {
            title: "Watch for a new invitation",
            text: "The sender may invite you again. After a withdrawal, LinkedIn prevents \
                   re-inviting the same person for up to three weeks, so a new invitation may \
                   take time.",
        },
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Invite relevant contacts",
            text: "Focus invitations on people you know or have clear professional ties with.",
        },
        personalise_your_note: Entry {
            title: "Personalise the invitation",
            text: "Include a short note stating the reason for connecting.",
        },
        complete_your_profile: Entry {
            title: "Complete your profile",
            text: "Ensure your profile is complete and current before sending invitations.",
        },
        be_selective: Entry {
            title: "Be selective",
            text: "Target invitations deliberately rather than sending them in volume; LinkedIn \
                   also limits invitation volume.",
        },
        follow_up_after_connecting: Entry {
            title: "Follow up after connecting",
            text: "After an invitation is accepted, send a brief message to begin building the \
                   relationship.",
        },
        tend_your_reputation: Entry {
            title: "Maintain your reputation",
            text: "Periodically review your public profile and address anything that could \
                   discourage connections.",
        },
    },
    reassurance: "Withdrawn invitations are a routine part of networking on LinkedIn and rarely \
                  reflect on the recipient. No corrective action is needed.",
    mass: MassTexts {
        title: "Multiple invitations no longer pending",
        summary: "{count} invitations disappeared simultaneously.",
        text: "This usually points to an action outside this page rather than individual \
               withdrawals. Did you switch LinkedIn account, or respond to them in the mobile \
               app, by e-mail or in another browser? If not, a temporary technical issue is \
               possible; please check again later.",
    },
    resent: ResentTexts {
        title: "Invitation received again",
        summary: "{name}'s invitation is pending again.",
        summary_unnamed: "An invitation is pending again.",
        text: "The invitation was previously missing and has reappeared, either because it was \
               sent again or because it was temporarily not displayed. You may accept or ignore \
               it as usual.",
    },
    draft: DraftTexts {
        named: "Dear {first_name}, thank you for your earlier invitation to connect, to which I \
                was unable to respond in time. I would welcome connecting if you are still \
                interested; no problem if the timing is not right. Kind regards",
        unnamed: "Hello, thank you for your earlier invitation to connect, to which I was unable \
                  to respond in time. I would welcome connecting if you are still interested; no \
                  problem if the timing is not right. Kind regards",
    },
};

static ENGLISH_BRIEF: Catalogue = Catalogue {
    common: &ENGLISH,
    tone_label: "Brief",
    tone_description: "Just the essentials, in a few short lines.",
    title: "Invite gone",
    summary: "{name}'s invite is gone.",
    summary_unnamed: "An invite is gone.",
    pending_for: "Pending {duration}.",
    headings: HeadingTexts {
        reasons: "Why?",
        actions: "What now?",
        tips: "Tips",
        draft: "Message",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Changed their mind",
            text: "Most common: they decided not to connect after all. Rarely personal.",
        },
        sent_by_mistake: Entry {
            title: "Sent by mistake",
            text: "A stray click or a similar name, then taken back.",
        },
        handled_elsewhere: Entry {
            title: "Answered elsewhere?",
            text: "Accepted or ignored it in the app, an e-mail or another browser? Switched \
                   account?",
        },
        old_invitations_cleaned_up: Entry {
            title: "Old invites cleared out",
            text: "LinkedIn restricts senders with many pending invites, so people withdraw old \
                   ones in bulk.",
        },
        account_closed: Entry {
            title: "Account closed",
            text: "If they closed or paused their account, their invites went with it.",
        },
        follow_bundled: Entry {
            title: "Came with a follow",
            text: "If they followed and invited you at once, an unfollow or a tidy-up may have \
                   taken the invite too.",
        },
        technical_issue: Entry {
            title: "Glitch",
            text: "Uncommon, but a bug, outage or spam filter can remove an invite.",
        },
    },
    likelihood: LikelihoodLabels {
        likelier: "likelier",
        possible: "maybe",
        less_likely: "less likely",
    },
    why: WhyTexts {
        pending_under_a_day: "Pending a day or less.",
        pending_for_weeks: "Pending 2+ weeks.",
        came_with_note: "Had a note.",
        several_at_once: "Several left at once.",
        mass_disappearance: "Many left at once.",
        follows_you: "They follow you.",
        no_follow_mentioned: "No follow.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Do nothing",
            text: "Not keen? Nothing to do.",
        },
        ask_to_reconnect: Entry {
            title: "Ask to reconnect",
            text: "Short, friendly message; don't ask why. Draft below.",
        },
        send_own_invitation: Entry {
            title: "Invite them",
            text: "Still worth it? Send your own invite with a short note.",
        },
        ask_shared_connection: Entry {
            title: "Mutual contact",
            text: "Ask someone you both know to introduce you.",
        },
        watch_for_new_invitation: Entry {
            title: "Watch for a new invite",
            text: "They can't re-invite you for up to 3 weeks after withdrawing; one may come \
                   later.",
        },
    },
    tips: TipTexts {
        invite_relevant_people: Entry {
            title: "Know them first",
            text: "Invite people you actually know or work with.",
        },
        personalise_your_note: Entry {
            title: "Add a note",
            text: "One line on why you want to connect.",
        },
        complete_your_profile: Entry {
            title: "Fill in your profile",
            text: "A complete profile gets recognised.",
        },
        be_selective: Entry {
            title: "Quality over quantity",
            text: "Fewer, targeted invites; LinkedIn limits volume anyway.",
        },
        follow_up_after_connecting: Entry {
            title: "Say hi after",
            text: "Send a quick hello once they accept.",
        },
        tend_your_reputation: Entry {
            title: "Check how you look",
            text: "Now and then, view your profile as others do; fix anything off-putting.",
        },
    },
    reassurance: "Usually nothing personal. Nothing to fix.",
    mass: MassTexts {
        title: "Many invites gone at once",
        summary: "{count} invites left together.",
        text: "Switched LinkedIn account, or acted on them in the app? If not, maybe a glitch; \
               check later.",
    },
    resent: ResentTexts {
        title: "It's back",
        summary: "{name}'s invite returned.",
        summary_unnamed: "An invite returned.",
        text: "Re-sent, or briefly hidden. Answer it as usual.",
    },
    draft: DraftTexts {
        named: "Hi {first_name}, saw your invite earlier but missed it. Happy to connect if you \
                still like; no worries if not!",
        unnamed: "Hi, saw your invite earlier but missed it. Happy to connect if you still like; \
                  no worries if not!",
    },
};
