//! The reader's values in the ledger's own words ([`crate::ledger::kinds`]): what the diff
//! stores of a page read. One match per type, so that a variant added to the reader must be
//! given its stored name here before anything compiles.

use crate::ledger::kinds;
use crate::page;

pub(super) fn kind(kind: page::InvitationKind) -> kinds::InvitationKind {
    use kinds::InvitationKind as K;
    match kind {
        page::InvitationKind::Person => K::Person,
        page::InvitationKind::PersonFollowing => K::PersonFollowing,
        page::InvitationKind::Newsletter => K::Newsletter,
        page::InvitationKind::Page => K::Page,
        page::InvitationKind::School => K::School,
        page::InvitationKind::Group => K::Group,
        page::InvitationKind::Event => K::Event,
    }
}

pub(super) fn era(era: page::Era) -> kinds::Era {
    match era {
        page::Era::C => kinds::Era::C,
        page::Era::D => kinds::Era::D,
        page::Era::E => kinds::Era::E,
    }
}

pub(super) fn view(view: &page::View) -> kinds::View {
    kinds::View {
        tab: match view.tab {
            page::Tab::Received => kinds::Tab::Received,
            page::Tab::Sent => kinds::Tab::Sent,
            page::Tab::Other => kinds::Tab::Other,
        },
        bucket: view.bucket.clone(),
        filter: view.filter.clone(),
    }
}

pub(super) fn partial(reason: &page::PartialReason) -> kinds::PartialReason {
    use kinds::PartialReason as P;
    match reason {
        page::PartialReason::Loading => P::Loading,
        page::PartialReason::MoreToLoad => P::MoreToLoad,
        page::PartialReason::CountExceedsCards { expected, rendered } => P::CountExceedsCards {
            expected: *expected,
            rendered: *rendered,
        },
        page::PartialReason::Unknown => P::Unknown,
        page::PartialReason::CuesDisagree { detail } => P::CuesDisagree {
            detail: detail.clone(),
        },
    }
}

pub(super) fn unrecognised(reason: &page::UnrecognisedReason) -> kinds::UnrecognisedReason {
    use kinds::UnrecognisedReason as U;
    match reason {
        page::UnrecognisedReason::NotInvitationManager => U::NotInvitationManager,
        page::UnrecognisedReason::UnknownLayout => U::UnknownLayout,
        page::UnrecognisedReason::LoggedOut => U::LoggedOut,
        page::UnrecognisedReason::Restricted => U::Restricted,
        page::UnrecognisedReason::ErrorPage => U::ErrorPage,
    }
}
