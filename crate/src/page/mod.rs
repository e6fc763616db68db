//! Reading an invitation-manager page: pure code over the small [`dom::Dom`] trait, so the same
//! reader runs on fixtures natively and on the live page in the browser.

pub mod age;
pub mod counts;
pub mod dom;
#[cfg(any(test, feature = "native-html"))]
pub mod html_dom;
pub mod model;

pub use model::*;
