//! The in-page card: a non-modal panel in an open shadow root (host `#invite-watch-root`), so the
//! page's styles cannot reach it and its styles cannot reach the page. Keyboard usable (focus
//! moves in when it first appears, Esc closes and focus returns where it was), updated in place
//! as [`crate::surfaces::card_patch`] decides (a later read never steals focus or scroll; this
//! file only carries the patch out and keeps the card's elements and event ids in its own state,
//! never in the DOM), announced politely, `lang` set to its words'
//! language, light/dark and reduced-motion aware (see card.css).

use super::build_dom::{append, focus, Builder};
use super::ext::{self, send};
use super::render::{self, listen, on_click, Listeners};
use crate::messages::{Reply, Request};
use crate::surfaces::{
    card_items, card_patch, CardFrame, CardItem, CardModel, CardPatch, Place, Slot,
};
use js_sys::{Array, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, KeyboardEvent, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The id of the card's host element.
pub const HOST_ID: &str = "invite-watch-root";
/// `extension/card.css`, minified by `build.rs`.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));

/// The card on screen: what it shows, the events Dismiss marks seen, where focus was before it
/// first appeared, its elements and their listeners. Everything the card's updates need is here,
/// in Rust; nothing is read back from the DOM.
struct Shown {
    /// The model on screen, which the next one is compared with; `None` after an update that
    /// failed half-way (the next one then builds the card anew).
    model: Option<CardModel>,
    /// The events the card shows: what Dismiss and Escape mark seen, and what a change of
    /// settings asks to keep on the card.
    event_ids: Vec<u64>,
    return_focus: Option<Element>,
    host: Element,
    root: ShadowRoot,
    frame: Frame,
    /// The card's own (close, Dismiss, Esc): only kept, to be dropped with the card.
    _listeners: Listeners,
    /// Each item's article and its listeners (its answer and Copy buttons), in the model's
    /// order ([`card_items`]).
    items: Vec<(Element, Listeners)>,
}

/// The card's own elements, which an update re-words.
struct Frame {
    card: Element,
    heading: Element,
    close: Element,
    dismiss: Element,
    footer: Element,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// The events the card on screen shows; `None` when no card is on screen.
fn shown_event_ids() -> Option<Vec<u64>> {
    SHOWN.with(|s| {
        s.borrow()
            .as_ref()
            .filter(|shown| shown.host.is_connected())
            .map(|shown| shown.event_ids.clone())
    })
}

/// Removes the card, if shown; if focus was in it, returns focus where it was before the card
/// appeared.
pub fn remove(document: &Document) {
    let shown = SHOWN.with(|s| s.borrow_mut().take());
    // A host this engine did not build (an engine loaded before, in the same page) goes too.
    let Some(host) = shown
        .as_ref()
        .map(|s| s.host.clone())
        .or_else(|| document.get_element_by_id(HOST_ID))
    else {
        return;
    };
    let had_focus = document
        .active_element()
        .is_some_and(|active| active == host);
    host.remove();
    if let Some(stale) = document.get_element_by_id(HOST_ID) {
        stale.remove();
    }
    if had_focus {
        if let Some(previous) = shown.and_then(|s| s.return_focus) {
            if previous.is_connected() {
                focus(&previous);
            }
        }
    }
}

/// A new host with its shadow root and the card's styles, appended to the page's body.
fn new_host(document: &Document) -> Result<(Element, ShadowRoot), JsValue> {
    let host = document.create_element("div")?;
    host.set_id(HOST_ID);
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // A constructed stylesheet is not subject to the page's CSP; the <style> element is the
    // fallback where adopting one from a content script is not allowed.
    if !adopt_stylesheet(&root) {
        let style = document.create_element("style")?;
        style.set_text_content(Some(CSS));
        root.append_child(&style)?;
    }
    document
        .body()
        .ok_or("the page has no body")?
        .append_child(&host)?;
    Ok((host, root))
}

fn adopt_stylesheet(root: &ShadowRoot) -> bool {
    let attempt = || -> Result<(), JsValue> {
        let constructor: js_sys::Function =
            Reflect::get(&js_sys::global(), &"CSSStyleSheet".into())?.dyn_into()?;
        let sheet = Reflect::construct(&constructor, &Array::new())?;
        let replace: js_sys::Function = Reflect::get(&sheet, &"replaceSync".into())?.dyn_into()?;
        replace.call1(&sheet, &CSS.into())?;
        Reflect::set(root, &"adoptedStyleSheets".into(), &Array::of1(&sheet))?;
        let adopted = Reflect::get(root, &"adoptedStyleSheets".into())?;
        if Array::from(&adopted).length() == 1 {
            Ok(())
        } else {
            Err(JsValue::NULL)
        }
    };
    attempt().is_ok()
}

/// Shows the card, or brings the one on screen up to date in place, carrying out the patch
/// [`card_patch`] decides: an unchanged card is left alone, and an update replaces only the
/// items that changed, so focus, scroll and "Copied" stay where they are. Focus moves into the
/// card only when it first appears.
pub fn show(document: &Document, model: CardModel) {
    // The card on screen, taken out while it is updated (no listener can see it half-done).
    let shown = SHOWN
        .with(|s| s.borrow_mut().take())
        .filter(|shown| shown.host.is_connected());
    let result = match shown {
        Some(mut shown) => {
            let focused = shown.root.active_element().and_then(|active| {
                shown
                    .items
                    .iter()
                    .position(|(article, _)| article.contains(Some(&active)))
            });
            let patch = card_patch(shown.model.as_ref(), &model, focused);
            if patch.build_anew {
                SHOWN.with(|s| *s.borrow_mut() = Some(shown));
                remove(document);
                render_card(document, model, patch)
            } else {
                let result = update_card(document, &mut shown, model, &patch);
                SHOWN.with(|s| *s.borrow_mut() = Some(shown));
                result
            }
        }
        None => {
            // Not on screen (or its host was removed by the page): built anew.
            remove(document);
            let patch = card_patch(None, &model, None);
            render_card(document, model, patch)
        }
    };
    if let Err(error) = result {
        // Two one-argument calls: the content engine then imports one console function, not two.
        web_sys::console::warn_1(&"Invite Watch could not show its card:".into());
        web_sys::console::warn_1(&error);
    }
}

/// The first time: builds the card, remembers where focus was, and moves focus into it.
fn render_card(document: &Document, owned: CardModel, patch: CardPatch) -> Result<(), JsValue> {
    let model = &owned;
    let return_focus = document.active_element();
    let b = Builder::new(document.clone());
    let card = b.el("section", "card")?;
    card.set_attribute("role", "region")?;
    card.set_attribute("aria-live", "polite")?;
    card.set_attribute("tabindex", "-1")?;

    let mut listeners = Listeners::new();
    let header = b.el("header", "")?;
    let heading = b.el("h2", "")?;
    let close = b.button("close", "×")?;
    append(&header, &[&heading, &close])?;
    append(&card, &[&header])?;
    let footer = b.el("footer", "")?;
    let dismiss = b.button("dismiss", "")?;
    append(&footer, &[&dismiss])?;
    let frame = Frame {
        card: card.clone(),
        heading,
        close: close.clone(),
        dismiss: dismiss.clone(),
        footer: footer.clone(),
    };
    set_frame(&frame, &CardFrame::of(model))?;
    let mut items = Vec::new();
    for item in card_items(model) {
        let (article, own) = item_article(document, &b, model, item)?;
        append(&card, &[&article])?;
        items.push((article, own));
    }
    append(&card, &[&footer])?;

    let dismiss_action = {
        let document = document.clone();
        move || {
            let ids = shown_event_ids().unwrap_or_default();
            remove(&document);
            let request = Request::MarkSeen { ids };
            wasm_bindgen_futures::spawn_local(async move {
                let _ = send(&request).await;
            });
        }
    };
    on_click(&mut listeners, &dismiss, dismiss_action.clone());
    on_click(&mut listeners, &close, dismiss_action.clone());
    listen(
        &mut listeners,
        &card,
        "keydown",
        Box::new(move |event| {
            if event
                .dyn_ref::<KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape")
            {
                dismiss_action();
            }
        }),
    );

    let (host, root) = new_host(document)?;
    root.append_child(&card)?;
    SHOWN.with(|s| {
        *s.borrow_mut() = Some(Shown {
            model: Some(owned),
            event_ids: patch.event_ids,
            return_focus,
            host,
            root,
            frame,
            _listeners: listeners,
            items,
        })
    });
    focus(&card);
    Ok(())
}

/// Carries out `patch` on the card on screen: never moves focus into the card (only back onto
/// it, when the focused item is gone). Leaves `shown.model` at `None` if a DOM call fails, so
/// that the next model builds the card anew.
fn update_card(
    document: &Document,
    shown: &mut Shown,
    owned: CardModel,
    patch: &CardPatch,
) -> Result<(), JsValue> {
    shown.model = None;
    shown.event_ids.clone_from(&patch.event_ids);
    if let Some(frame) = &patch.frame {
        set_frame(&shown.frame, frame)?;
    }
    let before: Vec<Element> = shown.items.iter().map(|(a, _)| a.clone()).collect();
    let mut previous: Vec<Option<(Element, Listeners)>> = shown.items.drain(..).map(Some).collect();
    // The listeners of the removed items go with them.
    for &i in &patch.remove {
        if let Some((article, _)) = previous.get_mut(i).and_then(Option::take) {
            article.remove();
        }
    }
    let b = Builder::new(document.clone());
    let next = card_items(&owned);
    for (slot, item) in patch.items.iter().zip(next) {
        let entry = match slot {
            Slot::Keep { from } => previous
                .get_mut(*from)
                .and_then(Option::take)
                .ok_or("a kept item is not on the card")?,
            Slot::Build { before: place } => {
                let (article, own) = item_article(document, &b, &owned, item)?;
                let anchor = match place {
                    Place::Before(from) => before.get(*from).ok_or("no such item")?,
                    Place::End => &shown.frame.footer,
                };
                shown.frame.card.insert_before(&article, Some(anchor))?;
                (article, own)
            }
        };
        shown.items.push(entry);
    }
    shown.model = Some(owned);
    if patch.refocus_card {
        focus(&shown.frame.card);
    }
    Ok(())
}

/// The card's language, tone, name for assistive technology, heading and Dismiss labels.
fn set_frame(frame: &Frame, words: &CardFrame) -> Result<(), JsValue> {
    frame.card.set_attribute("lang", words.lang.code())?;
    frame.card.set_attribute("aria-label", &words.heading)?;
    frame.card.set_attribute("data-tone", words.tone.as_str())?;
    frame.heading.set_text_content(Some(&words.heading));
    frame.close.set_attribute("aria-label", &words.dismiss)?;
    frame.dismiss.set_text_content(Some(&words.dismiss));
    Ok(())
}

/// One item's article and the listeners of its buttons.
fn item_article(
    document: &Document,
    b: &Builder,
    model: &CardModel,
    item: CardItem<'_>,
) -> Result<(Element, Listeners), JsValue> {
    let mut own = Listeners::new();
    let article = match item {
        CardItem::Vanish(item) => vanish_article(&mut own, document, b, model, item)?,
        CardItem::Notice(item) => notice_article(&mut own, document, b, model, item)?,
    };
    Ok((article, own))
}

/// One vanished invitation: who, the first line, "answered elsewhere?" with its button, the
/// reasons, next steps and the draft.
fn vanish_article(
    listeners: &mut Listeners,
    document: &Document,
    b: &Builder,
    model: &CardModel,
    item: &crate::surfaces::VanishItem,
) -> Result<Element, JsValue> {
    let article = b.el("article", "item")?;
    // Output only (browser tests read it); never read back.
    article.set_attribute("data-key", &item.key)?;
    append(&article, &[&render::person_heading(b, item)?])?;
    let resolve = b.button("resolve primary", &model.labels.resolve)?;
    answer_on_click(
        listeners,
        document,
        &resolve,
        Request::ResolveByUser {
            account: item.account.clone(),
            key: item.key.clone(),
        },
    );
    append(
        &article,
        &[&render::explanation(
            listeners,
            b,
            &item.explanation,
            &model.labels,
            false,
            render::Lists::Semantic,
            Some(&resolve),
            true,
        )?],
    )?;
    if let Some(url) = &item.profile_url {
        let buttons = b.el("div", "buttons")?;
        append(&buttons, &[&render::profile_link(b, url, &model.labels)?])?;
        append(&article, &[&buttons])?;
    }
    Ok(article)
}

/// A notice (several left at once; one came back) with its "that was me" button.
fn notice_article(
    listeners: &mut Listeners,
    document: &Document,
    b: &Builder,
    model: &CardModel,
    item: &crate::surfaces::NoticeItem,
) -> Result<Element, JsValue> {
    let article = b.el("article", "item")?;
    append(&article, &[&render::notice(b, item)?])?;
    let resolve = b.button("resolve-all primary", &model.labels.resolve_all)?;
    answer_on_click(
        listeners,
        document,
        &resolve,
        Request::ResolveEvent {
            event_id: item.event_id,
        },
    );
    append(&article, &[&resolve])?;
    Ok(article)
}

/// On each click of `button`, sends `request` and shows what the background answers.
fn answer_on_click(
    listeners: &mut Listeners,
    document: &Document,
    button: &Element,
    request: Request,
) {
    let doc = document.clone();
    on_click(listeners, button, move || {
        let request = request.clone();
        let doc = doc.clone();
        wasm_bindgen_futures::spawn_local(async move { answer(&doc, &request).await });
    });
}

/// Sends a resolve request and shows what remains (or removes the card).
async fn answer(document: &Document, request: &Request) {
    match send(request).await {
        Ok(Reply::Card { card: Some(model) }) => show(document, *model),
        Ok(Reply::Card { card: None }) | Ok(Reply::Done) => remove(document),
        Ok(Reply::Failed { problem }) => web_sys::console::warn_1(&problem.name().into()),
        // Not an answer to a resolve request.
        Ok(Reply::Snapshot(_)) => {}
        Err(error) => web_sys::console::warn_1(&error.to_string().into()),
    }
}

/// Re-renders the shown card when the settings change (tone, or the card turned off). The
/// listener lives as long as the returned closure (the content engine's state keeps it for the
/// page's life; `storage.onChanged` is no DOM event target, so this is no `EventListener`).
pub fn listen_for_settings() -> Closure<dyn FnMut(JsValue)> {
    let on_change = Closure::<dyn FnMut(JsValue)>::new(|changes: JsValue| {
        if Reflect::get(&changes, &"settings".into()).map_or(true, |v| v.is_undefined()) {
            return;
        }
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(shown) = shown_event_ids() else {
            return;
        };
        wasm_bindgen_futures::spawn_local(async move {
            answer(&document, &Request::CurrentCard { shown }).await;
        });
    });
    // storage.sync's own event: the tab is not sent storage.local's changes (the ledger, ~1 MB
    // old and new on every save) only to ignore them.
    let _ = ext::on_storage_changed(
        ext::Changes::Of(ext::Area::Sync),
        on_change.as_ref().unchecked_ref(),
    );
    on_change
}
