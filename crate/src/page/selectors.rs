//! Every CSS selector and text pattern the page reader uses, in one place, grouped by markup era
//! (C, D, E — see the shared notes on LinkedIn's pages). Each constant names the fixtures in
//! `tests/fixtures/pages/` that prove it; a selector without a fixture does not belong here.
//!
//! Rules: never select on hashed class names (`_609562f9`); prefer roles, `data-testid`,
//! `componentkey`, link targets and the position of controls over words. Word lists are second
//! evidence (English, German, French), matched on lower-cased text with straight apostrophes.
//! Selectors avoid `:has()` so that every [`super::dom::Dom`] implementation can run them.

// ---------------------------------------------------------------------------------------------
// Whole-page markers (any era)
// ---------------------------------------------------------------------------------------------

/// URL path prefix of the invitation manager. Proven by every `era-*` fixture.
pub const INVITATION_MANAGER_PATH: &str = "/mynetwork/invitation-manager";

/// URL paths of sign-in, join and auth-wall pages. Fixture: `logged-out-sign-in.html` (served at
/// `/login?session_redirect=…`).
pub const LOGIN_PATHS: &[&str] = &[
    "/login",
    "/uas/login",
    "/checkpoint/lg/",
    "/authwall",
    "/signup",
];

/// URL paths of security checks (treated as a restriction). No fixture; LinkedIn's own
/// challenge URL.
pub const CHALLENGE_PATHS: &[&str] = &["/checkpoint/challenge"];

/// A sign-in or join form in the page. Fixture: `logged-out-sign-in.html`.
pub const LOGGED_OUT: &str = "input[name=\"session_key\"], form.login__form, \
    form[action*=\"login-submit\"], form[action*=\"/signup\"]";

/// Where a restriction, verification or error message would be written: headings and dialogs.
/// Fixtures: `restricted-weekly-limit.html` (h1), `era-e-received-take-care-interstitial.html`
/// (`[role=dialog]` h2), `error-page.html` (h1). The cookie banner is also a `[role=dialog]`
/// (every fixture) and must not match the words below.
pub const NOTICE_SCOPES: &str =
    "h1, h2, [role=\"dialog\"], [role=\"alertdialog\"], dialog[open], [role=\"alert\"]";

/// Restriction, verification and interstitial wording. Fixtures: `restricted-weekly-limit.html`
/// ("weekly invitation limit", "unusual activity"), `era-e-received-take-care-interstitial.html`
/// ("Take care when connecting"). German and French forms have no fixture yet.
pub const RESTRICTION_WORDS: &[&str] = &[
    "weekly invitation limit",
    "unusual activity",
    "take care when connecting",
    "temporarily restricted",
    "account has been restricted",
    "verify your identity",
    "quick security check",
    "einladungslimit",
    "ungewöhnliche aktivität",
    "vorübergehend eingeschränkt",
    "limite hebdomadaire",
    "activité inhabituelle",
    "temporairement restreint",
];

/// Error-page wording. Fixture: `error-page.html` ("Something went wrong").
pub const ERROR_WORDS: &[&str] = &[
    "something went wrong",
    "this page doesn't exist",
    "page not found",
    "etwas ist schiefgelaufen",
    "diese seite existiert nicht",
    "une erreur s'est produite",
    "cette page n'existe pas",
];

/// The signed-in account: a profile link inside the global nav's "Me" menu. Fixtures:
/// `era-c-received-complete.html`, `era-d-received.html` (Ember `#global-nav` dropdown),
/// `era-e-received-focused-complete.html` (React `header` menu). When the menu is not rendered
/// (`era-c-sent-paged.html`, `era-e-sent.html`) the account is unknown.
pub const ACCOUNT_LINK: &str = "#global-nav a[href*=\"/in/\"], header a[href*=\"/in/\"]";

/// Text that hides a duplicate for screen readers. Fixtures: `era-c-received-complete.html`
/// (`span.visually-hidden` next to the name).
pub const VISUALLY_HIDDEN: &str = ".visually-hidden, .a11y-text, .sr-only";

/// A spinner while a batch loads. Fixture: `era-e-received-partial-loader.html`.
pub const LOADER: &str =
    "[data-testid=\"loader\"], .artdeco-loader, .scaffold-finite-scroll__loader";

/// The "Show more" button of a finite scroll. Fixture: `era-c-received-partial-show-more.html`.
// fallback for era C markup; can go when no era-C page has been seen since 2026-11-26
pub const LOAD_MORE_BUTTON: &str = ".scaffold-finite-scroll__load-button";

/// Buttons and links that may be a "Show more"/"Load more" control (checked against
/// [`LOAD_MORE_WORDS`], outside cards). Fixture: `era-d-sent-people-1100.html` ("Load more").
pub const MORE_CANDIDATES: &str = "button, [role=\"button\"], a";

/// [`MORE_CANDIDATES`] that are not inside a card ([`C_CARD`], [`D_CARD`], [`E_ROW`]): the
/// browser leaves out the list's own controls, which would otherwise be fetched across the
/// wasm boundary one by one (four or so per row). A test checks they say exactly that.
pub const C_MORE_OUTSIDE_CARDS: &str = "button:not(li.invitation-card *), \
    [role=\"button\"]:not(li.invitation-card *), a:not(li.invitation-card *)";
/// As [`C_MORE_OUTSIDE_CARDS`], for era D.
pub const D_MORE_OUTSIDE_CARDS: &str = "button:not([data-view-name=\"pending-invitation\"] *), \
    [role=\"button\"]:not([data-view-name=\"pending-invitation\"] *), \
    a:not([data-view-name=\"pending-invitation\"] *)";
/// As [`C_MORE_OUTSIDE_CARDS`], for era E.
pub const E_MORE_OUTSIDE_CARDS: &str = "button:not([role=\"listitem\"] *), \
    [role=\"button\"]:not([role=\"listitem\"] *), a:not([role=\"listitem\"] *)";

/// Words of a "load more" control. Fixtures: `era-c-received-partial-show-more.html`
/// ("Show more results"), `era-d-sent-people-1100.html` ("Load more").
pub const LOAD_MORE_WORDS: &[&str] = &[
    "show more",
    "load more",
    "see more results",
    "mehr anzeigen",
    "weitere anzeigen",
    "weitere laden",
    "afficher plus",
    "voir plus de résultats",
    "charger plus",
];

/// Pagination. Fixture: `era-c-sent-paged.html` (page 1 of 4, next enabled).
// fallback for era C markup; can go when no era-C page has been seen since 2026-11-26
pub const PAGINATION: &str = ".artdeco-pagination";
/// The enabled "Next" button of a pagination. Fixture: `era-c-sent-paged.html`.
pub const PAGINATION_NEXT: &str = ".artdeco-pagination__button--next";
/// The current page's indicator. Fixture: `era-c-sent-paged.html`.
pub const PAGINATION_CURRENT: &str = ".artdeco-pagination__indicator.active, \
    .artdeco-pagination__indicator.selected, .artdeco-pagination [aria-current=\"true\"]";

// ---------------------------------------------------------------------------------------------
// Words that classify lines inside a card (second evidence)
// ---------------------------------------------------------------------------------------------

/// A mutual-connections line. Fixtures: `era-c-received-complete.html`, `era-d-received.html`,
/// `era-d-received-fr.html` ("en commun"), `era-e-received-de.html` ("gemeinsame Kontakte").
pub const MUTUAL_WORDS: &[&str] = &["mutual connection", "gemeinsame", "en commun"];

/// "X follows you and is inviting you to connect". Fixtures:
/// `era-e-received-other-follows-you.html`, `era-e-received-de.html` ("folgt Ihnen").
pub const FOLLOWS_WORDS: &[&str] = &["follows you", "folgt ihnen", "vous suit"];

/// "X is now a connection" acknowledgements. Fixture:
/// `era-e-received-acknowledged-suggestions.html`.
pub const ACK_WORDS: &[&str] = &[
    "is now a connection",
    "are now connected",
    "ist jetzt ein kontakt",
    "sind jetzt vernetzt",
    "fait désormais partie de vos relations",
    "est maintenant une relation",
];

/// "is inviting you" lines (kept out of the headline). Fixtures: every era-E received fixture.
pub const INVITING_WORDS: &[&str] = &[
    "inviting you",
    "invited you",
    "möchte sich mit ihnen vernetzen",
    "hat sie eingeladen",
    "vous invite",
];

/// Accept / Ignore / Withdraw words, used only to confirm the order of a pair of controls.
/// Fixtures: every received fixture (en), `era-e-received-de.html`, `era-d-received-fr.html`.
pub const ACCEPT_WORDS: &[&str] = &["accept", "annehmen", "accepter", "aceptar"];
/// See [`ACCEPT_WORDS`].
pub const IGNORE_WORDS: &[&str] = &["ignore", "ignorieren", "ignorer", "ignorar"];

/// Controls of a row or card that are known NOT to be Accept, Ignore or Withdraw: a note's
/// reply and "show more", the overflow menu, suggestion cards' Connect/Dismiss, Message.
/// Fixtures: `era-e-live-received-focused.html` ("Reply to …", "Show more actions"),
/// `era-e-received-acknowledged-suggestions.html` (Connect, Dismiss, Message).
pub const OTHER_CONTROL_WORDS: &[&str] = &[
    "reply",
    "show more",
    "more actions",
    "connect",
    "dismiss",
    "message",
    "antworten",
    "weitere aktionen",
    "mehr anzeigen",
    "vernetzen",
    "nachricht",
    "répondre",
    "plus d'actions",
    "afficher plus",
    "se connecter",
    "responder",
    "más acciones",
    "mostrar más",
    "conectar",
    "mensaje",
];

/// "see more" text inside a truncated note (removed from the note). Fixtures:
/// `era-c-received-complete.html` (`…see more`), `era-e-received-focused-complete.html` (`…more`).
pub const NOTE_MORE_WORDS: &[&str] = &[
    "…see more",
    "...see more",
    "see more",
    "…more",
    "...more",
    "…mehr",
    "mehr anzeigen",
    "…voir plus",
    "voir plus",
];

/// Known bucket names → normalised bucket. Fixtures: `era-e-received-focused-complete.html`
/// ("Focused"), `era-e-received-other-follows-you.html` ("Other", also via menu position),
/// `era-e-received-de.html` ("Fokussiert").
pub const BUCKET_FOCUSED_WORDS: &[&str] = &["focused", "fokussiert", "relevant", "prioritaires"];
/// See [`BUCKET_FOCUSED_WORDS`].
pub const BUCKET_OTHER_WORDS: &[&str] = &["other", "others", "sonstige", "andere", "autres"];

// ---------------------------------------------------------------------------------------------
// Links: what a card is about
// ---------------------------------------------------------------------------------------------

/// Links that name the subject of a card, with the key prefix each gives. A person's `/in/` link
/// gives `in:<slug>`. Fixtures: `era-c-received-complete.html` (`/newsletters/`, relative `/in/`
/// with a query string), `era-e-received-other-kinds.html` (`/newsletters/`, `/company/`,
/// `/events/`, `/groups/`).
pub const ENTITY_LINK: &str = "a[href*=\"/in/\"], a[href*=\"/newsletters/\"], \
    a[href*=\"/company/\"], a[href*=\"/school/\"], a[href*=\"/groups/\"], a[href*=\"/events/\"]";

/// The site's origin, for making relative links absolute.
pub const ORIGIN: &str = "https://www.linkedin.com";

// ---------------------------------------------------------------------------------------------
// Era C — Ember "invitation-card"
// ---------------------------------------------------------------------------------------------
// fallback for era C markup; can go when no era-C page has been seen since 2026-11-26
// (every constant in this group; the notes date era C to ≈2019–2024, "possibly later").

/// Markers of an era-C page. Fixtures: `era-c-received-complete.html`,
/// `era-c-received-empty.html`, `era-c-sent-paged.html`.
pub const C_MARKERS: &str =
    ".mn-invitation-list, li.invitation-card, .mn-invitation-manager__no-invites, .mn-invitation-manager";
/// The list. Fixtures: `era-c-received-complete.html`, `era-c-sent-paged.html`.
pub const C_LIST: &str = "ul.mn-invitation-list";
/// A card inside the list. Fixtures: as [`C_LIST`].
pub const C_CARD: &str = "li.invitation-card";
/// Any list item (a card whose class changed): read as a fallback.
pub const C_ANY_ROW: &str = "li";
/// The empty state. Fixture: `era-c-received-empty.html`.
pub const C_EMPTY: &str = "section.mn-invitation-manager__no-invites";
/// Tabs; the selected one is `aria-selected="true"` (position 0 received, 1 sent). Fixtures:
/// `era-c-received-complete.html`, `era-c-sent-paged.html`.
pub const C_TABS: &str = ".artdeco-tablist [role=\"tab\"]";
/// Filter pills with counts ("All (5)", "People (37)"); the first is the unfiltered list. Three
/// placements are on record: in a `.mn-filters-toolbar` (fixtures `era-c-received-complete.html`,
/// `era-c-sent-paged.html`, `era-c-received-facet-pills-toolbar.html`), in a
/// `section.mn-invitation-manager__filters` (`era-c-received-facet-pills-section.html`), and by
/// the facet-pill id most public scripts use, wherever it stands.
pub const C_PILLS: &str = ".mn-filters-toolbar button, .mn-filters-toolbar [role=\"button\"], \
    section.mn-invitation-manager__filters button, \
    [id^=\"mn-invitation-manager__invitation-facet-pills--\"]";
/// The id prefix of a facet pill; the pill whose id is exactly this prefix is the unfiltered
/// list ("All"), `…--CONNECTION` the people. Fixtures: `era-c-received-facet-pills-section.html`,
/// `era-c-received-facet-pills-toolbar.html`.
pub const C_FACET_PILL_ID: &str = "mn-invitation-manager__invitation-facet-pills--";
/// A pill's own label element (some scripts read the count here). Fixture:
/// `era-c-received-facet-pills-section.html`.
pub const C_PILL_TEXT: &str = ".artdeco-pill__text";
/// The class of the selected pill (besides `aria-pressed="true"`). Fixtures:
/// `era-c-received-complete.html`, `era-c-received-facet-pills-toolbar.html` (class only).
pub const C_PILL_SELECTED_CLASS: &str = "artdeco-pill--selected";
/// Name (two layouts). Fixtures: `era-c-received-complete.html` (both: Zoë O’Connor is the
/// `tvm-title` layout).
pub const C_NAME: &[&str] = &[".invitation-card__title", ".invitation-card__tvm-title"];
/// Headline. Fixture: `era-c-received-complete.html`.
pub const C_HEADLINE: &[&str] = &[".invitation-card__subtitle"];
/// Mutual connections. Fixture: `era-c-received-complete.html`.
pub const C_MUTUAL: &[&str] = &[".member-insights__reason", ".member-insights"];
/// Time badge. Fixtures: `era-c-received-complete.html`, `era-c-sent-paged.html` ("Sent …").
pub const C_TIME: &[&str] = &["time"];
/// The personal note. Fixture: `era-c-received-complete.html` (Chloé Martin).
pub const C_NOTE: &[&str] = &[".invitation-card__custom-message"];
/// Action controls (Ignore, Accept; or Withdraw on Sent). Fixtures:
/// `era-c-received-complete.html`, `era-c-sent-paged.html`.
pub const C_ACTIONS: &str =
    ".invitation-card__action-container button, button.invitation-card__action-btn";
/// The newsletter icon. Fixture: `era-c-received-complete.html` (The Weekly Byte).
pub const C_NEWSLETTER_ICON: &str = ".invitation-card__icon--newspaper";

// ---------------------------------------------------------------------------------------------
// Era D — server-driven React v1 (`data-view-name`)
// ---------------------------------------------------------------------------------------------

/// The era-D list or card: checked before any screen name, so that a screen name alone never
/// decides the era. Fixtures: `era-d-received.html`, `era-d-sent-people-1100.html`.
pub const D_LIST_MARKERS: &str = "[componentkey=\"InvitationManagerPage_InvitationsList\"], \
    [data-view-name=\"pending-invitation\"]";
/// Markers of an era-D page. Fixtures: `era-d-received.html`, `era-d-sent-people-1100.html`.
pub const D_MARKERS: &str = "[data-view-name=\"pending-invitation\"], \
    [data-sdui-screen*=\"InvitationReceivedWithType\"], [data-sdui-screen*=\"InvitationSentWithType\"], \
    [componentkey=\"InvitationManagerPage_InvitationsList\"]";
/// The screen root; its name says the tab. Fixtures: `era-d-received.html`,
/// `era-d-sent-people-1100.html`.
pub const D_SCREEN: &str = "[data-sdui-screen]";
/// Screen-name fragments for the tabs. Fixtures: as [`D_SCREEN`].
pub const D_SCREEN_RECEIVED: &str = "InvitationReceivedWithType";
/// See [`D_SCREEN_RECEIVED`].
pub const D_SCREEN_SENT: &str = "InvitationSentWithType";
/// The list. Fixtures: `era-d-received.html`, `era-d-received-fr.html`.
pub const D_LIST: &str = "[componentkey=\"InvitationManagerPage_InvitationsList\"]";
/// A card. Fixtures: `era-d-received.html`, `era-d-sent-people-1100.html`.
pub const D_CARD: &str = "[data-view-name=\"pending-invitation\"]";
/// A list row without the card's view name: read as a fallback.
pub const D_ANY_ROW: &str = "[role=\"listitem\"]";
/// The current filter pill ("People (1,100)"). Fixtures: `era-d-sent-people-1100.html`,
/// `era-d-received.html` ("All (4)"), `era-d-received-fr.html` ("Toutes (1 100)").
pub const D_PILLS: &str = "nav button[aria-current]";
/// Name (two layouts). Fixtures: `era-d-received.html` (`strong`),
/// `era-d-received-no-strong.html` (`span[aria-hidden]`).
pub const D_NAME: &[&str] = &[
    "a[href*=\"/in/\"] > strong",
    "a[href*=\"/in/\"] span[aria-hidden=\"true\"]",
    "a > strong",
];
/// Action controls. Fixtures: `era-d-received.html` (pair), `era-d-sent-people-1100.html`.
pub const D_ACTIONS: &str = "[data-view-name=\"invitation-action\"] button, \
    button[data-view-name=\"sent-invitations-withdraw-single\"]";

// ---------------------------------------------------------------------------------------------
// Era E — server-driven React v2, lazy column
// ---------------------------------------------------------------------------------------------

/// The era-E list inside the invitations screen, or an invitation row in a lazy column. Fixtures:
/// every `era-e-*` fixture.
pub const E_LIST_MARKERS: &str =
    "[data-sdui-screen*=\"mynetwork.invitations\"] [data-testid=\"lazy-column\"], \
    [data-testid=\"lazy-column\"] [componentkey^=\"urn:li:invitation:\"]";
/// Markers of an era-E page. Fixtures: every `era-e-*` fixture.
pub const E_MARKERS: &str = "[data-sdui-screen*=\"mynetwork.invitations\"], \
    [data-testid=\"lazy-column\"] [componentkey^=\"urn:li:invitation:\"]";
/// The screen root. Fixtures: every `era-e-*` fixture.
pub const E_SCREEN: &str = "[data-sdui-screen*=\"mynetwork.invitations\"]";
/// The lazy column holding the rows. Fixtures: every `era-e-*` fixture;
/// `era-e-sent-empty.html` (idle and empty).
pub const E_LIST: &str = "[data-testid=\"lazy-column\"]";
/// A row (an invitation, an acknowledgement or a suggestion). Fixtures: every `era-e-*` fixture.
pub const E_ROW: &str = "[role=\"listitem\"]";
/// The tab links; the current one has `aria-current`. Fixtures: every `era-e-*` fixture.
pub const E_TABS: &str = "nav a[aria-current][href*=\"/invitation-manager/\"]";
/// The bucket picker's checkbox inside a `[role=button]`: a native `<input type=checkbox>`
/// (the live page: structural dump of 2026-09-10; its state is the `checked` property) or a
/// `[role=checkbox][aria-checked]`. Fixtures: `era-e-live-received-focused.html`,
/// `era-e-live-received-no-checked-attr.html` (native), `era-e-received-focused-complete.html`,
/// `era-e-live-received-span-count.html` (role), `era-e-received-category-verified.html`
/// (unchecked).
pub const E_BUCKET_CHECKBOX: &str =
    "[role=\"button\"] input[type=\"checkbox\"], [role=\"button\"] [role=\"checkbox\"]";
/// Where a picker or category writes its count: a `<label>` (live dump) or a `<span>`. Fixtures:
/// `era-e-live-received-focused.html` (label), `era-e-live-received-span-count.html` (span).
pub const E_COUNT_TEXT: &str = "label, span";
/// A category radio (Verified, Mutual Connections…), checked by `aria-checked` or by its native
/// input. Fixtures: `era-e-received-category-verified.html`, `era-e-live-received-focused.html`.
pub const E_RADIO: &str = "[role=\"radio\"]";
/// A native input inside a picker or category. Fixture: `era-e-live-received-focused.html`.
pub const E_NATIVE_CHECK: &str = "input[type=\"checkbox\"], input[type=\"radio\"]";
/// The "All (N)" link that some 2026 pages show instead of the bucket picker (a public script
/// of 2026-06 reads `main a[aria-current="true"][href*="/received/ALL"]`). Fixtures:
/// `era-e-live-received-all-nav.html`, `era-e-live-received-cues-disagree.html`.
pub const E_ALL_LINK: &str = "a[href*=\"/invitation-manager/received/ALL\" i]";
/// The picker button itself. Fixtures: as [`E_BUCKET_CHECKBOX`].
pub const E_BUCKET_PICKER: &str = "[role=\"button\"]";
/// The picker's menu items, whose position names the bucket (0 focused, 1 other). Fixture:
/// `era-e-received-other-follows-you.html`.
pub const E_BUCKET_MENU_ITEMS: &str = "[role=\"menu\"] [role=\"menuitem\"]";
/// The Sent list's "People (N)" link: the current nav link, or the link to the people list
/// wherever it stands. Fixture: `era-e-sent.html`; absent in `era-e-sent-empty.html`.
pub const E_SENT_COUNT: &str =
    "nav a[aria-current], a[href*=\"/invitation-manager/sent/CONNECTION\" i]";
/// The componentkey carrying the invitation URN. Fixtures: every era-E received fixture.
pub const E_URN_ATTR: &str = "componentkey";
/// URN prefix of an invitation.
pub const URN_PREFIX: &str = "urn:li:invitation:";
/// Name: a bold link (received) or the first paragraph (sent). Fixtures:
/// `era-e-received-focused-complete.html`, `era-e-sent.html`.
pub const E_NAME: &[&str] = &["a strong", "p"];
/// The note. Fixtures: `era-e-received-focused-complete.html`, `era-e-received-de.html`.
pub const E_NOTE: &[&str] = &["[data-testid=\"expandable-text-box\"]"];
/// The note's "…more" button. Fixtures: as [`E_NOTE`].
pub const E_NOTE_BUTTON: &str = "[data-testid=\"expandable-text-button\"]";
/// Action controls: labelled buttons and links (Accept is an `<a>` on "follows you" cards, and
/// Withdraw is always an `<a>`). Fixtures: `era-e-received-focused-complete.html`,
/// `era-e-received-other-follows-you.html`, `era-e-sent.html`.
pub const E_ACTIONS: &str = "button[aria-label], a[aria-label]";

/// The withdraw confirmation: a native `<dialog open data-testid="dialog">` without a role, whose
/// confirm button repeats the row's `aria-label`. Fixture: `era-e-sent-withdraw-dialog.html`.
pub const CONFIRM_DIALOG: &str = "dialog[open], [data-testid=\"dialog\"]";

/// Paragraph-like elements scanned for headline, mutuals and time labels (eras D and E).
pub const TEXT_LINES: &str = "p, span, time";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_outside_cards_are_the_candidates_not_in_each_eras_card() {
        for (card, outside) in [
            (C_CARD, C_MORE_OUTSIDE_CARDS),
            (D_CARD, D_MORE_OUTSIDE_CARDS),
            (E_ROW, E_MORE_OUTSIDE_CARDS),
        ] {
            let expected: Vec<String> = MORE_CANDIDATES
                .split(", ")
                .map(|candidate| format!("{candidate}:not({card} *)"))
                .collect();
            let actual: Vec<&str> = outside.split(", ").map(str::trim).collect();
            assert_eq!(actual, expected, "{card}");
        }
    }
}
