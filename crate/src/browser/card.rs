//! The in-page card: a non-modal panel in an open shadow root (host `#invite-watch-root`), so the
//! page's styles cannot reach it and its styles cannot reach the page. Keyboard usable (focus
//! moves in when it first appears, Esc closes and focus returns where it was), updated in place
//! (a later read never steals focus or scroll), announced politely, `lang` set to its words'
//! language, light/dark and reduced-motion aware (see card.css).

use super::build_dom::{append, focus, Builder};
use super::ext::{self, send};
use super::render::{self, listen, on_click, Listeners};
use crate::messages::{Reply, Request};
use crate::surfaces::CardModel;
use js_sys::{Array, Reflect};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, KeyboardEvent, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The id of the card's host element.
pub const HOST_ID: &str = "invite-watch-root";
/// `extension/card.css`, minified by `build.rs`.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));

/// What the card on screen shows, where focus was before it first appeared, and the listeners of
/// its elements: dropped (and so removed) with the card, or with an item an update replaces.
struct Shown {
    /// Taken out while an update compares it with the next (`None` only if that update failed).
    model: Option<CardModel>,
    return_focus: Option<Element>,
    /// The card's own (close, Dismiss, Esc): only kept, to be dropped with the card.
    _listeners: Listeners,
    /// Each item's article and its listeners (its answer and Copy buttons).
    items: Vec<(Element, Listeners)>,
}

thread_local! {
    static SHOWN: RefCell<Option<Shown>> = const { RefCell::new(None) };
}

/// Removes the card, if shown; if focus was in it, returns focus where it was before the card
/// appeared.
pub fn remove(document: &Document) {
    let shown = SHOWN.with(|s| s.borrow_mut().take());
    let Some(host) = document.get_element_by_id(HOST_ID) else {
        return;
    };
    let had_focus = document
        .active_element()
        .is_some_and(|active| active == host);
    host.remove();
    if had_focus {
        if let Some(previous) = shown.and_then(|s| s.return_focus) {
            if previous.is_connected() {
                focus(&previous);
            }
        }
    }
}

fn shadow_root(document: &Document) -> Result<ShadowRoot, JsValue> {
    if let Some(root) = document
        .get_element_by_id(HOST_ID)
        .and_then(|host| host.shadow_root())
    {
        return Ok(root);
    }
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
    Ok(root)
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

/// Shows the card, or brings the one on screen up to date in place: an unchanged card is left
/// alone, and an update replaces only the items that changed, so focus, scroll and "Copied"
/// stay where they are. Focus moves into the card only when it first appears.
pub fn show(document: &Document, model: CardModel) {
    let (unchanged, known) = SHOWN.with(|s| {
        let shown = s.borrow();
        let previous = shown.as_ref().and_then(|s| s.model.as_ref());
        (previous == Some(&model), previous.is_some())
    });
    let on_screen = document.get_element_by_id(HOST_ID).is_some();
    let result = if unchanged && on_screen {
        Ok(())
    } else if on_screen && known {
        update_card(document, model)
    } else {
        // Not on screen, or on screen after an update that failed half-way: built anew.
        remove(document);
        render_card(document, model)
    };
    if let Err(error) = result {
        // Two one-argument calls: the content engine then imports one console function, not two.
        web_sys::console::warn_1(&"Invite Watch could not show its card:".into());
        web_sys::console::warn_1(&error);
    }
}

/// The first time: builds the card, remembers where focus was, and moves focus into it.
fn render_card(document: &Document, owned: CardModel) -> Result<(), JsValue> {
    let model = &owned;
    let return_focus = document.active_element();
    let root = shadow_root(document)?;
    let b = Builder::new(document.clone());
    let card = b.el("section", "card")?;
    card.set_attribute("role", "region")?;
    card.set_attribute("aria-live", "polite")?;
    card.set_attribute("tabindex", "-1")?;
    set_card_attributes(&card, model)?;

    let mut listeners = Listeners::new();
    let mut items = Vec::new();
    let header = b.el("header", "")?;
    let close = b.button("close", "×")?;
    close.set_attribute("aria-label", &model.labels.dismiss)?;
    append(&header, &[&b.text("h2", "", &model.heading)?, &close])?;
    append(&card, &[&header])?;
    for item in &model.vanished {
        let mut own = Listeners::new();
        let article = vanish_article(&mut own, document, &b, model, item)?;
        append(&card, &[&article])?;
        items.push((article, own));
    }
    for item in &model.notices {
        let mut own = Listeners::new();
        let article = notice_article(&mut own, document, &b, model, item)?;
        append(&card, &[&article])?;
        items.push((article, own));
    }
    let footer = b.el("footer", "")?;
    let dismiss = b.button("dismiss", &model.labels.dismiss)?;
    append(&footer, &[&dismiss])?;
    append(&card, &[&footer])?;
    set_events(document, model)?;

    let dismiss_action = {
        let document = document.clone();
        move || {
            let ids: Vec<u64> = document
                .get_element_by_id(HOST_ID)
                .and_then(|host| host.get_attribute("data-events"))
                .unwrap_or_default()
                .split(',')
                .filter_map(|id| id.parse().ok())
                .collect();
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

    root.append_child(&card)?;
    // A card shown before (whose host the page removed) drops its listeners here.
    SHOWN.with(|s| {
        *s.borrow_mut() = Some(Shown {
            model: Some(owned),
            return_focus,
            _listeners: listeners,
            items,
        })
    });
    focus(&card);
    Ok(())
}

/// A later model for the card on screen: changes only what differs, never moves focus into the
/// card (only back onto it, when the focused item is gone).
fn update_card(document: &Document, owned: CardModel) -> Result<(), JsValue> {
    let root = shadow_root(document)?;
    let card = root
        .query_selector(".card")?
        .ok_or("the card has no body")?;
    let previous = SHOWN
        .with(|s| s.borrow_mut().as_mut().and_then(|s| s.model.take()))
        .ok_or("the card was not shown by this engine")?;
    let model = &owned;
    let b = Builder::new(document.clone());
    let focus_inside = root.active_element();
    set_card_attributes(&card, model)?;
    if let Some(heading) = card.query_selector("h2")? {
        heading.set_text_content(Some(&model.heading));
    }
    if let Some(close) = card.query_selector("button.close")? {
        close.set_attribute("aria-label", &model.labels.dismiss)?;
    }
    if let Some(dismiss) = card.query_selector("footer button.dismiss")? {
        dismiss.set_text_content(Some(&model.labels.dismiss));
    }
    let footer = card.query_selector("footer")?;
    let same_labels = previous.labels == model.labels;
    let mut lost_focus = false;

    // Items gone or changed: removed; unchanged ones are left exactly as they are.
    let articles = card.query_selector_all("article.item")?;
    for i in 0..articles.length() {
        let Some(article) = articles.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let keep = match (
            article.get_attribute("data-key"),
            article.get_attribute("data-event"),
        ) {
            (Some(key), _) => {
                let old = previous.vanished.iter().find(|v| v.key == key);
                let new = model.vanished.iter().find(|v| v.key == key);
                same_labels && old.is_some() && old == new
            }
            (None, Some(id)) => {
                let old = previous
                    .notices
                    .iter()
                    .find(|n| n.event_id.to_string() == id);
                let new = model.notices.iter().find(|n| n.event_id.to_string() == id);
                same_labels && old.is_some() && old == new
            }
            (None, None) => false,
        };
        if !keep {
            lost_focus |= focus_inside
                .as_ref()
                .is_some_and(|focused| article.contains(Some(focused)));
            article.remove();
        }
    }
    // Items new or changed: built and put in their place in the model's order.
    let mut next: Option<Element> = None;
    let items: Vec<(
        Option<&crate::surfaces::VanishItem>,
        Option<&crate::surfaces::NoticeItem>,
    )> = model
        .vanished
        .iter()
        .map(|v| (Some(v), None))
        .chain(model.notices.iter().map(|n| (None, Some(n))))
        .collect();
    for (vanish, notice) in items.into_iter().rev() {
        let selector = match (vanish, notice) {
            (Some(v), _) => format!("article.item[data-key=\"{}\"]", css_string(&v.key)),
            (None, Some(n)) => format!("article.item[data-event=\"{}\"]", n.event_id),
            (None, None) => continue,
        };
        let existing = card.query_selector(&selector)?;
        let article = match existing {
            Some(article) => article,
            None => {
                let mut own = Listeners::new();
                let article = match (vanish, notice) {
                    (Some(v), _) => vanish_article(&mut own, document, &b, model, v)?,
                    (None, Some(n)) => notice_article(&mut own, document, &b, model, n)?,
                    (None, None) => continue,
                };
                SHOWN.with(|s| {
                    if let Some(shown) = s.borrow_mut().as_mut() {
                        shown.items.push((article.clone(), own));
                    }
                });
                let before = next.clone().or_else(|| footer.clone());
                let before_node: Option<&web_sys::Node> = before.as_ref().map(|e| e.as_ref());
                card.insert_before(&article, before_node)?;
                article
            }
        };
        next = Some(article);
    }
    set_events(document, model)?;
    SHOWN.with(|s| {
        if let Some(shown) = s.borrow_mut().as_mut() {
            // The listeners of the items removed above go with them.
            shown.items.retain(|(article, _)| article.is_connected());
            shown.model = Some(owned);
        }
    });
    if lost_focus {
        focus(&card);
    }
    Ok(())
}

/// `value` safe inside a double-quoted CSS attribute selector.
fn css_string(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"")
}

/// The card's language, tone and name for assistive technology.
fn set_card_attributes(card: &Element, model: &CardModel) -> Result<(), JsValue> {
    card.set_attribute("lang", model.lang.code())?;
    card.set_attribute("aria-label", &model.heading)?;
    card.set_attribute("data-tone", model.tone.as_str())
}

/// Notes on the host which events the card shows (for Dismiss and for a change of settings).
fn set_events(document: &Document, model: &CardModel) -> Result<(), JsValue> {
    if let Some(host) = document.get_element_by_id(HOST_ID) {
        let list: Vec<String> = model.event_ids.iter().map(u64::to_string).collect();
        host.set_attribute("data-events", &list.join(","))?;
    }
    Ok(())
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
    article.set_attribute("data-event", &item.event_id.to_string())?;
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
        let Some(host) = document.get_element_by_id(HOST_ID) else {
            return;
        };
        let shown: Vec<u64> = host
            .get_attribute("data-events")
            .unwrap_or_default()
            .split(',')
            .filter_map(|id| id.parse().ok())
            .collect();
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
