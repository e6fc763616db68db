//! The popup's two sections beyond the vanished list, drawn from their view models: the last
//! 12 weeks at a glance (`#history`: an SVG chart made through DOM calls, its text alternative
//! and three numbers) and the user's sent invitations (`#sent`). Text only ever goes in as
//! text; the chart's geometry comes computed from [`crate::surfaces::history`].

use super::build_dom::{append, Builder};
use crate::surfaces::{HistoryView, SentView};
use wasm_bindgen::JsValue;
use web_sys::Element;

const SVG: &str = "http://www.w3.org/2000/svg";

fn svg(b: &Builder, tag: &str, attributes: &[(&str, String)]) -> Result<Element, JsValue> {
    let element = b.document.create_element_ns(Some(SVG), tag)?;
    for (name, value) in attributes {
        element.set_attribute(name, value)?;
    }
    Ok(element)
}

/// `#history`: heading, the chart (`role="img"`, named by its text alternative, which is also
/// the SVG's `<title>` and a paragraph for everyone), the legend and the three numbers.
pub fn history(b: &Builder, view: &HistoryView) -> Result<Element, JsValue> {
    let section = b.el("section", "history")?;
    section.set_id("history");
    section.set_attribute("aria-labelledby", "history-heading")?;
    let heading = b.text("h2", "", &view.heading)?;
    heading.set_id("history-heading");
    let figure = b.el("div", "glance")?;
    let chart = svg(
        b,
        "svg",
        &[
            ("viewBox", format!("0 0 {} {}", view.width, view.height)),
            ("width", view.width.to_string()),
            ("height", view.height.to_string()),
            ("role", "img".to_owned()),
            ("aria-labelledby", "history-text".to_owned()),
            ("class", "chart".to_owned()),
        ],
    )?;
    let title = svg(b, "title", &[])?;
    title.set_text_content(Some(&view.text));
    chart.append_child(&title)?;
    let baseline = svg(
        b,
        "line",
        &[
            ("x1", "0".to_owned()),
            ("x2", view.width.to_string()),
            ("y1", view.height.saturating_sub(1).to_string()),
            ("y2", view.height.saturating_sub(1).to_string()),
            ("class", "baseline".to_owned()),
        ],
    )?;
    chart.append_child(&baseline)?;
    for bar in &view.bars {
        let rect = svg(
            b,
            "rect",
            &[
                ("x", bar.x.to_string()),
                ("y", bar.y.to_string()),
                ("width", bar.width.to_string()),
                ("height", bar.height.to_string()),
                ("rx", "2".to_owned()),
                (
                    "class",
                    if bar.vanished { "bar marked" } else { "bar" }.to_owned(),
                ),
            ],
        )?;
        chart.append_child(&rect)?;
        if bar.vanished {
            let mark = svg(
                b,
                "circle",
                &[
                    ("cx", bar.mark_x.to_string()),
                    ("cy", bar.mark_y.to_string()),
                    ("r", "4".to_owned()),
                    ("class", "mark".to_owned()),
                ],
            )?;
            chart.append_child(&mark)?;
        }
    }
    let figures = b.el("dl", "figures")?;
    for figure in &view.figures {
        let row = b.el("div", "figure")?;
        append(
            &row,
            &[
                &b.text("dt", "", &figure.label)?,
                &b.text("dd", "", &figure.value.to_string())?,
            ],
        )?;
        append(&figures, &[&row])?;
    }
    figure.append_child(&chart)?;
    append(&figure, &[&figures])?;
    let legend = b.el("p", "legend")?;
    legend.set_attribute("aria-hidden", "true")?;
    let pending_key = b.el("span", "key pending")?;
    let vanished_key = b.el("span", "key marked")?;
    append(
        &legend,
        &[
            &pending_key,
            &b.text("span", "", &view.legend_pending)?,
            &vanished_key,
            &b.text("span", "", &view.legend_vanished)?,
        ],
    )?;
    let text = b.text("p", "chart-text", &view.text)?;
    text.set_id("history-text");
    append(&section, &[&heading, &figure, &legend, &text])?;
    Ok(section)
}

/// `#sent`: before the Sent tab was read one line and its link; after, the numbers, the oldest
/// ones, the link and the tips that fit.
pub fn sent(b: &Builder, view: &SentView) -> Result<Element, JsValue> {
    let section = b.el("section", "sent")?;
    section.set_id("sent");
    section.set_attribute("aria-labelledby", "sent-heading")?;
    let heading = b.text("h2", "", &view.heading)?;
    heading.set_id("sent-heading");
    append(&section, &[&heading])?;
    let link = b.text("a", "sent-link", &view.link_text)?;
    link.set_attribute("href", &view.link_url)?;
    link.set_attribute("target", "_blank")?;
    link.set_attribute("rel", "noopener")?;
    if let Some(line) = &view.never_read {
        let p = b.text("p", "never", line)?;
        p.append_child(&b.document.create_text_node(" "))?;
        append(&p, &[&link])?;
        append(&section, &[&p])?;
        return Ok(section);
    }
    if let Some(as_of) = &view.as_of {
        append(&section, &[&b.text("p", "as-of", as_of)?])?;
    }
    let counts = b.el("ul", "counts list")?;
    for line in &view.counts {
        append(&counts, &[&b.text("li", "", line)?])?;
    }
    append(&section, &[&counts])?;
    if let Some(partial) = &view.partial {
        append(&section, &[&b.text("p", "partial", partial)?])?;
    }
    if !view.oldest.is_empty() {
        append(&section, &[&b.text("h3", "", &view.oldest_heading)?])?;
        let oldest = b.el("ul", "oldest list")?;
        for item in &view.oldest {
            let li = b.el("li", "")?;
            let name = b.text("span", "name", &item.name)?;
            name.set_attribute("dir", "auto")?;
            append(&li, &[&name])?;
            if !item.age.is_empty() {
                li.append_child(&b.document.create_text_node(" · "))?;
                append(&li, &[&b.text("span", "age", &item.age)?])?;
            }
            append(&oldest, &[&li])?;
        }
        append(&section, &[&oldest])?;
    }
    append(&section, &[&b.el("p", "")?])?;
    if let Some(p) = section.last_element_child() {
        append(&p, &[&link])?;
    }
    append(&section, &[&b.text("h3", "", &view.tips_heading)?])?;
    if let Some(calm) = &view.nothing_to_tidy {
        append(&section, &[&b.text("p", "calm", calm)?])?;
    }
    let tips = b.el("ul", "tips list")?;
    for tip in &view.tips {
        let li = b.el("li", "tip")?;
        li.set_attribute("data-tip", tip.id.as_str())?;
        append(
            &li,
            &[
                &b.text("strong", "", &tip.title)?,
                &b.text("span", "", &format!(" {}", tip.text))?,
            ],
        )?;
        append(&tips, &[&li])?;
    }
    if !view.tips.is_empty() {
        append(&section, &[&tips])?;
    }
    Ok(section)
}
