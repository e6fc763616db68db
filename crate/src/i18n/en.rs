//! English.

use super::catalogue::*;

pub static COMMON: Common = Common {
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
    dates: DateWords {
        months: [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        day_month: "{day} {month}",
        day_month_year: "{day} {month} {year}",
        first_day: "1",
    },
    sent: SentWords {
        heading: "Your sent invitations",
        never_read: "Invite Watch hasn't seen your sent invitations yet: open the Sent tab once \
                     to see them summed up here.",
        open_sent: "Open your sent invitations",
        as_of: "Sent tab last read {ago}.",
        partial: "Only part of the list had loaded then: scroll to its end once for a full \
                  count.",
        pending: Plural {
            one: "1 invitation pending",
            other: "{count} invitations pending",
        },
        over_three_weeks: Plural {
            one: "1 of them for more than three weeks",
            other: "{count} of them for more than three weeks",
        },
        over_three_months: Plural {
            one: "1 for more than three months",
            other: "{count} for more than three months",
        },
        without_note: Plural {
            one: "1 sent without a note",
            other: "{count} sent without a note",
        },
        oldest: "Oldest",
        oldest_age: "pending for {duration}",
    },
    history: HistoryWords {
        heading: "The last 12 weeks",
        received: "Received",
        answered: "Answered",
        vanished: "Vanished",
        pending_each_week: "Received invitations pending each week, from 12 weeks ago to this \
                            week: {values}.",
        vanished_in_week: "One vanished in the week of {weeks}.",
        vanished_in_weeks: "Invitations vanished in the weeks of {weeks}.",
        none_vanished: "None vanished in these weeks.",
        and: " and ",
        legend_pending: "Pending each week",
        legend_vanished: "A week in which one vanished",
    },
    ui: UiTexts {
        language_name: "English",
        resolve: "Yes, I accepted or ignored it",
        resolve_all: "Yes, that was me",
        open_profile: "Open profile",
        dismiss: "Dismiss",
        copy: "Copy",
        copied: "Copied",
        details: "Why, and what now",
        more_reasons: "More reasons",
        options_link: "Options",
        new_badge: "new",
        noticed: "Noticed {ago}",
        ago: AgoWords {
            just_now: "just now",
            minutes: Plural {
                one: "1 minute ago",
                other: "{count} minutes ago",
            },
            hours: Plural {
                one: "1 hour ago",
                other: "{count} hours ago",
            },
            days: Plural {
                one: "1 day ago",
                other: "{count} days ago",
            },
        },
        notify_one: "An invitation left your list. Open Invite Watch to see why that may have happened.",
        notify_many: "Some invitations changed. Open Invite Watch to see what may have happened.",
        history_damaged: "Invite Watch found its saved history damaged, kept a copy, and started afresh. You can export the copy from the options page.",
        history_unavailable: "Invite Watch could not open its history just now. Close this window and open it again in a moment.",
        storage_pruned: "Your browser's storage for Invite Watch was full, so it removed {count} old entries (older than {days} days) to keep watching.",
        storage_not_saved_full: "Invite Watch could not save its latest changes: your browser's storage for it is full. Exporting and then clearing the history in the options makes room.",
        storage_not_saved: "Invite Watch could not save its latest changes: your browser refused to store them.",
        failed_not_understood: "Invite Watch did not understand this request. Reloading the page usually helps.",
        failed_storage: "Your browser's storage did not respond.",
        failed_storage_full: "Your browser's storage for Invite Watch is full.",
    },
    status: StatusTexts {
        never: "No invitation page read yet: open your LinkedIn invitation manager and Invite Watch starts watching.",
        read: "Last read {ago} · {watched} · {what}",
        unreadable: "Last read {ago}: the page could not be read ({why}), so nothing was concluded from it · {watched}.",
        watched: Plural {
            one: "{count} pending invitation watched",
            other: "{count} pending invitations watched",
        },
        why_logged_out: "you seemed to be signed out",
        why_restricted: "LinkedIn showed a restriction or check page",
        why_error_page: "LinkedIn showed an error page",
        why_not_manager: "it was not the invitation manager",
        why_unknown_layout: "its layout is one Invite Watch does not know",
        sent: "your sent invitations were read (they are not watched for vanishing).",
        filtered: "a filtered view was read, which says nothing about the others: show all received invitations to have them checked.",
        all_checked: Plural {
            one: "the 1 invitation on the list was checked.",
            other: "all {count} on the list were checked.",
        },
        loading: "checked {count} while the list was still loading; Invite Watch checks again once it has loaded.",
        some_of: "checked {count} of {total} — scroll to the end of your invitations once so all can be checked.",
        some_so_far: "checked {count} so far — scroll to the end of your invitations (or press “Show more”) once so all can be checked.",
        cues_disagree: "the page's counts disagree, so nothing was concluded from it. Reloading the page may help; if it keeps happening, LinkedIn changed the page and a page-structure report helps fix Invite Watch.",
        no_count: "checked {count}, but the page showed no count to tell whether that was the whole list, so nothing was concluded from it. If this keeps happening, a page-structure report helps fix Invite Watch.",
        report_hint: "If LinkedIn changed its page, a page-structure report helps fix Invite Watch. It holds the page's layout only: no names, headlines, notes or other text. Paste it into a bug report.",
        report_button: "Copy a page-structure report",
        report_copied: "Copied — paste it into a bug report",
    },
    options: OptionsTexts {
        page_title: "Invite Watch — Options",
        tone_heading: "Tone of the explanations",
        tone_label: "Tone",
        preview: "Preview:",
        language_heading: "Language",
        language_label: "Language of the explanations and buttons",
        language_auto: "Same as the browser",
        alerts_heading: "When an invitation disappears",
        in_page_card: "Show a card on the invitation page",
        notifications: "Also show a system notification (asks for permission)",
        permission_failed: "Could not ask for permission.",
        permission_refused: "Notifications stay off: the permission was not granted.",
        history_heading: "History",
        keep_for: "Keep resolved history for",
        retention: ["1 month", "3 months", "1 year", "10 years"],
        export: "Export history (JSON)",
        clear: "Clear history…",
        clear_question: "This forgets every invitation seen.",
        clear_yes: "Yes, clear everything",
        clear_no: "Keep it",
        exported: "History exported.",
        export_failed: "Export failed.",
        cleared: "History cleared.",
        clear_failed: "Could not clear history.",
        saved: "Saved.",
        save_failed: "Could not save.",
        download_again: "Download again",
        privacy_heading: "What Invite Watch keeps",
        privacy: [
            "To notice what disappears, Invite Watch keeps a list of the invitations you received: \
             other people's names, headlines, profile links and any note they wrote, and when \
             each one arrived and left.",
            "It is kept in the extension's storage on this device only. Nothing is sent to us or \
             to anyone else; your settings (tone, language) follow you through your browser's \
             sync.",
            "Invitations still in your list are kept while they are there; resolved ones are \
             forgotten after the time you choose below. \"Clear history\" forgets everything \
             at once.",
            "An export contains other people's data (their names, headlines and notes). Keep it \
             to yourself and delete it when you no longer need it.",
        ],
        privacy_policy: "The full privacy policy",
    },
    sample_name: "Jane Doe",
    sample_headline: "Product designer",
};

pub static WARM: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Warm",
    tone_description: "Reassuring and personal, like a kind friend talking it through.",
    title: "An invitation has left your list",
    summary: "{name}'s invitation was no longer in your list when Invite Watch last looked.",
    summary_unnamed: "One of your invitations was no longer in your list when Invite Watch last looked.",
    pending_for: "It had been waiting for {duration}.",
    lead: LeadTexts {
        change_of_heart: "Most likely, they simply changed their mind, and that's usually nothing personal.",
        sent_by_mistake: "Most likely, it was sent by mistake and quietly taken back, so it's nothing personal.",
        handled_elsewhere: "Most likely, you answered it somewhere else, so there may be nothing to worry about.",
        old_invitations_cleaned_up: "Most likely, they cleared out old invitations they'd sent, and that's usually nothing personal.",
        account_closed: "Most likely, their account was closed or paused, which has nothing to do with you.",
        follow_bundled: "Perhaps it went along with a follow they undid, and that's usually nothing personal.",
        technical_issue: "It may simply have been a glitch, which has nothing to do with you.",
    },
    ask_elsewhere: "Did you answer it somewhere else (app, e-mail)?",
    most_common: "This is the most common reason.",
    headings: HeadingTexts {
        reasons: "What might have happened",
        actions: "What you could do",
        tips: "For your own invitations",
        draft: "A note for your invitation",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "They may have had a change of heart",
            text: "People sometimes invite on impulse and later decide to keep their network \
                   smaller, or to focus on a new role or field. If so, it says far more about \
                   their plans than about you.",
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
            text: "If they followed you and invited you in one go, the two may have belonged \
                   together. Had they later unfollowed you or tidied up whom they follow, they \
                   may have let the invitation go as well. This is only a guess.",
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
        several_at_once: "Several invitations were gone when the page was next read.",
        mass_disappearance: "Lots of invitations were gone at the same read, which is rarely down \
                             to one person's choice.",
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
            text: "If you can message them, a short, friendly hello is plenty, and there's no \
                   need to ask why.",
        },
        send_own_invitation: Entry {
            title: "Invite them yourself",
            text: "If the connection still feels worthwhile, you're free to send your own \
                   invitation, with the note below or a line of your own.",
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
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} knows you both: they might be happy to introduce you, which is a warmer \
                  start than an invitation out of the blue.",
            other: "{name} is one of the {count} connections you share: they might be happy to \
                    introduce you, which is a warmer start than an invitation out of the blue.",
        },
        watch_until: "They may well invite you again. After withdrawing, LinkedIn can keep them \
                      from re-inviting you for up to three weeks, here until {date} at the \
                      latest; Invite Watch will notice if an invitation comes back.",
        watch_over: "They may well invite you again. After withdrawing, LinkedIn can keep them \
                     from re-inviting you for up to three weeks; for this invitation, that was \
                     over on {date} at the latest. Invite Watch will notice if one comes back.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Tidy up the oldest ones",
            text: "LinkedIn may restrict members who have many invitations left unanswered, so \
                   withdrawing the oldest is a common clean-up. Just know that after \
                   withdrawing, you can't invite that person again for up to three weeks.",
        },
        nothing_to_tidy: "Nothing here calls for a clean-up.",
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
        summary: "{count} invitations were gone when the page was next read.",
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
        named: "Hi {first_name}, I saw you'd thought of connecting, and I'd be really glad to. \
                No pressure at all if the timing isn't right. Warm wishes",
        unnamed: "Hi there, I saw you'd thought of connecting, and I'd be really glad to. No \
                  pressure at all if the timing isn't right. Warm wishes",
    },
    draft_where: "To use it, open their profile, choose Connect (it may be under More), then \
                  \"Add a note\" and paste it in.",
    surfaces: SurfaceTexts {
        card_heading_one: "An invitation has left your list",
        card_heading_several: "A few things changed in your invitations",
        card_heading_notice: "Something changed in your invitations",
        popup_empty: "Nothing has gone missing. Invite Watch is keeping an eye on your \
                      invitations for you.",
    },
};

pub static PROFESSIONAL: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Professional",
    tone_description: "Neutral and concise, in a business register.",
    title: "Invitation no longer pending",
    summary: "{name}'s invitation was no longer listed when the page was last read.",
    summary_unnamed: "An invitation was no longer listed when the page was last read.",
    pending_for: "Pending for {duration}.",
    lead: LeadTexts {
        change_of_heart: "Most likely, the sender reconsidered; this rarely reflects on you.",
        sent_by_mistake:
            "Most likely, it was sent in error and withdrawn; this does not reflect on you.",
        handled_elsewhere: "Most likely, it was answered elsewhere; no action may be needed.",
        old_invitations_cleaned_up:
            "Most likely, the sender withdrew old pending invitations; this rarely reflects on you.",
        account_closed:
            "Most likely, the sender's account was closed; this does not reflect on you.",
        follow_bundled:
            "Possibly, it was withdrawn together with a follow; this rarely reflects on you.",
        technical_issue: "Possibly, a technical issue removed it; this does not reflect on you.",
    },
    ask_elsewhere: "Did you respond to it elsewhere (app, e-mail)?",
    most_common: "This is the most frequent cause.",
    headings: HeadingTexts {
        reasons: "Possible reasons",
        actions: "Options",
        tips: "Good practice for your own invitations",
        draft: "Suggested invitation note",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Change of heart",
            text: "The sender may have reconsidered and withdrawn the invitation. This usually \
                   reflects their own priorities, such as a new role or a more selective \
                   approach to networking.",
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
                   long-pending invitations in bulk; this one may have been among them.",
        },
        account_closed: Entry {
            title: "Account closed or deactivated",
            text: "The sender may have closed or deactivated their account, for example after a \
                   job change or over privacy concerns; their pending invitations are then \
                   removed as well.",
        },
        follow_bundled: Entry {
            title: "Withdrawn together with a follow",
            text: "Where the sender both followed and invited you, the invitation may have been \
                   withdrawn when they later reviewed the accounts they follow. This is a \
                   conjecture, not a documented cause.",
        },
        technical_issue: Entry {
            title: "Technical issue",
            text: "Occasionally a system fault, an outage or a misfiring spam filter may remove \
                   a pending invitation. This is uncommon.",
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
        several_at_once: "Several invitations were missing in the same read of the page.",
        mass_disappearance: "A large number of invitations were missing in the same read.",
        follows_you: "The sender also follows you.",
        no_follow_mentioned: "The invitation did not include a follow.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Move on",
            text: "If the connection is not a priority, no action is required.",
        },
        ask_to_reconnect: Entry {
            title: "Send a brief message",
            text: "Where messaging is possible, a brief, courteous message is sufficient. Do not \
                   ask for the reason.",
        },
        send_own_invitation: Entry {
            title: "Send your own invitation",
            text: "If the connection remains valuable, send an invitation yourself, with the \
                   suggested note below or your own.",
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
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} is a mutual connection and may be able to make an introduction.",
            other: "{name} is one of your {count} mutual connections and may be able to make an \
                    introduction.",
        },
        watch_until: "The sender may invite you again. After a withdrawal, LinkedIn prevents \
                      re-inviting the same person for up to three weeks: in this case until \
                      {date} at the latest.",
        watch_over: "The sender may invite you again. After a withdrawal, LinkedIn prevents \
                     re-inviting the same person for up to three weeks; in this case, that \
                     period ended on {date} at the latest.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Withdraw the oldest invitations",
            text: "LinkedIn may restrict members with many unanswered invitations; withdrawing \
                   the oldest ones is a common clean-up. After a withdrawal, you cannot \
                   re-invite that person for up to three weeks.",
        },
        nothing_to_tidy: "Nothing here calls for action.",
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
        summary: "{count} invitations were no longer listed when the page was next read.",
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
        named: "Dear {first_name}, thank you for your earlier invitation. I would welcome \
                connecting here, should it still suit you. Kind regards",
        unnamed: "Hello, thank you for your earlier invitation. I would welcome connecting here, \
                  should it still suit you. Kind regards",
    },
    draft_where: "Use it as the note of a new invitation: on their profile, select Connect \
                  (possibly under More), then \"Add a note\".",
    surfaces: SurfaceTexts {
        card_heading_one: "An invitation is no longer pending",
        card_heading_several: "Changes to your pending invitations",
        card_heading_notice: "A change to your pending invitations",
        popup_empty: "No invitations have disappeared. Your pending invitations are being \
                      monitored.",
    },
};

pub static BRIEF: Catalogue = Catalogue {
    common: &COMMON,
    tone_label: "Brief",
    tone_description: "Just the essentials, in a few short lines.",
    title: "Invite gone",
    summary: "{name}'s invite is gone.",
    summary_unnamed: "An invite is gone.",
    pending_for: "Pending {duration}.",
    lead: LeadTexts {
        change_of_heart: "Likely a change of mind. Rarely personal.",
        sent_by_mistake: "Likely sent by mistake. Not personal.",
        handled_elsewhere: "Likely answered elsewhere. Nothing to do.",
        old_invitations_cleaned_up: "Likely an old-invite clear-out. Rarely personal.",
        account_closed: "Likely a closed account. Not personal.",
        follow_bundled: "Maybe went with a follow. Rarely personal.",
        technical_issue: "Maybe a glitch. Not personal.",
    },
    ask_elsewhere: "Answered it elsewhere (app, e-mail)?",
    most_common: "Most common.",
    headings: HeadingTexts {
        reasons: "Why?",
        actions: "What now?",
        tips: "Tips",
        draft: "Note",
    },
    reasons: ReasonTexts {
        change_of_heart: Entry {
            title: "Change of mind",
            text: "Maybe they decided not to connect after all. Rarely personal.",
        },
        sent_by_mistake: Entry {
            title: "Sent by mistake",
            text: "Maybe a stray click or a similar name, then taken back.",
        },
        handled_elsewhere: Entry {
            title: "Answered elsewhere?",
            text: "Accepted or ignored it in the app, an e-mail or another browser? Switched \
                   account?",
        },
        old_invitations_cleaned_up: Entry {
            title: "Old invites cleared out",
            text: "LinkedIn restricts senders with many pending invites; yours may have gone in \
                   a clear-out.",
        },
        account_closed: Entry {
            title: "Account closed",
            text: "If they closed or paused their account, their invites went with it.",
        },
        follow_bundled: Entry {
            title: "Came with a follow",
            text: "A guess: if they followed and invited at once, an unfollow may have taken the \
                   invite too.",
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
        several_at_once: "Several gone in one read.",
        mass_disappearance: "Many gone in one read.",
        follows_you: "They follow you.",
        no_follow_mentioned: "No follow.",
    },
    actions: ActionTexts {
        move_on: Entry {
            title: "Do nothing",
            text: "Not keen? Nothing to do.",
        },
        ask_to_reconnect: Entry {
            title: "Say hi",
            text: "Can message them? Keep it short; don't ask why.",
        },
        send_own_invitation: Entry {
            title: "Invite them",
            text: "Still worth it? Send your own invite with the note below.",
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
    steps: StepTexts {
        shared_named: NamedCount {
            one: "{name} knows you both: ask for an introduction.",
            other: "{name} (1 of {count} in common) could introduce you.",
        },
        watch_until: "If withdrawn: no re-invite until {date} at the latest; one may come later.",
        watch_over: "If withdrawn: re-inviting was possible again on {date} at the latest; one \
                     may still come.",
    },
    sent_tips: SentTipTexts {
        withdraw_oldest: Entry {
            title: "Withdraw the oldest",
            text: "LinkedIn may restrict senders with many unanswered invites; withdrawing old \
                   ones is common. No re-invite for up to 3 weeks after.",
        },
        nothing_to_tidy: "Nothing to tidy.",
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
        summary: "{count} invites gone in one read.",
        text: "Switched LinkedIn account, or acted on them in the app? If not, maybe a glitch; \
               check later.",
    },
    resent: ResentTexts {
        title: "It's back",
        summary: "{name}'s invite returned.",
        summary_unnamed: "An invite returned.",
        text: "Maybe re-sent, or briefly hidden. Answer it as usual.",
    },
    draft: DraftTexts {
        named: "Hi {first_name}, saw you'd reached out earlier. Happy to connect!",
        unnamed: "Hi, saw you'd reached out earlier. Happy to connect!",
    },
    draft_where: "Paste as the note: their profile › Connect › Add a note.",
    surfaces: SurfaceTexts {
        card_heading_one: "Invitation gone",
        card_heading_several: "Invitations changed",
        card_heading_notice: "Invitations changed",
        popup_empty: "Nothing vanished.",
    },
};
