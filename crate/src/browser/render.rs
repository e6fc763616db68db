//! Turns the pure view models ([`crate::surfaces`], [`crate::advice::Explanation`]) into elements,
//! shared by the in-page card, the popup and the options preview. Text nodes only.

use super::build_dom::{append, Builder};
use crate::advice::{Explanation, Reason, ReasonView};
use crate::surfaces::{Labels, NoticeItem, VanishItem};
use gloo_events::EventListener;
use js_sys::Reflect;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventTarget};

/// The DOM listeners of a surface (or of one of its parts), owned next to what they listen on:
/// dropping them removes them, so a re-render replaces the old ones instead of leaking them.
pub type Listeners = Vec<EventListener>;

/// Calls `handler` on every `event` of `target`, for as long as `listeners` keeps the listener.
/// Not generic: one copy of gloo's (inlined) listener code in the content engine.
pub fn listen(
    listeners: &mut Listeners,
    target: &EventTarget,
    event: &'static str,
    handler: Box<dyn FnMut(&Event)>,
) {
    listeners.push(EventListener::new(target, event, handler));
}

/// Calls `handler` on every click of `element`, for as long as `listeners` keeps the listener.
pub fn on_click(listeners: &mut Listeners, element: &Element, mut handler: impl FnMut() + 'static) {
    listen(listeners, element, "click", Box::new(move |_| handler()));
}

/// How an explanation's lists are marked up.
#[derive(Clone, Copy)]
pub enum Lists {
    /// `ol`/`ul` and `li`: for the card and the options preview.
    Semantic,
    /// `div role="list"` / `div role="listitem"`: inside the popup's `#vanished` list, whose
    /// `li` elements are one per invitation (a stable contract).
    Aria,
}

impl Lists {
    fn list(self, b: &Builder, ordered: bool, class: &str) -> Result<Element, JsValue> {
        match self {
            Lists::Semantic => b.el(if ordered { "ol" } else { "ul" }, class),
            Lists::Aria => {
                let list = b.el("div", class)?;
                list.set_attribute("role", "list")?;
                Ok(list)
            }
        }
    }

    fn item(self, b: &Builder, class: &str) -> Result<Element, JsValue> {
        match self {
            Lists::Semantic => b.el("li", class),
            Lists::Aria => {
                let item = b.el("div", class)?;
                item.set_attribute("role", "listitem")?;
                Ok(item)
            }
        }
    }
}

/// How many reasons are shown before "More reasons" (the question about answering elsewhere is
/// asked above them, so that reason waits behind "More reasons" too).
pub const TOP_REASONS: usize = 2;

/// The explanation body, in the order a hurt reader needs it: the first line (what most likely
/// happened, usually nothing personal); "did you answer it elsewhere?" with the `resolve` button
/// (if any); the top reasons with their "why"; the rest behind "More reasons"; the next steps;
/// the draft with a Copy button and where it goes; then (optionally) the tips; the reassurance.
///
/// `compact` (the in-page card, which must fit 360×480): the top reasons show their title,
/// likelihood and "why" only, and "More reasons" explains every reason in full. The Copy
/// button's listener goes into `listeners`.
#[allow(clippy::too_many_arguments)]
pub fn explanation(
    listeners: &mut Listeners,
    b: &Builder,
    explanation: &Explanation,
    labels: &Labels,
    with_tips: bool,
    lists: Lists,
    resolve: Option<&Element>,
    compact: bool,
) -> Result<Element, JsValue> {
    let body = b.el("div", "explanation")?;
    append(&body, &[&b.text("p", "lead", &explanation.lead)?])?;
    let ask = b.el("div", "ask")?;
    append(
        &ask,
        &[&b.text("p", "question", &explanation.ask_elsewhere)?],
    )?;
    if let Some(resolve) = resolve {
        append(&ask, &[resolve])?;
    }
    append(&body, &[&ask])?;

    append(&body, &[&b.text("h4", "", &explanation.headings.reasons)?])?;
    let (top, rest): (Vec<&ReasonView>, Vec<&ReasonView>) = {
        let mut top = Vec::new();
        let mut rest = Vec::new();
        for reason in &explanation.reasons {
            if top.len() < TOP_REASONS && reason.reason != Reason::HandledElsewhere {
                top.push(reason);
            } else {
                rest.push(reason);
            }
        }
        (top, rest)
    };
    append(&body, &[&reason_list(b, lists, &top, 1, !compact)?])?;
    let more = b.el("details", "more")?;
    append(&more, &[&b.text("summary", "", &labels.more_reasons)?])?;
    append(&more, &[&b.text("p", "summary", &explanation.summary)?])?;
    if let Some(pending) = &explanation.pending_for {
        append(&more, &[&b.text("p", "pending", pending)?])?;
    }
    if compact {
        let all: Vec<&ReasonView> = top.iter().chain(&rest).copied().collect();
        append(&more, &[&reason_list(b, lists, &all, 1, true)?])?;
    } else {
        append(
            &more,
            &[&reason_list(b, lists, &rest, top.len() + 1, true)?],
        )?;
    }
    append(&body, &[&more])?;

    append(&body, &[&b.text("h4", "", &explanation.headings.actions)?])?;
    let actions = titled_items(
        b,
        lists,
        "actions list",
        &mut explanation
            .actions
            .iter()
            .map(|a| (a.title.as_str(), a.text.as_str())),
    )?;
    append(&body, &[&actions])?;

    let draft = b.el("div", "draft")?;
    let draft_label = b.text("h4", "", &explanation.headings.draft)?;
    let text = b.el("textarea", "")?;
    text.set_attribute("readonly", "")?;
    text.set_attribute("aria-label", &explanation.headings.draft)?;
    text.set_text_content(Some(&explanation.draft));
    let copy = b.button("copy", &labels.copy)?;
    let message = explanation.draft.clone();
    let copied_label = labels.copied.clone();
    let copy_button = copy.clone();
    on_click(listeners, &copy, move || {
        copy_to_clipboard(&message);
        copy_button.set_text_content(Some(&copied_label));
    });
    let place = b.text("p", "where", &explanation.draft_where)?;
    append(&draft, &[&draft_label, &text, &copy, &place])?;
    append(&body, &[&draft])?;

    if with_tips {
        append(&body, &[&b.text("h4", "", &explanation.headings.tips)?])?;
        let tips = titled_items(
            b,
            lists,
            "tips list",
            &mut explanation
                .tips
                .iter()
                .map(|t| (t.title.as_str(), t.text.as_str())),
        )?;
        append(&body, &[&tips])?;
    }
    append(
        &body,
        &[&b.text("p", "reassurance", &explanation.reassurance)?],
    )?;
    Ok(body)
}

/// An ordered list of reasons, numbered from `start`: title, likelihood, the "why", and the
/// text if `with_text`.
fn reason_list(
    b: &Builder,
    lists: Lists,
    reasons: &[&ReasonView],
    start: usize,
    with_text: bool,
) -> Result<Element, JsValue> {
    let list = lists.list(b, true, "reasons")?;
    if start > 1 {
        match lists {
            Lists::Semantic => list.set_attribute("start", &start.to_string())?,
            Lists::Aria => {
                list.set_attribute("style", &format!("counter-reset: reason {}", start - 1))?
            }
        }
    }
    for reason in reasons {
        let item = lists.item(b, "reason")?;
        // The reason's wire name ("change_of_heart"): a stable hook for tests.
        if let Some(name) = crate::wire::serde_name(&reason.reason) {
            item.set_attribute("data-reason", &name)?;
        }
        append(
            &item,
            &[
                &b.text("strong", "", &reason.title)?,
                &b.text("span", "likelihood", &reason.likelihood_label)?,
            ],
        )?;
        if let Some(why) = &reason.why {
            append(&item, &[&b.text("p", "why", why)?])?;
        }
        if with_text {
            append(&item, &[&b.text("p", "text", &reason.text)?])?;
        }
        append(&list, &[&item])?;
    }
    Ok(list)
}

/// An unordered list of "**title** — text" items (the next steps, the tips). Not generic over
/// the item type: one copy of this code in the content engine.
fn titled_items<'a>(
    b: &Builder,
    lists: Lists,
    class: &str,
    items: &mut dyn Iterator<Item = (&'a str, &'a str)>,
) -> Result<Element, JsValue> {
    let list = lists.list(b, false, class)?;
    for (title, text) in items {
        let item = lists.item(b, "")?;
        append(
            &item,
            &[
                &b.text("strong", "", title)?,
                &b.text("span", "", &format!(" — {text}"))?,
            ],
        )?;
        append(&list, &[&item])?;
    }
    Ok(list)
}

/// The heading part of a vanished invitation: name, headline.
pub fn person_heading(b: &Builder, item: &VanishItem) -> Result<Element, JsValue> {
    let head = b.el("div", "person")?;
    // dir="auto": a right-to-left name or headline is laid out in its own direction, isolated.
    let name = b.text("h3", "name", &item.name)?;
    name.set_attribute("dir", "auto")?;
    append(&head, &[&name])?;
    if let Some(headline) = &item.explanation.headline {
        let line = b.text("p", "headline", headline)?;
        line.set_attribute("dir", "auto")?;
        append(&head, &[&line])?;
    }
    Ok(head)
}

/// A link that opens the (validated) profile in a new tab.
pub fn profile_link(b: &Builder, url: &str, labels: &Labels) -> Result<Element, JsValue> {
    let link = b.text("a", "profile button", &labels.open_profile)?;
    link.set_attribute("href", url)?;
    link.set_attribute("target", "_blank")?;
    link.set_attribute("rel", "noopener noreferrer")?;
    Ok(link)
}

/// A notice (several left at once; one came back) with the names concerned.
pub fn notice(b: &Builder, item: &NoticeItem) -> Result<Element, JsValue> {
    let block = b.el("div", "notice")?;
    append(
        &block,
        &[
            &b.text("h3", "", &item.notice.title)?,
            &b.text("p", "summary", &item.notice.summary)?,
            &b.text("p", "text", &item.notice.text)?,
        ],
    )?;
    if !item.names.is_empty() {
        append(&block, &[&b.text("p", "names", &item.names.join(", "))?])?;
    }
    Ok(block)
}

/// Writes text to the clipboard (best effort: the textarea stays selectable either way).
pub(super) fn copy_to_clipboard(text: &str) {
    // `navigator` by property lookup: one import fewer in the content engine.
    let Ok(navigator) = Reflect::get(&super::ext::global_this(), &"navigator".into()) else {
        return;
    };
    let Ok(clipboard) = Reflect::get(&navigator, &"clipboard".into()) else {
        return;
    };
    if let Ok(write) = Reflect::get(&clipboard, &"writeText".into()) {
        if let Some(write) = write.dyn_ref::<js_sys::Function>() {
            let _ = write.call1(&clipboard, &text.into());
        }
    }
}
