//! Every word the extension shows, one file per language: English ([`en`]), German ([`de`]),
//! French ([`fr`]) and Spanish ([`es`]). Each file holds one `COMMON` (words shared by the tones:
//! buttons, relative times, plurals, notifications, the options page) and three catalogues, one
//! per tone (`WARM`, `PROFESSIONAL`, `BRIEF`).
//!
//! The shape is [`catalogue`]'s structs: to add a key, add a field there, then its words in each
//! of the four files here (the build fails until all four have them, and the tests in
//! `advice/tests.rs` check that none is empty, that plurals and placeholders are in place and that
//! every draft fits 200 characters). This module is at the bottom of the layers: it imports
//! nothing of the crate's; the advice reads it (`crate::advice::words`).
//!
//! The texts are written per language as a native speaker would say them, not translated word
//! for word; what they may claim is bounded by the product guide and the notes on LinkedIn (no
//! stated expiry; "did you answer it elsewhere?" is asked, never asserted; what happened is said
//! with "may" or "likely").
//!
//! Which language: the browser's UI language, unless the options page overrides it
//! ([`crate::settings::Settings::language`]).

pub mod catalogue;
pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod lang;

pub use catalogue::*;
pub use lang::Lang;

/// What `lang` shares across tones.
pub fn common(lang: Lang) -> &'static Common {
    match lang {
        Lang::English => &en::COMMON,
        Lang::German => &de::COMMON,
        Lang::French => &fr::COMMON,
        Lang::Spanish => &es::COMMON,
    }
}
