//! The ledger's own words for what a page read said: the kind of an invitation, the markup era,
//! the view, why a list was partial and why a page could not be read. They mirror the reader's
//! types ([`crate::page`]) but are not them: what is stored is written here, every name explicit,
//! so that renaming anything in the reader cannot change (or break) a stored ledger.
//! [`crate::diff`] turns the reader's values into these.
//!
//! The serde names are those stored since format 1; they never change.

use serde::{Deserialize, Serialize};

/// What kind of invitation an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum InvitationKind {
    #[serde(rename = "Person")]
    Person,
    /// "X follows you and is inviting you to connect".
    #[serde(rename = "PersonFollowing")]
    PersonFollowing,
    #[serde(rename = "Newsletter")]
    Newsletter,
    #[serde(rename = "Page")]
    Page,
    #[serde(rename = "School")]
    School,
    #[serde(rename = "Group")]
    Group,
    #[serde(rename = "Event")]
    Event,
}

/// The markup era a page was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Era {
    /// Ember "invitation-card" markup.
    #[serde(rename = "C")]
    C,
    /// Server-driven React v1.
    #[serde(rename = "D")]
    D,
    /// Server-driven React v2, lazy column.
    #[serde(rename = "E")]
    E,
}

/// Which tab of the invitation manager a read showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    #[serde(rename = "Received")]
    Received,
    #[serde(rename = "Sent")]
    Sent,
    /// Not the invitation manager, or a part of it that is neither list.
    #[serde(rename = "Other")]
    Other,
}

/// The view a read showed: the tab, its bucket ("focused", "other") and any filter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    #[serde(rename = "tab")]
    pub tab: Tab,
    #[serde(rename = "bucket")]
    pub bucket: Option<String>,
    #[serde(rename = "filter")]
    pub filter: Option<String>,
}

/// Why a read's list was not whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartialReason {
    /// A spinner was visible.
    #[serde(rename = "Loading")]
    Loading,
    /// A "Show more" control or pagination was present.
    #[serde(rename = "MoreToLoad")]
    MoreToLoad,
    /// The count said more than were rendered.
    #[serde(rename = "CountExceedsCards")]
    CountExceedsCards {
        #[serde(rename = "expected")]
        expected: u32,
        #[serde(rename = "rendered")]
        rendered: u32,
    },
    /// The page gave no way to tell.
    #[serde(rename = "Unknown")]
    Unknown,
    /// Two of the page's cues disagreed; `detail` names them.
    #[serde(rename = "CuesDisagree")]
    CuesDisagree {
        #[serde(rename = "detail")]
        detail: String,
    },
}

/// Why a page could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UnrecognisedReason {
    #[serde(rename = "NotInvitationManager")]
    NotInvitationManager,
    #[serde(rename = "UnknownLayout")]
    UnknownLayout,
    #[serde(rename = "LoggedOut")]
    LoggedOut,
    #[serde(rename = "Restricted")]
    Restricted,
    #[serde(rename = "ErrorPage")]
    ErrorPage,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The stored names, written out: a rename here is a new stored form.
    #[test]
    fn the_stored_names_are_those_of_format_1() {
        let names = |value: serde_json::Value| value;
        assert_eq!(
            names(json!([
                InvitationKind::Person,
                InvitationKind::PersonFollowing,
                InvitationKind::Newsletter,
                InvitationKind::Page,
                InvitationKind::School,
                InvitationKind::Group,
                InvitationKind::Event
            ])),
            json!([
                "Person",
                "PersonFollowing",
                "Newsletter",
                "Page",
                "School",
                "Group",
                "Event"
            ])
        );
        assert_eq!(json!([Era::C, Era::D, Era::E]), json!(["C", "D", "E"]));
        assert_eq!(
            json!(View {
                tab: Tab::Received,
                bucket: Some("focused".into()),
                filter: None
            }),
            json!({"tab": "Received", "bucket": "focused", "filter": null})
        );
        assert_eq!(json!([Tab::Sent, Tab::Other]), json!(["Sent", "Other"]));
        assert_eq!(
            json!([
                PartialReason::Loading,
                PartialReason::MoreToLoad,
                PartialReason::CountExceedsCards {
                    expected: 5,
                    rendered: 3
                },
                PartialReason::Unknown,
                PartialReason::CuesDisagree { detail: "x".into() }
            ]),
            json!([
                "Loading",
                "MoreToLoad",
                {"CountExceedsCards": {"expected": 5, "rendered": 3}},
                "Unknown",
                {"CuesDisagree": {"detail": "x"}}
            ])
        );
        assert_eq!(
            json!([
                UnrecognisedReason::NotInvitationManager,
                UnrecognisedReason::UnknownLayout,
                UnrecognisedReason::LoggedOut,
                UnrecognisedReason::Restricted,
                UnrecognisedReason::ErrorPage
            ]),
            json!([
                "NotInvitationManager",
                "UnknownLayout",
                "LoggedOut",
                "Restricted",
                "ErrorPage"
            ])
        );
    }
}
