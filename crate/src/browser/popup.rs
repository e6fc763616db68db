//! The toolbar popup: the `#status` line and the `#vanished` list (one `li` per vanished
//! invitation, expandable), notices, and a friendly empty state. It asks the background for the
//! history ([`Request::Snapshot`]) and sends it every change: it writes no storage itself.

use super::build_dom::{append, clear, Builder};
use super::ext::{self, send};
use super::popup_glance;
use super::render::{self, on_click, Listeners};
use super::storage::{language, load_settings};
use crate::i18n::common;
use crate::ledger::Ledger;
use crate::messages::{Problem, Reply, Request};
use crate::surfaces::{popup_model, problem_text, storage_problem_text, PopupModel, ReportOffer};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

thread_local! {
    /// The (account, key) of every invitation that was new when the popup opened. Opening the
    /// popup marks them seen, which redraws it; they keep their "new" mark while it stays open.
    static NEW_AT_OPEN: RefCell<Option<Vec<(String, String)>>> = const { RefCell::new(None) };
    /// The listeners of what the last draw built: the list and notices' buttons, and the
    /// page-structure report's Copy. Each redraw replaces them, so the old ones are removed.
    static DRAWN: RefCell<Drawn> = const { RefCell::new(Drawn { list: Vec::new(), report: Vec::new() }) };
}

struct Drawn {
    list: Listeners,
    report: Listeners,
}

/// Whether `item` is news to the user in this popup session.
fn is_new(account: &str, key: &str, unseen_now: bool) -> bool {
    unseen_now
        || NEW_AT_OPEN.with(|new| {
            new.borrow()
                .as_ref()
                .is_some_and(|keys| keys.iter().any(|(a, k)| a == account && k == key))
        })
}

fn element(document: &Document, id: &str) -> Result<Element, JsValue> {
    document
        .get_element_by_id(id)
        .ok_or_else(|| JsValue::from_str(&format!("popup.html has no #{id}")))
}

/// Renders the popup from storage, and again whenever storage changes.
pub async fn render() -> Result<(), JsValue> {
    draw().await?;
    let on_change = Closure::<dyn FnMut()>::new(|| {
        wasm_bindgen_futures::spawn_local(async {
            if let Err(error) = draw().await {
                web_sys::console::warn_1(&error);
            }
        });
    });
    let _ = ext::on_storage_changed(ext::Changes::AllAreas, on_change.as_ref().unchecked_ref());
    // Kept for the popup's life: registered once, and the popup's page goes with its listener.
    on_change.forget();
    Ok(())
}

async fn draw() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let settings = load_settings().await;
    let status = element(&document, "status")?;
    let list = element(&document, "vanished")?;
    let lang = language(&settings);
    if let Some(root) = document.document_element() {
        root.set_attribute("lang", lang.code())?;
    }
    // The history comes from the background, which alone reads, repairs and writes storage.
    let request = Request::Snapshot {
        damaged_copies: false,
    };
    let unavailable = |why: Option<Problem>| {
        let mut text = common(lang).ui.history_unavailable.to_owned();
        if let Some(problem) = why {
            text.push(' ');
            text.push_str(problem_text(problem, lang));
        }
        status.set_text_content(Some(&text));
        status.set_class_name("status problem");
    };
    let snapshot = match send(&request).await {
        Ok(Reply::Snapshot(snapshot)) => snapshot,
        Ok(Reply::Failed { problem }) => {
            unavailable(Some(problem));
            return Ok(());
        }
        Ok(_) | Err(_) => {
            unavailable(None);
            return Ok(());
        }
    };
    let Ok(ledger) = serde_json::from_str::<Ledger>(&snapshot.history) else {
        unavailable(None);
        return Ok(());
    };
    let model = popup_model(&ledger, settings.tone, lang, ext::clock());
    NEW_AT_OPEN.with(|new| {
        new.borrow_mut().get_or_insert_with(|| {
            model
                .vanished
                .iter()
                .filter(|item| item.unseen)
                .map(|item| (item.account.clone(), item.key.clone()))
                .collect()
        });
    });
    fill(&document, &status, &list, &model, snapshot.damaged_kept)?;
    if let Some(stale) = document.get_element_by_id("storage-problem") {
        stale.remove();
    }
    let report = if model.problem {
        snapshot.layout_report.clone()
    } else {
        None
    };
    offer_layout_report(&document, &status, report, &model.report)?;
    if let Some(problem) = snapshot.storage_problem {
        let note = document.create_element("p")?;
        note.set_class_name("status problem");
        note.set_id("storage-problem");
        note.set_text_content(Some(&storage_problem_text(problem, lang)));
        status.after_with_node_1(&note)?;
    }
    if !model.unseen_event_ids.is_empty() {
        let request = Request::MarkSeen {
            ids: model.unseen_event_ids.clone(),
        };
        wasm_bindgen_futures::spawn_local(async move {
            let _ = send(&request).await;
        });
    }
    Ok(())
}

/// "Copy a page-structure report" under the status line while the last read was not understood
/// and its report is kept; gone otherwise.
fn offer_layout_report(
    document: &Document,
    status: &Element,
    report: Option<String>,
    words: &ReportOffer,
) -> Result<(), JsValue> {
    if let Some(stale) = document.get_element_by_id("layout-report") {
        stale.remove();
    }
    let mut listeners = Listeners::new();
    let Some(report) = report else {
        DRAWN.with(|drawn| drawn.borrow_mut().report = listeners);
        return Ok(());
    };
    let b = Builder::new(document.clone());
    let block = b.el("div", "layout-report")?;
    block.set_id("layout-report");
    let why = b.text("p", "hint", &words.hint)?;
    let copy = b.button("copy-report", &words.button)?;
    let copy_button = copy.clone();
    let copied = words.copied.clone();
    on_click(&mut listeners, &copy, move || {
        render::copy_to_clipboard(&report);
        copy_button.set_text_content(Some(&copied));
    });
    append(&block, &[&why, &copy])?;
    status.after_with_node_1(&block)?;
    DRAWN.with(|drawn| drawn.borrow_mut().report = listeners);
    Ok(())
}

/// The keys of every `#vanished` item drawn.
fn listed_keys(list: &Element) -> Vec<String> {
    let Ok(items) = list.query_selector_all("li[data-key]") else {
        return Vec::new();
    };
    (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|node| node.dyn_into::<Element>().ok())
        .filter_map(|li| li.get_attribute("data-key"))
        .collect()
}

/// The keys of the `#vanished` items whose `<details>` is open.
fn open_keys(list: &Element) -> Vec<String> {
    let Ok(open) = list.query_selector_all("li[data-key] > details[open]") else {
        return Vec::new();
    };
    (0..open.length())
        .filter_map(|i| open.item(i))
        .filter_map(|node| node.parent_element())
        .filter_map(|li| li.get_attribute("data-key"))
        .collect()
}

fn fill(
    document: &Document,
    status: &Element,
    list: &Element,
    model: &PopupModel,
    has_backup: bool,
) -> Result<(), JsValue> {
    let b = Builder::new(document.clone());
    status.set_text_content(Some(&model.status));
    status.set_class_name(if model.problem {
        "status problem"
    } else {
        "status"
    });
    // A redraw (every storage change) keeps the items the user opened open, and closed the ones
    // they closed; an item new to the list opens by itself when the user has not seen it yet.
    let open = open_keys(list);
    let listed = listed_keys(list);
    clear(list);
    let mut listeners = Listeners::new();
    for item in &model.vanished {
        let li = b.el("li", "")?;
        li.set_attribute("data-key", &item.key)?;
        let details = b.el("details", "")?;
        let unseen_and_new =
            !listed.contains(&item.key) && is_new(&item.account, &item.key, item.unseen);
        if open.contains(&item.key) || unseen_and_new {
            details.set_attribute("open", "")?;
        }
        let summary = b.el("summary", "")?;
        let name = b.text("span", "name", &item.name)?;
        name.set_attribute("dir", "auto")?;
        append(&summary, &[&name])?;
        if let Some(noticed) = &item.noticed {
            append(&summary, &[&b.text("span", "when", noticed)?])?;
        }
        if is_new(&item.account, &item.key, item.unseen) {
            append(
                &summary,
                &[&b.text("span", "new", &model.labels.new_badge)?],
            )?;
        }
        append(&details, &[&summary])?;
        if let Some(headline) = &item.explanation.headline {
            append(&details, &[&b.text("p", "headline", headline)?])?;
        }
        let resolve = b.button("resolve", &model.labels.resolve)?;
        let request = Request::ResolveByUser {
            account: item.account.clone(),
            key: item.key.clone(),
        };
        on_click(&mut listeners, &resolve, move || {
            let request = request.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = send(&request).await;
            });
        });
        append(
            &details,
            &[&render::explanation(
                &mut listeners,
                &b,
                &item.explanation,
                &model.labels,
                true,
                render::Lists::Aria,
                Some(&resolve),
                false,
            )?],
        )?;
        if let Some(url) = &item.profile_url {
            append(&details, &[&render::profile_link(&b, url, &model.labels)?])?;
        }
        append(&li, &[&details])?;
        append(list, &[&li])?;
    }

    let notices = match document.get_element_by_id("notices") {
        Some(existing) => existing,
        None => {
            let created = b.el("div", "notices")?;
            created.set_id("notices");
            list.after_with_node_1(&created)?;
            created
        }
    };
    clear(&notices);
    for item in &model.notices {
        let block = render::notice(&b, item)?;
        let resolve = b.button("resolve-all", &model.labels.resolve_all)?;
        let request = Request::ResolveEvent {
            event_id: item.event_id,
        };
        on_click(&mut listeners, &resolve, move || {
            let request = request.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let _ = send(&request).await;
            });
        });
        append(&block, &[&resolve])?;
        append(&notices, &[&block])?;
    }
    if model.vanished.is_empty() && model.notices.is_empty() {
        append(&notices, &[&b.text("p", "empty", &model.empty)?])?;
    }
    if has_backup {
        append(
            &notices,
            &[&b.text("p", "status problem", common(model.lang).ui.history_damaged)?],
        )?;
    }
    // The weeks at a glance, the sent invitations, then the link to the options: built anew.
    for stale in ["history", "sent", "footer"] {
        if let Some(element) = document.get_element_by_id(stale) {
            element.remove();
        }
    }
    let history = popup_glance::history(&b, &model.history)?;
    let sent = popup_glance::sent(&b, &model.sent)?;
    let footer = b.el("p", "footer")?;
    footer.set_id("footer");
    let options = b.text("a", "", &model.labels.options_link)?;
    options.set_attribute("href", "options.html")?;
    options.set_attribute("target", "_blank")?;
    append(&footer, &[&options])?;
    notices.after_with_node_1(&history)?;
    history.after_with_node_1(&sent)?;
    sent.after_with_node_1(&footer)?;
    // The old list's listeners are removed as they drop.
    DRAWN.with(|drawn| drawn.borrow_mut().list = listeners);
    Ok(())
}
