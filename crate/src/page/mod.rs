//! Reading an invitation-manager page: pure code over the small [`dom::Dom`] trait, so the same
//! reader runs on fixtures natively and on the live page in the browser.
//!
//! [`read_page`] turns a page into a [`PageRead`]; [`classify_click`] says whether a click hit a
//! card's own Accept / Ignore / Withdraw control. Every selector and word list lives in
//! [`selectors`], grouped by markup era.

pub mod age;
mod cards;
pub mod counts;
pub mod dom;
#[cfg(any(test, feature = "native-html"))]
pub mod html_dom;
pub mod model;
pub mod read;
pub mod report;
pub mod selectors;
mod text;

#[cfg(test)]
mod boundary_tests;
#[cfg(test)]
mod fixture_tests;
#[cfg(test)]
mod live_fixture_tests;
#[cfg(test)]
mod locate_cost_tests;
#[cfg(test)]
mod slice_tests;

pub use model::*;
pub use read::{classify_click, read_page, PageLocator, PageReader};
pub use report::structure_report;
