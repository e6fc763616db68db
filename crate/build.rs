//! Build script: a minified copy of the in-page card's stylesheet (`extension/card.css`) for the
//! content engine to embed (comments and needless whitespace take about a third of the file,
//! and the content engine is held to a size budget; see BENCHMARKS.md).

use std::{env, fs, path::Path};

/// A failure is returned, not panicked: cargo prints it and stops the build.
fn main() -> Result<(), String> {
    let source = "../extension/card.css";
    println!("cargo:rerun-if-changed={source}");
    let css = fs::read_to_string(source)
        .map_err(|error| format!("build.rs: cannot read {source}: {error}"))?;
    let out_dir = env::var("OUT_DIR").map_err(|_| "build.rs: OUT_DIR is not set".to_owned())?;
    fs::write(Path::new(&out_dir).join("card.min.css"), minify(&css))
        .map_err(|error| format!("build.rs: cannot write card.min.css: {error}"))
}

/// Drops comments, collapses whitespace to one space, and drops spaces next to `{`, `}`, `;` and
/// after `,` and `:` (never before `:`, where a space is a descendant combinator: `.card :focus`).
fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        text.push(' ');
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    text.push_str(rest);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let tight = |ch: Option<char>| matches!(ch, Some('{' | '}' | ';'));
            if tight(before) || tight(after) || matches!(before, Some(',' | ':')) {
                continue;
            }
        }
        out.push(c);
    }
    out
}
