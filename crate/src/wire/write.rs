//! The content engine's writer of a [`Request`]: its JSON text, byte for byte what
//! `serde_json::to_string` writes (the tests prove it on every fixture page's read), which the
//! browser's `JSON.parse` turns into the plain object that crosses `runtime.sendMessage`.
//!
//! Why by hand, in the content engine only: serde-wasm-bindgen's serialiser, monomorphised for
//! every type of a [`PageRead`], cost the content engine 4 KB of gzip it does not have, and it
//! builds the object one boundary crossing per field (tens of thousands for a long list, inside
//! the task that sends the read), where one string and one `JSON.parse` do. The background and
//! the extension pages use serde-wasm-bindgen. Tags and keys are written out here; unit variants
//! are written by their own `Serialize` (through `serde_json`), never from `Debug`.

use std::fmt::Write;

use serde::Serialize;

use crate::messages::Request;
use crate::page::{
    AgeRange, Completeness, PageInvitation, PageRead, PartialReason, ReadStatus, View,
};

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
        // The extension pages' requests (the content engine sends neither; written all the same).
        Request::Snapshot { damaged_copies } => {
            w.tag("snapshot");
            w.key("damaged_copies");
            w.boolean(*damaged_copies);
        }
        Request::SaveSettings { settings } => {
            w.tag("save-settings");
            w.key("settings");
            w.0.push('{');
            w.first_key("tone");
            w.unit(&settings.tone);
            w.key("language");
            w.string(crate::settings::language_name(settings.language));
            w.key("inPageCard");
            w.boolean(settings.in_page_card);
            w.key("notifications");
            w.boolean(settings.notifications);
            w.key("retentionDays");
            w.number(settings.retention_days);
            w.0.push('}');
        }
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

    /// `,"key":` (every key but an object's first).
    fn key(&mut self, key: &str) {
        self.0.push(',');
        self.first_key(key);
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
            self.number(*value);
        }
        self.0.push(']');
    }

    fn boolean(&mut self, value: bool) {
        self.0.push_str(if value { "true" } else { "false" });
    }

    fn number(&mut self, value: impl Into<u64>) {
        let _ = write!(self.0, "{}", value.into());
    }

    fn opt_number(&mut self, value: Option<u32>) {
        match value {
            Some(value) => self.number(value),
            None => self.null(),
        }
    }

    fn null(&mut self) {
        self.0.push_str("null");
    }

    /// A unit variant, written by its own `Serialize` (its quoted serde name).
    fn unit(&mut self, value: &impl Serialize) {
        match serde_json::to_string(value) {
            Ok(json) => self.0.push_str(&json),
            Err(_) => self.null(),
        }
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
                    let _ = write!(self.0, "\\u{:04x}", u32::from(c));
                }
                c => self.0.push(c),
            }
        }
        self.0.push('"');
    }

    fn opt_string(&mut self, text: Option<&str>) {
        match text {
            Some(text) => self.string(text),
            None => self.null(),
        }
    }

    /// `{"Variant":{` of an externally tagged struct variant.
    fn variant(&mut self, name: &str) {
        self.0.push('{');
        self.first_key(name);
        self.0.push('{');
    }

    fn page_read(&mut self, read: &PageRead) {
        self.0.push('{');
        self.first_key("view");
        self.view(&read.view);
        self.key("status");
        match &read.status {
            ReadStatus::Recognised => self.unit(&read.status),
            ReadStatus::Unrecognised { reason } => {
                self.variant("Unrecognised");
                self.first_key("reason");
                self.unit(reason);
                self.0.push_str("}}");
            }
        }
        self.key("completeness");
        match &read.completeness {
            Completeness::Complete => self.unit(&read.completeness),
            Completeness::Partial { reason } => {
                self.variant("Partial");
                self.first_key("reason");
                match reason {
                    PartialReason::CountExceedsCards { expected, rendered } => {
                        self.variant("CountExceedsCards");
                        self.first_key("expected");
                        self.number(*expected);
                        self.key("rendered");
                        self.number(*rendered);
                        self.0.push_str("}}");
                    }
                    PartialReason::CuesDisagree { detail } => {
                        self.variant("CuesDisagree");
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
            None => self.null(),
        }
        self.key("account");
        self.opt_string(read.account.as_deref());
        self.key("count");
        self.opt_number(read.count);
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
            None => self.null(),
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
        self.opt_number(age.max_days);
        self.0.push('}');
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::page::{
        CardSource, Era, InvitationKind, Tab, UnrecognisedReason, UserAction, NOTE_CAP,
    };

    fn same_as_serde(request: Request) {
        let serde = serde_json::to_string(&request).expect("a request serialises");
        assert_eq!(write_request(&request), serde);
    }

    #[test]
    fn writes_what_serde_writes() {
        same_as_serde(Request::CurrentCard { shown: vec![] });
        same_as_serde(Request::CurrentCard {
            shown: vec![3, 9_007_199_254_740_991],
        });
        same_as_serde(Request::ClearHistory);
        same_as_serde(Request::Snapshot {
            damaged_copies: true,
        });
        same_as_serde(Request::SaveSettings {
            settings: crate::settings::Settings::default(),
        });
        same_as_serde(Request::SaveSettings {
            settings: crate::settings::Settings {
                tone: crate::advice::Tone::Brief,
                language: Some(crate::i18n::Lang::French),
                in_page_card: false,
                notifications: true,
                retention_days: 3650,
            },
        });
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
        read.bucket_counts = vec![crate::page::BucketCount {
            bucket: "focused".into(),
            count: 4,
        }];
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
            source: CardSource::Fallback,
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
                reason: PartialReason::CuesDisagree {
                    detail: nasty.clone(),
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
}
