//! The options page: tone (with a live preview), language (the browser's or a chosen one), the
//! in-page card, system notifications (asks for the optional permission only when turned on),
//! what history holds, retention, export and clear history. Settings are saved (by the
//! background, the only writer of storage: this page asks it) to
//! `storage.sync` as they change; other surfaces pick them up without a reload, and a change of
//! language rebuilds this page in the new language at once.

use super::build_dom::{append, clear, focus, Builder};
use super::ext::{self, send, ApiError};
use super::render::{self, on_click, Listeners};
use super::storage::{language, load_settings};
use crate::advice::{sample_explanation, tone_description, tone_label, Tone};
use crate::i18n::{common, Lang, OptionsTexts};
use crate::messages::{Problem, Reply, Request, Snapshot};
use crate::settings::{
    language_from_name, language_name, Settings, LANGUAGE_CHOICES, RETENTION_CHOICES,
};
use crate::surfaces::{labels, problem_text};
use gloo_events::EventListener;
use js_sys::{Array, Object, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

thread_local! {
    /// The listeners of the page as last built; a rebuild (a change of language) replaces them,
    /// so the old ones are removed.
    static LISTENERS: RefCell<Listeners> = const { RefCell::new(Vec::new()) };
    /// The listeners of the "clear history?" question's Yes and No, while it is asked.
    static CONFIRM: RefCell<Listeners> = const { RefCell::new(Vec::new()) };
}

struct Page {
    document: Document,
    settings: RefCell<Settings>,
    preview: Element,
    message: Element,
}

impl Page {
    /// The language the page speaks: the chosen one, or the browser's.
    fn lang(&self) -> Lang {
        language(&self.settings.borrow())
    }

    fn texts(&self) -> &'static OptionsTexts {
        &common(self.lang()).options
    }
}

/// Renders the options page.
pub async fn render() -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let settings = load_settings().await;
    build(&document, settings)
}

/// Builds the whole page for `settings` (again after a change of language).
fn build(document: &Document, settings: Settings) -> Result<(), JsValue> {
    let app = document.get_element_by_id("app").ok_or("no #app")?;
    clear(&app);
    let b = Builder::new(document.clone());
    let lang = language(&settings);
    let texts = &common(lang).options;
    if let Some(root) = document.document_element() {
        root.set_attribute("lang", lang.code())?;
    }
    document.set_title(texts.page_title);
    append(&app, &[&b.text("h1", "", texts.page_title)?])?;
    let message = b.el("p", "message")?;
    message.set_id("message");
    message.set_attribute("role", "status")?;
    let preview = b.el("div", "preview")?;
    preview.set_id("preview");
    let page = Rc::new(Page {
        document: document.clone(),
        settings: RefCell::new(settings.clone()),
        preview,
        message: message.clone(),
    });

    let mut listeners = Listeners::new();
    append(&app, &[&tone_section(&mut listeners, &b, &page)?])?;
    append(&app, &[&language_section(&mut listeners, &b, &page)?])?;
    append(&app, &[&alerts_section(&mut listeners, &b, &page)?])?;
    append(&app, &[&privacy_section(&b, &page)?])?;
    append(&app, &[&history_section(&mut listeners, &b, &page)?])?;
    append(&app, &[&message])?;
    // The page built before (if any) is gone, and its listeners with it.
    LISTENERS.with(|l| *l.borrow_mut() = listeners);
    CONFIRM.with(|l| l.borrow_mut().clear());
    draw_preview(&page)?;
    Ok(())
}

fn tone_section(
    listeners: &mut Listeners,
    b: &Builder,
    page: &Rc<Page>,
) -> Result<Element, JsValue> {
    let section = b.el("section", "")?;
    let lang = page.lang();
    let texts = page.texts();
    append(&section, &[&b.text("h2", "", texts.tone_heading)?])?;
    let select = b.el("select", "")?;
    select.set_id("tone");
    let current = page.settings.borrow().tone;
    for tone in Tone::ALL {
        let option = b.text("option", "", tone_label(tone, lang))?;
        option.set_attribute("value", tone.as_str())?;
        if tone == current {
            option.set_attribute("selected", "")?;
        }
        append(&select, &[&option])?;
    }
    let label = b.text("label", "", texts.tone_label)?;
    label.set_attribute("for", "tone")?;
    let hint = b.text("p", "hint", tone_description(current, lang))?;
    hint.set_id("tone-description");
    append(&section, &[&label, &select, &hint, &page.preview])?;

    let page = Rc::clone(page);
    listeners.push(EventListener::new(&select, "change", move |_| {
        let Some(select) = page
            .document
            .get_element_by_id("tone")
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
        else {
            return;
        };
        let Ok(tone) = select.value().parse::<Tone>() else {
            return;
        };
        page.settings.borrow_mut().tone = tone;
        if let Some(hint) = page.document.get_element_by_id("tone-description") {
            hint.set_text_content(Some(tone_description(tone, page.lang())));
        }
        let _ = draw_preview(&page);
        save(&page);
    }));
    Ok(section)
}

/// The language choice: the browser's, or one of the four; the page follows it at once.
fn language_section(
    listeners: &mut Listeners,
    b: &Builder,
    page: &Rc<Page>,
) -> Result<Element, JsValue> {
    let texts = page.texts();
    let section = b.el("section", "")?;
    append(&section, &[&b.text("h2", "", texts.language_heading)?])?;
    let select = b.el("select", "")?;
    select.set_id("language");
    let current = page.settings.borrow().language;
    for choice in LANGUAGE_CHOICES {
        let name = match choice {
            None => format!(
                "{} ({})",
                texts.language_auto,
                common(Lang::from_tags(
                    ext::browser_languages().iter().map(String::as_str)
                ))
                .ui
                .language_name
            ),
            Some(lang) => common(lang).ui.language_name.to_owned(),
        };
        let option = b.text("option", "", &name)?;
        option.set_attribute("value", language_name(choice))?;
        if let Some(lang) = choice {
            // Each language's name in its own language, marked as such.
            option.set_attribute("lang", lang.code())?;
        }
        if choice == current {
            option.set_attribute("selected", "")?;
        }
        append(&select, &[&option])?;
    }
    let label = b.text("label", "", texts.language_label)?;
    label.set_attribute("for", "language")?;
    append(&section, &[&label, &select])?;
    let page = Rc::clone(page);
    // A change rebuilds the page: this listener is then dropped (JS frees it once it returns).
    listeners.push(EventListener::new(&select, "change", move |_| {
        let Some(choice) = page
            .document
            .get_element_by_id("language")
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|select| language_from_name(&select.value()))
        else {
            return;
        };
        page.settings.borrow_mut().language = choice;
        let settings = page.settings.borrow().clone();
        let _ = build(&page.document, settings);
        if let Some(select) = page.document.get_element_by_id("language") {
            focus(&select);
        }
        save(&page);
    }));
    Ok(section)
}

/// What history holds, where, for how long, and what an export hands over: in plain words.
fn privacy_section(b: &Builder, page: &Rc<Page>) -> Result<Element, JsValue> {
    let texts = page.texts();
    let section = b.el("section", "")?;
    section.set_id("privacy");
    append(&section, &[&b.text("h2", "", texts.privacy_heading)?])?;
    for paragraph in texts.privacy {
        append(&section, &[&b.text("p", "", paragraph)?])?;
    }
    // PRIVACY.md, as scripts/build ships it.
    let policy = b.text("a", "", texts.privacy_policy)?;
    policy.set_attribute("href", "privacy.html")?;
    policy.set_attribute("target", "_blank")?;
    let line = b.el("p", "")?;
    append(&line, &[&policy])?;
    append(&section, &[&line])?;
    Ok(section)
}

fn draw_preview(page: &Page) -> Result<(), JsValue> {
    let tone = page.settings.borrow().tone;
    let lang = page.lang();
    let b = Builder::new(page.document.clone());
    clear(&page.preview);
    let sample = sample_explanation(tone, lang);
    append(
        &page.preview,
        &[
            &b.text(
                "h3",
                "",
                &format!("{} {}", page.texts().preview, sample.title),
            )?,
            &render::explanation(
                &mut Listeners::new(),
                &b,
                &sample,
                &labels(tone, lang),
                false,
                render::Lists::Semantic,
                None,
                false,
            )?,
        ],
    )?;
    page.preview.set_attribute("data-tone", tone.as_str())?;
    Ok(())
}

fn checkbox(b: &Builder, id: &str, text: &str, checked: bool) -> Result<Element, JsValue> {
    let label = b.el("label", "")?;
    let input = b.el("input", "")?;
    input.set_attribute("type", "checkbox")?;
    input.set_id(id);
    if checked {
        input.set_attribute("checked", "")?;
    }
    append(&label, &[&input, &b.text("span", "", text)?])?;
    Ok(label)
}

fn input_checked(document: &Document, id: &str) -> bool {
    document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.checked())
}

fn alerts_section(
    listeners: &mut Listeners,
    b: &Builder,
    page: &Rc<Page>,
) -> Result<Element, JsValue> {
    let section = b.el("section", "")?;
    let settings = page.settings.borrow().clone();
    let texts = page.texts();
    append(
        &section,
        &[
            &b.text("h2", "", texts.alerts_heading)?,
            &checkbox(
                b,
                "in-page-card",
                &format!(" {}", texts.in_page_card),
                settings.in_page_card,
            )?,
            &checkbox(
                b,
                "notifications",
                &format!(" {}", texts.notifications),
                settings.notifications,
            )?,
        ],
    )?;

    let card_page = Rc::clone(page);
    let on_card = move |_: &web_sys::Event| {
        card_page.settings.borrow_mut().in_page_card =
            input_checked(&card_page.document, "in-page-card");
        save(&card_page);
    };
    // Looked up in the section: it is not in the document yet.
    if let Some(input) = section.query_selector("#in-page-card")? {
        listeners.push(EventListener::new(&input, "change", on_card));
    }

    let notify_page = Rc::clone(page);
    let on_notify = move |_: &web_sys::Event| {
        let wanted = input_checked(&notify_page.document, "notifications");
        if !wanted {
            notify_page.settings.borrow_mut().notifications = false;
            save(&notify_page);
            return;
        }
        // Called synchronously inside the user's click, as the permission prompt requires.
        let request = Object::new();
        let _ = Reflect::set(
            &request,
            &"permissions".into(),
            &Array::of1(&"notifications".into()),
        );
        let promise = match request_permission(&request) {
            Ok(promise) => promise,
            Err(error) => {
                web_sys::console::warn_1(&error);
                say(&notify_page, notify_page.texts().permission_failed);
                return;
            }
        };
        let page = Rc::clone(&notify_page);
        wasm_bindgen_futures::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise)
                .await
                .ok()
                .and_then(|v| v.as_bool())
                .unwrap_or(false);
            page.settings.borrow_mut().notifications = granted;
            if !granted {
                if let Some(input) = page
                    .document
                    .get_element_by_id("notifications")
                    .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
                {
                    input.set_checked(false);
                }
                say(&page, page.texts().permission_refused);
                return;
            }
            save(&page);
        });
    };
    if let Some(input) = section.query_selector("#notifications")? {
        listeners.push(EventListener::new(&input, "change", on_notify));
    }
    Ok(section)
}

fn request_permission(request: &Object) -> Result<js_sys::Promise, JsValue> {
    Ok(ext::request_permissions(request)?)
}

fn history_section(
    listeners: &mut Listeners,
    b: &Builder,
    page: &Rc<Page>,
) -> Result<Element, JsValue> {
    let section = b.el("section", "")?;
    let texts = page.texts();
    append(&section, &[&b.text("h2", "", texts.history_heading)?])?;
    let select = b.el("select", "")?;
    select.set_id("retention");
    let current = page.settings.borrow().retention_days;
    for (days, text) in RETENTION_CHOICES.into_iter().zip(texts.retention) {
        let option = b.text("option", "", text)?;
        option.set_attribute("value", &days.to_string())?;
        if days == current {
            option.set_attribute("selected", "")?;
        }
        append(&select, &[&option])?;
    }
    let label = b.text("label", "", &format!("{} ", texts.keep_for))?;
    label.set_attribute("for", "retention")?;
    append(&section, &[&label, &select])?;
    let retention_page = Rc::clone(page);
    listeners.push(EventListener::new(&select, "change", move |_| {
        if let Some(days) = retention_page
            .document
            .get_element_by_id("retention")
            .and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|s| s.value().parse::<u32>().ok())
        {
            retention_page.settings.borrow_mut().retention_days = days;
            save(&retention_page);
        }
    }));

    let buttons = b.el("p", "")?;
    let export = b.button("", texts.export)?;
    export.set_id("export");
    let clear_button = b.button("danger", texts.clear)?;
    clear_button.set_id("clear");
    let confirm = b.el("span", "")?;
    confirm.set_id("clear-confirm");
    append(&buttons, &[&export, &clear_button, &confirm])?;
    append(&section, &[&buttons])?;

    let export_page = Rc::clone(page);
    on_click(listeners, &export, move || {
        let page = Rc::clone(&export_page);
        wasm_bindgen_futures::spawn_local(async move {
            match export_history(&page).await {
                Ok(()) => say(&page, page.texts().exported),
                Err(why) => say(&page, &failed(&page, page.texts().export_failed, why)),
            }
        });
    });

    let clear_page = Rc::clone(page);
    on_click(listeners, &clear_button, move || {
        let _ = ask_to_clear(&clear_page);
    });
    Ok(section)
}

fn ask_to_clear(page: &Rc<Page>) -> Result<(), JsValue> {
    let confirm = page
        .document
        .get_element_by_id("clear-confirm")
        .ok_or("no #clear-confirm")?;
    clear(&confirm);
    let b = Builder::new(page.document.clone());
    let texts = page.texts();
    let yes = b.button("danger", texts.clear_yes)?;
    yes.set_id("clear-yes");
    let no = b.button("", texts.clear_no)?;
    no.set_id("clear-no");
    append(
        &confirm,
        &[
            &b.text("span", "", &format!(" {} ", texts.clear_question))?,
            &yes,
            &no,
        ],
    )?;
    let mut listeners = Listeners::new();
    let confirm_no = confirm.clone();
    on_click(&mut listeners, &no, move || {
        clear(&confirm_no);
        CONFIRM.with(|l| l.borrow_mut().clear());
    });
    let yes_page = Rc::clone(page);
    on_click(&mut listeners, &yes, move || {
        clear(&confirm);
        CONFIRM.with(|l| l.borrow_mut().clear());
        let page = Rc::clone(&yes_page);
        wasm_bindgen_futures::spawn_local(async move {
            match answer(send(&Request::ClearHistory).await) {
                Ok(_) => say(&page, page.texts().cleared),
                Err(why) => say(&page, &failed(&page, page.texts().clear_failed, why)),
            }
        });
    });
    // A question asked before (its buttons just cleared) drops its listeners here.
    CONFIRM.with(|l| *l.borrow_mut() = listeners);
    Ok(())
}

/// The background's answer, or why there is none: the problem it named (`Some`), or none it
/// could name (the details go to the console).
fn answer(sent: Result<Reply, ApiError>) -> Result<Reply, Option<Problem>> {
    match sent {
        Ok(Reply::Failed { problem }) => Err(Some(problem)),
        Ok(reply) => Ok(reply),
        Err(error) => {
            web_sys::console::warn_1(&format!("Invite Watch: {error}").into());
            Err(None)
        }
    }
}

/// "Could not …", and why when the background said.
fn failed(page: &Page, could_not: &str, why: Option<Problem>) -> String {
    match why {
        Some(problem) => format!("{could_not} {}", problem_text(problem, page.lang())),
        None => could_not.to_owned(),
    }
}

/// Offers the history (and any damaged copy kept aside) as a JSON download, from the
/// background's snapshot. The link stays on the page as `#export-link`.
async fn export_history(page: &Page) -> Result<(), Option<Problem>> {
    let request = Request::Snapshot {
        damaged_copies: true,
    };
    let Reply::Snapshot(snapshot) = answer(send(&request).await)? else {
        return Err(None);
    };
    offer_download(page, &snapshot).map_err(|error| {
        web_sys::console::warn_1(&error);
        None
    })
}

fn offer_download(page: &Page, snapshot: &Snapshot) -> Result<(), JsValue> {
    let damaged: serde_json::Map<String, serde_json::Value> = (snapshot.damaged_copies.iter())
        .map(|(key, text)| (key.clone(), serde_json::Value::String(text.clone())))
        .collect();
    let history: serde_json::Value =
        serde_json::from_str(&snapshot.history).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let document = serde_json::json!({
        "exportedBy": "Invite Watch",
        "exportedAt": js_sys::Date::new_0().to_iso_string().as_string(),
        "history": history,
        "damagedCopies": damaged,
    });
    let text =
        serde_json::to_string_pretty(&document).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let parts = Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let link = match page.document.get_element_by_id("export-link") {
        Some(link) => link,
        None => {
            let link = page.document.create_element("a")?;
            link.set_id("export-link");
            link.set_text_content(Some(page.texts().download_again));
            page.message.after_with_node_1(&link)?;
            link
        }
    };
    link.set_attribute("href", &url)?;
    link.set_attribute("download", "invite-watch-history.json")?;
    if let Some(html) = link.dyn_ref::<web_sys::HtmlElement>() {
        html.click();
    }
    Ok(())
}

/// Shows `text` in the page's status line (the current one: the page may have been rebuilt in
/// another language since).
fn say(page: &Page, text: &str) {
    match page.document.get_element_by_id("message") {
        Some(message) => message.set_text_content(Some(text)),
        None => page.message.set_text_content(Some(text)),
    }
}

fn save(page: &Rc<Page>) {
    let settings = page.settings.borrow().clone();
    let page = Rc::clone(page);
    wasm_bindgen_futures::spawn_local(async move {
        // The background writes them: the only writer of storage.
        match answer(send(&Request::SaveSettings { settings }).await) {
            Ok(_) => say(&page, page.texts().saved),
            Err(why) => say(&page, &failed(&page, page.texts().save_failed, why)),
        }
    });
}
