//! The in-page card: a non-modal panel in an open shadow root (host `#invite-watch-root`), so the
//! page's styles cannot reach it and its styles cannot reach the page. Keyboard usable (focus on
//! open, Esc closes), announced politely, light/dark and reduced-motion aware (see card.css).

use super::build_dom::{append, focus, Builder};
use super::ext::{self, send};
use super::render::{self, on_click};
use crate::messages::{Reply, Request};
use crate::surfaces::CardModel;
use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, KeyboardEvent, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// The id of the card's host element.
pub const HOST_ID: &str = "invite-watch-root";
/// `extension/card.css`, minified by `build.rs`.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/card.min.css"));

/// Removes the card, if shown.
pub fn remove(document: &Document) {
    if let Some(host) = document.get_element_by_id(HOST_ID) {
        host.remove();
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

/// Shows (or replaces) the card.
pub fn show(document: &Document, model: &CardModel) {
    if let Err(error) = render_card(document, model) {
        // Two one-argument calls: the content engine then imports one console function, not two.
        web_sys::console::warn_1(&"Invite Watch could not show its card:".into());
        web_sys::console::warn_1(&error);
    }
}

fn render_card(document: &Document, model: &CardModel) -> Result<(), JsValue> {
    let root = shadow_root(document)?;
    let previous: Vec<Element> = (0..root.children().length())
        .filter_map(|i| root.children().item(i))
        .filter(|child| child.local_name() != "style")
        .collect();
    for child in previous {
        child.remove();
    }
    let b = Builder::new(document.clone());
    let card = b.el("section", "card")?;
    card.set_attribute("role", "region")?;
    card.set_attribute("aria-live", "polite")?;
    card.set_attribute("aria-label", &model.heading)?;
    card.set_attribute("tabindex", "-1")?;
    card.set_attribute("data-tone", model.tone.as_str())?;

    let header = b.el("header", "")?;
    let close = b.button("close", "×")?;
    close.set_attribute("aria-label", &model.labels.dismiss)?;
    append(&header, &[&b.text("h2", "", &model.heading)?, &close])?;
    append(&card, &[&header])?;

    for item in &model.vanished {
        let article = b.el("article", "item")?;
        article.set_attribute("data-key", &item.key)?;
        append(&article, &[&render::person_heading(&b, item)?])?;
        append(
            &article,
            &[&render::explanation(
                &b,
                &item.explanation,
                &model.labels,
                false,
                render::Lists::Semantic,
            )?],
        )?;
        let buttons = b.el("div", "buttons")?;
        let resolve = b.button("resolve primary", &model.labels.resolve)?;
        answer_on_click(
            document,
            &resolve,
            Request::ResolveByUser {
                account: item.account.clone(),
                key: item.key.clone(),
            },
        );
        append(&buttons, &[&resolve])?;
        if let Some(url) = &item.profile_url {
            append(&buttons, &[&render::profile_link(&b, url, &model.labels)?])?;
        }
        append(&article, &[&buttons])?;
        append(&card, &[&article])?;
    }

    for item in &model.notices {
        let article = b.el("article", "item")?;
        append(&article, &[&render::notice(&b, item)?])?;
        let resolve = b.button("resolve-all primary", &model.labels.resolve_all)?;
        answer_on_click(
            document,
            &resolve,
            Request::ResolveEvent {
                event_id: item.event_id,
            },
        );
        append(&article, &[&resolve])?;
        append(&card, &[&article])?;
    }

    let footer = b.el("footer", "")?;
    let dismiss = b.button("dismiss", &model.labels.dismiss)?;
    append(&footer, &[&dismiss])?;
    append(&card, &[&footer])?;

    let ids = model.event_ids.clone();
    if let Some(host) = document.get_element_by_id(HOST_ID) {
        let list: Vec<String> = ids.iter().map(u64::to_string).collect();
        host.set_attribute("data-events", &list.join(","))?;
    }
    let dismiss_action = {
        let document = document.clone();
        move || {
            remove(&document);
            let request = Request::MarkSeen { ids: ids.clone() };
            wasm_bindgen_futures::spawn_local(async move {
                let _ = send(&request).await;
            });
        }
    };
    let on_dismiss = dismiss_action.clone();
    on_click(&dismiss, move |_| on_dismiss());
    let on_close = dismiss_action.clone();
    on_click(&close, move |_| on_close());
    let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |event: KeyboardEvent| {
        if event.key() == "Escape" {
            dismiss_action();
        }
    });
    card.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())?;
    on_key.forget();

    root.append_child(&card)?;
    focus(&card);
    Ok(())
}

/// On each click of `button`, sends `request` and shows what the background answers.
fn answer_on_click(document: &Document, button: &Element, request: Request) {
    let doc = document.clone();
    on_click(button, move |_| {
        let request = request.clone();
        let doc = doc.clone();
        wasm_bindgen_futures::spawn_local(async move { answer(&doc, &request).await });
    });
}

/// Sends a resolve request and shows what remains (or removes the card).
async fn answer(document: &Document, request: &Request) {
    match send(request).await {
        Ok(Reply::Card { card: Some(model) }) => show(document, &model),
        Ok(Reply::Card { card: None }) | Ok(Reply::Done) => remove(document),
        Ok(Reply::Failed { message }) => web_sys::console::warn_1(&message.into()),
        Err(error) => web_sys::console::warn_1(&error.to_string().into()),
    }
}

/// Re-renders the shown card when the settings change (tone, or the card turned off).
pub fn listen_for_settings() {
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
    let _ = ext::add_listener(
        &["storage", "sync", "onChanged"],
        on_change.as_ref().unchecked_ref(),
    );
    on_change.forget();
}
