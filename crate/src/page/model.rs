//! What reading a page produces: a typed, serialisable value that the ledger consumes.

use serde::{Deserialize, Serialize};

/// Which tab of the invitation manager the page shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    Received,
    Sent,
    /// Not the invitation manager, or a part of it that is neither list.
    Other,
}

/// The view of the list: the tab, plus anything that narrows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub tab: Tab,
    /// The received list's bucket when the page splits it ("focused", "other"); `None` when the
    /// page has no buckets. Bucket names are normalised, lower-case English.
    pub bucket: Option<String>,
    /// An active filter (URL filter segment, selected chip or category radio, query form), if
    /// any. A filtered list is never the whole list.
    pub filter: Option<String>,
}

impl View {
    /// Only this view can prove that a received invitation is gone (within its bucket).
    pub fn is_unfiltered_received(&self) -> bool {
        self.tab == Tab::Received && self.filter.is_none()
    }
}

/// Why a page could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnrecognisedReason {
    /// Not an invitation-manager URL.
    NotInvitationManager,
    /// The URL is right but no known layout was found.
    UnknownLayout,
    /// A sign-in / join page.
    LoggedOut,
    /// A restriction, verification or "unusual activity" page or interstitial.
    Restricted,
    /// An error page ("Something went wrong", 404…).
    ErrorPage,
}

/// Whether the reader recognised the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReadStatus {
    Recognised,
    Unrecognised { reason: UnrecognisedReason },
}

/// Whether the whole list is on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Completeness {
    /// Every invitation of this view is rendered (count matches, nothing left to load).
    Complete,
    /// Only part of the list is rendered.
    Partial { reason: PartialReason },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartialReason {
    /// A spinner / loader is visible.
    Loading,
    /// A "Show more" / "Load more" control or pagination is present.
    MoreToLoad,
    /// The count pill says more than are rendered.
    CountExceedsCards { expected: u32, rendered: u32 },
    /// The page gave no way to tell (no count, no end marker): treated as partial.
    Unknown,
    /// Two cues for the same thing disagree (say, the bucket picker's count and an "All (N)"
    /// link): the page is not understood well enough to prove anything. `detail` names them.
    CuesDisagree { detail: String },
}

/// A bucket's count as the page lists it (the picker's menu: "Focused (4)", "Other (3)").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BucketCount {
    /// Normalised like [`View::bucket`].
    pub bucket: String,
    pub count: u32,
}

/// The markup era the page was read as (see shared notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Era {
    /// Ember "invitation-card" markup.
    C,
    /// Server-driven React v1 (`data-view-name`).
    D,
    /// Server-driven React v2, lazy column.
    E,
}

/// What kind of invitation a card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationKind {
    Person,
    /// "X follows you and is inviting you to connect".
    PersonFollowing,
    Newsletter,
    Page,
    School,
    Group,
    Event,
}

/// How long ago an invitation was sent, as implied by its relative-time label.
/// "2 weeks ago" → `min_days: 14, max_days: Some(21)` (at least 14, less than 21).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeRange {
    pub min_days: u32,
    /// Exclusive upper bound; `None` when open-ended.
    pub max_days: Option<u32>,
}

/// Whether an invitation was read from a whole card or pieced together by a fallback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CardSource {
    WholeCard,
    Fallback,
}

/// One invitation card on the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageInvitation {
    /// Stable key: `urn:li:invitation:<id>` if present, else `in:<slug>` (lower-case slug from
    /// the profile URL), else a kind-specific key such as `newsletter:<path>`.
    pub key: String,
    pub kind: InvitationKind,
    pub name: String,
    pub headline: Option<String>,
    /// Absolute `https://www.linkedin.com/...` URL of the inviter (or the thing), if any.
    pub profile_url: Option<String>,
    pub time_label: Option<String>,
    pub age: Option<AgeRange>,
    pub mutuals: Option<String>,
    /// The personal note, trimmed and capped at [`NOTE_CAP`] characters.
    pub note: Option<String>,
    pub source: CardSource,
}

/// The longest note kept, in characters (LinkedIn's own limit is about 300).
pub const NOTE_CAP: usize = 400;
/// The longest name kept, in characters; a longer one is cut and ends with "…".
pub const NAME_CAP: usize = 120;
/// The longest headline or mutual-connections line kept, in characters.
pub const LINE_CAP: usize = 240;

/// The result of reading one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRead {
    pub view: View,
    pub status: ReadStatus,
    pub completeness: Completeness,
    pub era: Option<Era>,
    /// The signed-in LinkedIn account, when the page identifies it (e.g. `in:<slug>` of the
    /// "Me" link); `None` otherwise.
    pub account: Option<String>,
    /// The count the page shows for this view, if any.
    pub count: Option<u32>,
    /// Every bucket's count, when the page lists them all (the picker's open menu); empty
    /// otherwise. Their sum is the whole received list across buckets.
    pub bucket_counts: Vec<BucketCount>,
    /// Invitations on the page, newest first, de-duplicated by key.
    pub invitations: Vec<PageInvitation>,
    /// Names or keys from "X is now a connection" acknowledgements (accepted by the user).
    pub acknowledged: Vec<String>,
}

impl PageRead {
    /// A read that proves nothing and changes nothing.
    pub fn unrecognised(reason: UnrecognisedReason) -> Self {
        PageRead {
            view: View {
                tab: Tab::Other,
                bucket: None,
                filter: None,
            },
            status: ReadStatus::Unrecognised { reason },
            completeness: Completeness::Partial {
                reason: PartialReason::Unknown,
            },
            era: None,
            account: None,
            count: None,
            bucket_counts: Vec::new(),
            invitations: Vec::new(),
            acknowledged: Vec::new(),
        }
    }

    pub fn is_recognised(&self) -> bool {
        self.status == ReadStatus::Recognised
    }

    /// The invitation manager was not understood: a layout the reader does not know, or a list
    /// whose completeness nothing on the page could tell (no count) or whose cues disagree. Then
    /// a page-structure report helps (a sign-in page, a restriction or the Sent tab need none).
    pub fn is_not_understood(&self) -> bool {
        match (&self.status, &self.completeness) {
            (ReadStatus::Unrecognised { reason }, _) => {
                *reason == UnrecognisedReason::UnknownLayout
            }
            (
                ReadStatus::Recognised,
                Completeness::Partial {
                    reason: PartialReason::Unknown | PartialReason::CuesDisagree { .. },
                },
            ) => self.view.tab == Tab::Received,
            _ => false,
        }
    }
}

/// What the user did to an invitation through the page's own controls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UserAction {
    Accept,
    Ignore,
    Withdraw,
}
