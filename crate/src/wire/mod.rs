//! The content engine's side of the messages, by hand: [`read_reply`] reads the background's
//! [`Reply`] from the plain JS object it crosses `runtime.sendMessage` as (written by
//! serde-wasm-bindgen, JSON-compatible), field by field, in the form serde writes; and
//! [`write_request`] writes a [`crate::messages::Request`] as serde's JSON text (see [`write`]
//! for why). The background and the extension pages use serde-wasm-bindgen both ways.
//!
//! Why by hand: the content engine, which runs inside LinkedIn tabs, must decode the in-page
//! card. With serde's derived `Deserialize` (internally tagged enums buffer into `Content`, every
//! type brings error texts, and serde's errors format floats) that decoding was most of the
//! content engine's size (see BENCHMARKS.md). Here the browser built the tree and this code only
//! picks fields; a card has a few dozen, so the cost is nil. Enum variants are matched by the
//! names their own `Serialize` writes. The tree is abstract ([`Tree`]) so that native tests check
//! it against `serde_json::Value` (what serde writes, read back).

use crate::advice::{
    Action, Explanation, Headings, ItemView, Likelihood, Notice, Reason, ReasonView, Tip, Tone,
};
use crate::i18n::Lang;
use crate::messages::{Problem, Reply};
use crate::surfaces::{CardModel, Labels, NoticeItem, VanishItem};
use serde::Serialize;
use std::cell::Cell;

mod write;
pub use write::write_request;

/// A unit variant's serde name (`"change_of_heart"`), as its own `Serialize` writes it (the
/// same `Serialize` the background's replies and requests go through), without a JS crossing.
pub fn serde_name<T: Serialize>(value: &T) -> Option<String> {
    let text = serde_json::to_string(value).ok()?;
    Some(text.strip_prefix('"')?.strip_suffix('"')?.to_owned())
}

/// A parsed JSON value: the browser's (a `JsValue`) or `serde_json`'s.
pub trait Tree: Sized {
    /// An object's member; `None` when absent (or `undefined`).
    fn get(&self, key: &str) -> Option<Self>;
    fn is_null(&self) -> bool;
    fn string(&self) -> Option<String>;
    fn number(&self) -> Option<f64>;
    fn boolean(&self) -> Option<bool>;
    /// An array's items; `None` when not an array.
    fn items(&self) -> Option<Vec<Self>>;
    /// A value with no members (stands in for a missing object; the reply is refused anyway).
    fn empty(&self) -> Self;
}

/// Why a reply does not have a reply's shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WireError {
    /// No `type`, or one no reply has.
    NoType,
    /// The first field found missing or of the wrong type.
    Field(&'static str),
}

impl std::fmt::Display for WireError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WireError::NoType => f.write_str("the reply has no valid type"),
            WireError::Field(key) => write!(f, "the reply has no valid {key}"),
        }
    }
}

type Decoded<T> = Result<T, WireError>;

/// Reads a reply from its parsed JSON.
pub fn read_reply<V: Tree>(v: &V) -> Decoded<Reply> {
    let r = Reader {
        missing: Cell::new(None),
    };
    let reply = match r.string(v, "type").as_str() {
        "done" => Reply::Done,
        "failed" => Reply::Failed {
            problem: Problem::from_name(&r.string(v, "problem")),
        },
        "card" => Reply::Card {
            card: v
                .get("card")
                .filter(|card| !card.is_null())
                .map(|card| Box::new(r.card_model(&card))),
        },
        _ => return Err(WireError::NoType),
    };
    match r.missing.get() {
        None => Ok(reply),
        Some(key) => Err(WireError::Field(key)),
    }
}

/// Reads fields, noting the first that is missing or of the wrong type (and reading it as
/// empty) rather than returning early at each: the reply is then refused as a whole. One error
/// path instead of one per field keeps this small.
struct Reader {
    missing: Cell<Option<&'static str>>,
}

impl Reader {
    fn fail(&self, key: &'static str) {
        if self.missing.get().is_none() {
            self.missing.set(Some(key));
        }
    }

    fn object<V: Tree>(&self, v: &V, key: &'static str) -> Option<V> {
        let value = v.get(key);
        if value.is_none() {
            self.fail(key);
        }
        value
    }

    fn string<V: Tree>(&self, v: &V, key: &'static str) -> String {
        v.get(key).and_then(|s| s.string()).unwrap_or_else(|| {
            self.fail(key);
            String::new()
        })
    }

    fn optional<V: Tree>(&self, v: &V, key: &'static str) -> Option<String> {
        let value = v.get(key).filter(|value| !value.is_null())?;
        let text = value.string();
        if text.is_none() {
            self.fail(key);
        }
        text
    }

    fn number<V: Tree>(&self, v: Option<&V>, key: &'static str) -> f64 {
        v.and_then(|n| n.number())
            .filter(|n| n.is_finite())
            .unwrap_or_else(|| {
                self.fail(key);
                0.0
            })
    }

    fn boolean<V: Tree>(&self, v: &V, key: &'static str) -> bool {
        v.get(key).and_then(|b| b.boolean()).unwrap_or_else(|| {
            self.fail(key);
            false
        })
    }

    fn list<V: Tree, T>(&self, v: &V, key: &'static str, each: impl Fn(&V) -> T) -> Vec<T> {
        match v.get(key).and_then(|l| l.items()) {
            Some(items) => items.iter().map(each).collect(),
            None => {
                self.fail(key);
                Vec::new()
            }
        }
    }

    fn tone<V: Tree>(&self, v: &V) -> Tone {
        self.string(v, "tone").parse().unwrap_or_else(|_| {
            self.fail("tone");
            Tone::default()
        })
    }

    /// A unit enum from its serde name (`"change_of_heart"`): the name its own `Serialize` writes
    /// (the `rename`s in [`crate::advice`]), never a `Debug` form.
    fn named<V: Tree, T: Copy + Serialize>(
        &self,
        v: &V,
        key: &'static str,
        all: &[T],
    ) -> Option<T> {
        let name = self.string(v, key);
        let value = all
            .iter()
            .copied()
            .find(|variant| serde_name(variant).as_deref() == Some(name.as_str()));
        if value.is_none() {
            self.fail(key);
        }
        value
    }

    fn card_model<V: Tree>(&self, v: &V) -> CardModel {
        CardModel {
            tone: self.tone(v),
            lang: Lang::from_code(&self.string(v, "lang")).unwrap_or_else(|| {
                self.fail("lang");
                Lang::default()
            }),
            labels: self.labels(v),
            heading: self.string(v, "heading"),
            vanished: self.list(v, "vanished", |item| self.vanish_item(item)),
            notices: self.list(v, "notices", |item| self.notice_item(item)),
            event_ids: self.list(v, "event_ids", |n| self.number(Some(n), "event_ids") as u64),
        }
    }

    fn labels<V: Tree>(&self, card: &V) -> Labels {
        let v = self.object(card, "labels").unwrap_or_else(|| card.empty());
        Labels {
            card_heading_one: self.string(&v, "card_heading_one"),
            card_heading_several: self.string(&v, "card_heading_several"),
            card_heading_notice: self.string(&v, "card_heading_notice"),
            resolve: self.string(&v, "resolve"),
            resolve_all: self.string(&v, "resolve_all"),
            open_profile: self.string(&v, "open_profile"),
            dismiss: self.string(&v, "dismiss"),
            copy: self.string(&v, "copy"),
            copied: self.string(&v, "copied"),
            details: self.string(&v, "details"),
            more_reasons: self.string(&v, "more_reasons"),
            popup_title: self.string(&v, "popup_title"),
            popup_empty: self.string(&v, "popup_empty"),
            status_never: self.string(&v, "status_never"),
            options_link: self.string(&v, "options_link"),
            new_badge: self.string(&v, "new_badge"),
        }
    }

    fn vanish_item<V: Tree>(&self, v: &V) -> VanishItem {
        VanishItem {
            account: self.string(v, "account"),
            key: self.string(v, "key"),
            name: self.string(v, "name"),
            profile_url: self.optional(v, "profile_url"),
            detected_at_ms: self.number(v.get("detected_at_ms").as_ref(), "detected_at_ms") as i64,
            unseen: self.boolean(v, "unseen"),
            noticed: self.optional(v, "noticed"),
            explanation: self.explanation(v),
        }
    }

    fn explanation<V: Tree>(&self, item: &V) -> Explanation {
        let v = self
            .object(item, "explanation")
            .unwrap_or_else(|| item.empty());
        let h = self.object(&v, "headings").unwrap_or_else(|| v.empty());
        Explanation {
            tone: self.tone(&v),
            title: self.string(&v, "title"),
            lead: self.string(&v, "lead"),
            ask_elsewhere: self.string(&v, "ask_elsewhere"),
            summary: self.string(&v, "summary"),
            headline: self.optional(&v, "headline"),
            pending_for: self.optional(&v, "pending_for"),
            headings: Headings {
                reasons: self.string(&h, "reasons"),
                actions: self.string(&h, "actions"),
                tips: self.string(&h, "tips"),
                draft: self.string(&h, "draft"),
            },
            reasons: self
                .list(&v, "reasons", |r| {
                    Some(ReasonView {
                        reason: self.named(r, "reason", &Reason::ALL)?,
                        title: self.string(r, "title"),
                        text: self.string(r, "text"),
                        likelihood: self.named(r, "likelihood", &Likelihood::ALL)?,
                        likelihood_label: self.string(r, "likelihood_label"),
                        why: self.optional(r, "why"),
                    })
                })
                .into_iter()
                .flatten()
                .collect(),
            actions: self.item_views(&v, "actions", &Action::ALL),
            tips: self.item_views(&v, "tips", &Tip::ALL),
            reassurance: self.string(&v, "reassurance"),
            draft: self.string(&v, "draft"),
            draft_where: self.string(&v, "draft_where"),
        }
    }

    fn item_views<V: Tree, Id: Copy + Serialize>(
        &self,
        v: &V,
        key: &'static str,
        all: &[Id],
    ) -> Vec<ItemView<Id>> {
        self.list(v, key, |item| {
            Some(ItemView {
                id: self.named(item, "id", all)?,
                title: self.string(item, "title"),
                text: self.string(item, "text"),
            })
        })
        .into_iter()
        .flatten()
        .collect()
    }

    fn notice_item<V: Tree>(&self, v: &V) -> NoticeItem {
        let n = self.object(v, "notice").unwrap_or_else(|| v.empty());
        NoticeItem {
            event_id: self.number(v.get("event_id").as_ref(), "event_id") as u64,
            unseen: self.boolean(v, "unseen"),
            names: self.list(v, "names", |s| {
                s.string().unwrap_or_else(|| {
                    self.fail("names");
                    String::new()
                })
            }),
            notice: Notice {
                tone: self.tone(&n),
                title: self.string(&n, "title"),
                summary: self.string(&n, "summary"),
                text: self.string(&n, "text"),
            },
        }
    }
}

impl Tree for serde_json::Value {
    fn get(&self, key: &str) -> Option<Self> {
        self.as_object()?.get(key).cloned()
    }
    fn is_null(&self) -> bool {
        serde_json::Value::is_null(self)
    }
    fn string(&self) -> Option<String> {
        self.as_str().map(str::to_owned)
    }
    fn number(&self) -> Option<f64> {
        self.as_f64()
    }
    fn boolean(&self) -> Option<bool> {
        self.as_bool()
    }
    fn items(&self) -> Option<Vec<Self>> {
        self.as_array().cloned()
    }
    fn empty(&self) -> Self {
        serde_json::Value::Null
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advice::sample_explanation;
    use crate::surfaces::labels;

    fn round_trip(reply: Reply) {
        let json = serde_json::to_value(&reply).expect("a reply serialises");
        assert_eq!(read_reply(&json), Ok(reply));
    }

    #[test]
    fn reads_what_serde_writes() {
        round_trip(Reply::Done);
        for problem in [
            Problem::NotUnderstood,
            Problem::Storage,
            Problem::StorageFull,
        ] {
            round_trip(Reply::Failed { problem });
        }
        round_trip(Reply::Card { card: None });
        for (tone, lang) in Tone::ALL
            .into_iter()
            .zip(Lang::ALL.into_iter().cycle().skip(1))
        {
            let mut plain = sample_explanation(tone, lang);
            plain.headline = None;
            plain.pending_for = None;
            let vanished = |key: &str, explanation: Explanation, url: Option<&str>| VanishItem {
                account: "in:me".into(),
                key: key.into(),
                name: "Zoë O’Connor".into(),
                profile_url: url.map(str::to_owned),
                detected_at_ms: 1_764_000_000_123,
                unseen: true,
                noticed: (key == "in:x").then(|| "vor 5 Minuten".to_owned()),
                explanation,
            };
            round_trip(Reply::Card {
                card: Some(Box::new(CardModel {
                    tone,
                    lang,
                    labels: labels(tone, lang),
                    heading: "An invitation quietly left your list".into(),
                    vanished: vec![
                        vanished(
                            "urn:li:invitation:1",
                            sample_explanation(tone, lang),
                            Some("https://www.linkedin.com/in/zoe/"),
                        ),
                        vanished("in:x", plain, None),
                    ],
                    notices: vec![NoticeItem {
                        event_id: 7,
                        unseen: false,
                        names: vec!["A".into(), "B \"quoted\"".into()],
                        notice: Notice {
                            tone,
                            title: "t".into(),
                            summary: "s".into(),
                            text: "x".into(),
                        },
                    }],
                    event_ids: vec![3, 7, 9_007_199_254_740_991],
                })),
            });
        }
    }

    #[test]
    fn every_named_variant_is_read_by_its_serde_name() {
        fn check<T: Copy + PartialEq + std::fmt::Debug + Serialize>(all: &[T]) {
            let r = Reader {
                missing: Cell::new(None),
            };
            for v in all {
                let tree = serde_json::json!({ "id": v });
                assert_eq!(r.named(&tree, "id", all), Some(*v));
            }
            assert_eq!(
                r.named(&serde_json::json!({ "id": "nope" }), "id", all),
                None
            );
        }
        check(&Reason::ALL);
        check(&Likelihood::ALL);
        check(&Action::ALL);
        check(&Tip::ALL);
    }

    #[test]
    fn refuses_other_shapes() {
        let read =
            |text: &str| read_reply(&serde_json::from_str::<serde_json::Value>(text).unwrap());
        assert_eq!(read(r#"{"type":"nope"}"#), Err(WireError::NoType));
        assert_eq!(
            read(r#"{"type":"failed"}"#),
            Err(WireError::Field("problem"))
        );
        assert!(matches!(
            read(r#"{"type":"card","card":{"tone":"loud"}}"#),
            Err(WireError::Field(_))
        ));
        assert_eq!(read(r#"[]"#), Err(WireError::NoType));
    }
}
