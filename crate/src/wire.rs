//! The content engine's side of the messages ([`crate::messages`]), by hand: [`write_request`]
//! writes a [`Request`] as the exact JSON text `serde_json` would (the background decodes it
//! with serde), and [`read_reply`] reads a [`Reply`] from a parsed JSON tree, field by field, in
//! the form serde writes (the background encodes replies with `serde_json`).
//!
//! Why: the content engine, which runs inside LinkedIn tabs, must decode the in-page card. With
//! serde's derived `Deserialize` (internally tagged enums buffer into `Content`, every type
//! brings error texts, and serde's errors format floats) that decoding was most of the content
//! engine's size. Here the browser's own `JSON.parse` builds the tree and this code only picks
//! fields; a card has a few dozen, so the cost is nil. The tree is abstract ([`Tree`]) so that
//! native tests check it against `serde_json::Value` (what serde writes, read back). Likewise
//! serde_json's serializer (with its error and I/O machinery) is replaced by a small writer that
//! the tests prove byte-identical to `serde_json::to_string` on every fixture page's read.

use crate::advice::{
    Action, Explanation, Headings, ItemView, Lang, Likelihood, Notice, Reason, ReasonView, Tip,
    Tone,
};
use crate::messages::{Reply, Request};
use crate::page::{
    AgeRange, Completeness, PageInvitation, PageRead, PartialReason, ReadStatus, View,
};
use crate::surfaces::{CardModel, Labels, NoticeItem, VanishItem};
use std::cell::Cell;
use std::fmt::{Debug, Write};

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

/// A reply that does not have the expected shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WireError(pub String);

type Decoded<T> = Result<T, WireError>;

/// Reads a reply from its parsed JSON.
pub fn read_reply<V: Tree>(v: &V) -> Decoded<Reply> {
    let r = Reader {
        missing: Cell::new(None),
    };
    let reply = match r.string(v, "type").as_str() {
        "done" => Reply::Done,
        "failed" => Reply::Failed {
            message: r.string(v, "message"),
        },
        "card" => Reply::Card {
            card: v
                .get("card")
                .filter(|card| !card.is_null())
                .map(|card| Box::new(r.card_model(&card))),
        },
        _ => return Err(WireError("the reply has no valid type".into())),
    };
    match r.missing.get() {
        None => Ok(reply),
        Some(key) => Err(WireError(format!("the reply has no valid {key}"))),
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

    /// A unit enum from its serde name (`"change_of_heart"`): the `snake_case` of its `Debug`
    /// name (`ChangeOfHeart`), as `#[serde(rename_all = "snake_case")]` makes it.
    fn named<V: Tree, T: Copy + Debug>(&self, v: &V, key: &'static str, all: &[T]) -> Option<T> {
        let name = self.string(v, key);
        let value = all.iter().copied().find(|variant| {
            let mut debug = String::new();
            let _ = write!(debug, "{variant:?}");
            snake_case_is(&debug, &name)
        });
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

    fn item_views<V: Tree, Id: Copy + Debug>(
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

/// Whether `snake` is the `snake_case` form of the CamelCase `camel`.
fn snake_case_is(camel: &str, snake: &str) -> bool {
    let mut expected = snake.chars();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 && expected.next() != Some('_') {
            return false;
        }
        if expected.next() != Some(c.to_ascii_lowercase()) {
            return false;
        }
    }
    expected.next().is_none()
}

/// The JSON text of a request, as `serde_json::to_string` writes it.
pub fn write_request(request: &Request) -> String {
    let mut w = Writer(String::with_capacity(256));
    w.0.push('{');
    match request {
        Request::PageRead {
            read,
            settled,
            engine,
            report,
        } => {
            w.tag("page-read");
            w.key("read");
            w.page_read(read);
            w.key("settled");
            w.boolean(*settled);
            w.key("engine");
            w.string(engine);
            w.key("report");
            w.opt_string(report.as_deref());
        }
        Request::UserActed {
            account,
            key,
            action,
        } => {
            w.tag("user-acted");
            w.key("account");
            w.opt_string(account.as_deref());
            w.key("key");
            w.string(key);
            w.key("action");
            w.unit(action);
        }
        Request::ResolveByUser { account, key } => {
            w.tag("resolve-by-user");
            w.key("account");
            w.string(account);
            w.key("key");
            w.string(key);
        }
        Request::ResolveEvent { event_id } => {
            w.tag("resolve-event");
            w.key("event_id");
            w.number(*event_id);
        }
        Request::MarkSeen { ids } => {
            w.tag("mark-seen");
            w.key("ids");
            w.numbers(ids);
        }
        Request::CurrentCard { shown } => {
            w.tag("current-card");
            w.key("shown");
            w.numbers(shown);
        }
        Request::ClearHistory => w.tag("clear-history"),
    }
    w.0.push('}');
    w.0
}

/// Appends JSON to a string. Writing to a `String` cannot fail, so results are ignored.
struct Writer(String);

impl Writer {
    fn tag(&mut self, name: &str) {
        self.0.push_str("\"type\":");
        self.string(name);
    }

    /// `,"key":` (every key but a variant's first follows its `type` tag).
    fn key(&mut self, key: &str) {
        self.0.push(',');
        self.string(key);
        self.0.push(':');
    }

    fn first_key(&mut self, key: &str) {
        self.string(key);
        self.0.push(':');
    }

    fn comma(&mut self, index: usize) {
        if index > 0 {
            self.0.push(',');
        }
    }

    fn numbers(&mut self, values: &[u64]) {
        self.0.push('[');
        for (i, value) in values.iter().enumerate() {
            self.comma(i);
            self.number(value);
        }
        self.0.push(']');
    }

    fn boolean(&mut self, value: bool) {
        self.0.push_str(if value { "true" } else { "false" });
    }

    fn number(&mut self, value: impl std::fmt::Display) {
        let _ = write!(self.0, "{value}");
    }

    /// A unit enum variant: serde writes its name, which is its `Debug` form.
    fn unit(&mut self, value: &impl Debug) {
        let _ = write!(self.0, "\"{value:?}\"");
    }

    fn string(&mut self, text: &str) {
        self.0.push('"');
        for c in text.chars() {
            match c {
                '"' => self.0.push_str("\\\""),
                '\\' => self.0.push_str("\\\\"),
                '\n' => self.0.push_str("\\n"),
                '\r' => self.0.push_str("\\r"),
                '\t' => self.0.push_str("\\t"),
                '\u{8}' => self.0.push_str("\\b"),
                '\u{c}' => self.0.push_str("\\f"),
                c if c < ' ' => {
                    let _ = write!(self.0, "\\u{:04x}", c as u32);
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn opt_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.0.push_str("null"),
        }
    }

    fn page_read(&mut self, read: &PageRead) {
        self.0.push('{');
        self.first_key("view");
        self.view(&read.view);
        self.key("status");
        match &read.status {
            ReadStatus::Recognised => self.unit(&read.status),
            ReadStatus::Unrecognised { reason } => {
                self.0.push_str("{\"Unrecognised\":{\"reason\":");
                self.unit(reason);
                self.0.push_str("}}");
            }
        }
        self.key("completeness");
        match &read.completeness {
            Completeness::Complete => self.unit(&read.completeness),
            Completeness::Partial { reason } => {
                self.0.push_str("{\"Partial\":{\"reason\":");
                match reason {
                    PartialReason::CountExceedsCards { expected, rendered } => {
                        self.0.push_str("{\"CountExceedsCards\":{");
                        self.first_key("expected");
                        self.number(expected);
                        self.key("rendered");
                        self.number(rendered);
                        self.0.push_str("}}");
                    }
                    PartialReason::CuesDisagree { detail } => {
                        self.0.push_str("{\"CuesDisagree\":{");
                        self.first_key("detail");
                        self.string(detail);
                        self.0.push_str("}}");
                    }
                    other => self.unit(other),
                }
                self.0.push_str("}}");
            }
        }
        self.key("era");
        match &read.era {
            Some(era) => self.unit(era),
            None => self.0.push_str("null"),
        }
        self.key("account");
        self.opt_string(read.account.as_deref());
        self.key("count");
        match read.count {
            Some(count) => self.number(count),
            None => self.0.push_str("null"),
        }
        self.key("bucket_counts");
        self.0.push('[');
        for (i, listed) in read.bucket_counts.iter().enumerate() {
            self.comma(i);
            self.0.push('{');
            self.first_key("bucket");
            self.string(&listed.bucket);
            self.key("count");
            self.number(listed.count);
            self.0.push('}');
        }
        self.0.push(']');
        self.key("invitations");
        self.0.push('[');
        for (i, invitation) in read.invitations.iter().enumerate() {
            self.comma(i);
            self.invitation(invitation);
        }
        self.0.push(']');
        self.key("acknowledged");
        self.0.push('[');
        for (i, key) in read.acknowledged.iter().enumerate() {
            self.comma(i);
            self.string(key);
        }
        self.0.push_str("]}");
    }

    fn view(&mut self, view: &View) {
        self.0.push('{');
        self.first_key("tab");
        self.unit(&view.tab);
        self.key("bucket");
        self.opt_string(view.bucket.as_deref());
        self.key("filter");
        self.opt_string(view.filter.as_deref());
        self.0.push('}');
    }

    fn invitation(&mut self, inv: &PageInvitation) {
        self.0.push('{');
        self.first_key("key");
        self.string(&inv.key);
        self.key("kind");
        self.unit(&inv.kind);
        self.key("name");
        self.string(&inv.name);
        self.key("headline");
        self.opt_string(inv.headline.as_deref());
        self.key("profile_url");
        self.opt_string(inv.profile_url.as_deref());
        self.key("time_label");
        self.opt_string(inv.time_label.as_deref());
        self.key("age");
        match &inv.age {
            Some(age) => self.age(age),
            None => self.0.push_str("null"),
        }
        self.key("mutuals");
        self.opt_string(inv.mutuals.as_deref());
        self.key("note");
        self.opt_string(inv.note.as_deref());
        self.key("source");
        self.unit(&inv.source);
        self.0.push('}');
    }

    fn age(&mut self, age: &AgeRange) {
        self.0.push('{');
        self.first_key("min_days");
        self.number(age.min_days);
        self.key("max_days");
        match age.max_days {
            Some(max) => self.number(max),
            None => self.0.push_str("null"),
        }
        self.0.push('}');
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
        round_trip(Reply::Failed {
            message: "Invite Watch could not save its history: quota".into(),
        });
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

    fn same_as_serde(request: Request) {
        let serde = serde_json::to_string(&request).expect("a request serialises");
        assert_eq!(write_request(&request), serde);
    }

    #[test]
    fn writes_what_serde_writes() {
        use crate::page::{Era, InvitationKind, Tab, UnrecognisedReason, UserAction, NOTE_CAP};
        same_as_serde(Request::CurrentCard { shown: vec![] });
        same_as_serde(Request::CurrentCard {
            shown: vec![3, 9_007_199_254_740_991],
        });
        same_as_serde(Request::ClearHistory);
        same_as_serde(Request::MarkSeen { ids: vec![] });
        same_as_serde(Request::MarkSeen {
            ids: vec![1, u64::MAX],
        });
        same_as_serde(Request::ResolveEvent { event_id: 42 });
        same_as_serde(Request::ResolveByUser {
            account: "in:me".into(),
            key: "urn:li:invitation:1".into(),
        });
        for action in [UserAction::Accept, UserAction::Ignore, UserAction::Withdraw] {
            for account in [None, Some("in:me".to_string())] {
                same_as_serde(Request::UserActed {
                    account,
                    key: "in:zoë".into(),
                    action,
                });
            }
        }
        let nasty: String =
            (0u32..0x80).filter_map(char::from_u32).collect::<String>() + "é’\u{2028}😀";
        let mut read = PageRead::unrecognised(UnrecognisedReason::Restricted);
        read.view = View {
            tab: Tab::Sent,
            bucket: Some(nasty.clone()),
            filter: None,
        };
        read.era = Some(Era::D);
        read.count = Some(7);
        read.account = Some("in:me".into());
        read.acknowledged = vec!["a".into(), nasty.clone()];
        read.invitations = vec![PageInvitation {
            key: "k".into(),
            kind: InvitationKind::PersonFollowing,
            name: nasty.clone(),
            headline: None,
            profile_url: Some("https://www.linkedin.com/in/x/".into()),
            time_label: Some("2 weeks ago".into()),
            age: Some(AgeRange {
                min_days: 14,
                max_days: None,
            }),
            mutuals: None,
            note: Some("n".repeat(NOTE_CAP)),
            source: crate::page::CardSource::Fallback,
        }];
        for completeness in [
            Completeness::Complete,
            Completeness::Partial {
                reason: PartialReason::CountExceedsCards {
                    expected: 9,
                    rendered: 3,
                },
            },
            Completeness::Partial {
                reason: PartialReason::Loading,
            },
        ] {
            read.completeness = completeness;
            for settled in [true, false] {
                same_as_serde(Request::PageRead {
                    read: read.clone(),
                    settled,
                    engine: "nowasm".into(),
                    report: settled.then(|| "outline:\n  div role=\"list\"\n".into()),
                });
            }
        }
        read.status = ReadStatus::Recognised;
        read.era = None;
        same_as_serde(Request::PageRead {
            read,
            settled: true,
            engine: "wasm".into(),
            report: None,
        });
    }

    #[test]
    fn writes_every_fixture_read_as_serde_does() {
        use crate::page::{html_dom::HtmlDom, read_page};
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/pages");
        let mut pages = 0;
        for entry in std::fs::read_dir(dir).expect("the fixtures folder") {
            let path = entry.expect("a fixture").path();
            if path.extension().and_then(|e| e.to_str()) != Some("html") {
                continue;
            }
            let html = std::fs::read_to_string(&path).expect("a fixture's text");
            let dom = HtmlDom::parse(&html);
            for tab in ["received/", "sent/"] {
                let url = format!("https://www.linkedin.com/mynetwork/invitation-manager/{tab}");
                let read = read_page(&dom.view(), &url);
                let report = read
                    .is_not_understood()
                    .then(|| crate::page::structure_report(&dom.view(), &url, &read));
                same_as_serde(Request::PageRead {
                    read,
                    settled: true,
                    engine: "wasm".into(),
                    report,
                });
            }
            pages += 1;
        }
        assert!(pages >= 20, "only {pages} fixtures found");
    }

    #[test]
    fn snake_case_names_are_serdes() {
        fn check<T: Copy + Debug + serde::Serialize>(all: &[T]) {
            for v in all {
                let serde = serde_json::to_value(v).expect("a name");
                let name = serde.as_str().expect("a unit variant");
                assert!(snake_case_is(&format!("{v:?}"), name), "{v:?} / {name}");
                assert!(!snake_case_is(&format!("{v:?}"), &format!("{name}_")));
            }
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
        assert!(read(r#"{"type":"nope"}"#).is_err());
        assert!(read(r#"{"type":"failed"}"#).is_err());
        assert!(read(r#"{"type":"card","card":{"tone":"loud"}}"#).is_err());
        assert!(read(r#"[]"#).is_err());
    }
}
