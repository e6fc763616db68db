//! The crate's layers, checked: a pure module imports only modules of a lower layer (so two pure
//! modules never import each other), no pure module imports the browser edge, and within the
//! edge (`crate/src/browser/`) no modules import each other round a circle.
//!
//! The order is written once, in [`LAYERS`], and README.md's Layout section states it. Every
//! source file under `crate/src/` is parsed with `syn` (the test follows `mod` declarations from
//! `lib.rs`); what counts as an import of module `m`: a `use` of `crate::m…` (or of `super::…` /
//! `self::…` / a child module that lands in `m`), and any path `crate::m::…` in an expression,
//! type, pattern or trait bound. Not counted: code under `#[cfg(test)]` (tests may look at the
//! whole crate: the ledger's test kit builds ledgers with `diff`), doc comments, visibility
//! paths (`pub(in crate::browser)`), and paths inside macro calls (`format!`, `matches!`: token
//! streams, not syntax).

#![allow(clippy::panic, reason = "a test fails by panicking")]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// The top-level modules, lowest layer first. A module may import modules of lower layers only;
/// modules on one layer import none of each other. To add a module, put it on the lowest layer
/// above everything it imports (and below everything that imports it), here and in README.md's
/// Layout section.
const LAYERS: &[&[&str]] = &[
    // The lengths of time every layer shares.
    &["time"],
    // Reading a page over an abstract DOM; every word shown, per language.
    &["page", "i18n"],
    // The ledger of invitations seen, its stored form, retention, the store's decisions.
    &["ledger"],
    // The rules that turn a read or a click into ledger changes.
    &["diff"],
    // Reasons, actions, tips; the message draft.
    &["advice"],
    // The user's settings (tone, language, notifications).
    &["settings"],
    // View models of the card, popup and options.
    &["surfaces"],
    // Requests to the background and its replies.
    &["messages"],
    // The content engine's wire form of messages; the background's plan per request.
    &["wire", "plan"],
    // The wasm32-only edge: may import every pure module; none imports it.
    &[EDGE],
];

/// The browser edge, whose own modules are checked for circles among themselves.
const EDGE: &str = "browser";

/// A module of the crate, as a path from the crate root (`["browser", "content"]`).
type ModPath = Vec<String>;

/// One source file's module and syntax.
struct Source {
    module: ModPath,
    file: PathBuf,
    syntax: syn::File,
}

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Whether the attributes hold exactly `#[cfg(test)]`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.to_string() == "test")
    })
}

/// Every source file reachable from `lib.rs` through `mod` declarations (not test-only ones),
/// and every module (inline ones too).
fn load() -> (Vec<Source>, BTreeSet<ModPath>) {
    let mut sources = Vec::new();
    let mut modules = BTreeSet::new();
    let mut queue = vec![(Vec::new(), src_dir().join("lib.rs"), src_dir())];
    while let Some((module, file, children_dir)) = queue.pop() {
        let text = fs::read_to_string(&file)
            .unwrap_or_else(|error| panic!("cannot read {}: {error}", file.display()));
        let syntax = syn::parse_file(&text)
            .unwrap_or_else(|error| panic!("cannot parse {}: {error}", file.display()));
        modules.insert(module.clone());
        collect_mods(
            &syntax.items,
            &module,
            &children_dir,
            &mut modules,
            &mut queue,
        );
        sources.push(Source {
            module,
            file,
            syntax,
        });
    }
    (sources, modules)
}

/// The value of a `#[path = "…"]` attribute, if any.
fn path_attr(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| match &attr.meta {
        syn::Meta::NameValue(pair) if pair.path.is_ident("path") => match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    })
}

/// The modules declared in `items` (of module `parent`, whose child files are in `dir`): inline
/// ones into `modules` (and their children, recursively), file ones onto `queue`.
fn collect_mods(
    items: &[syn::Item],
    parent: &[String],
    dir: &Path,
    modules: &mut BTreeSet<ModPath>,
    queue: &mut Vec<(ModPath, PathBuf, PathBuf)>,
) {
    for item in items {
        let syn::Item::Mod(item) = item else { continue };
        if is_test_only(&item.attrs) {
            continue;
        }
        let name = item.ident.to_string();
        let mut module = parent.to_vec();
        module.push(name.clone());
        match &item.content {
            Some((_, inner)) => {
                modules.insert(module.clone());
                collect_mods(inner, &module, &dir.join(&name), modules, queue);
            }
            None => {
                let flat = dir.join(format!("{name}.rs"));
                let nested = dir.join(&name).join("mod.rs");
                // `#[path = "…"]`: relative to the declaring file's directory (`dir` for a
                // mod.rs, its parent for a file like read.rs, whose children live in read/).
                let pathed = path_attr(&item.attrs).and_then(|given| {
                    [
                        dir.join(&given),
                        dir.parent().map(|up| up.join(&given)).unwrap_or_default(),
                    ]
                    .into_iter()
                    .find(|candidate| candidate.is_file())
                });
                let file = match pathed {
                    Some(file) => file,
                    None if flat.exists() => flat,
                    None => nested,
                };
                assert!(file.exists(), "no file for module {}", module.join("::"));
                queue.push((module, file, dir.join(&name)));
            }
        }
    }
}

/// A path as written, resolved to a path from the crate root when it starts at the crate
/// (`crate`, `super`, `self`, or a child module of `here`); `None` for anything else (another
/// crate, a local name).
fn resolve(segments: &[String], here: &[String], modules: &BTreeSet<ModPath>) -> Option<ModPath> {
    let first = segments.first()?;
    let mut base: ModPath;
    let mut rest = segments;
    match first.as_str() {
        "crate" => {
            base = Vec::new();
            rest = &segments[1..];
        }
        "self" => {
            base = here.to_vec();
            rest = &segments[1..];
        }
        "super" => {
            base = here.to_vec();
            while rest.first().map(String::as_str) == Some("super") {
                base.pop();
                rest = &rest[1..];
            }
        }
        _ => {
            let mut child = here.to_vec();
            child.push(first.clone());
            if !modules.contains(&child) {
                return None;
            }
            base = here.to_vec();
        }
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The unit a module path belongs to for these checks: its top-level module, or for the edge,
/// `browser::x` (one of its modules) or `browser` itself (`browser/mod.rs`). `None` for the crate
/// root.
fn unit(path: &[String], modules: &BTreeSet<ModPath>) -> Option<String> {
    let top = path.first()?;
    if top == EDGE && path.len() > 1 && modules.contains(&path[..2].to_vec()) {
        return Some(format!("{EDGE}::{}", path[1]));
    }
    Some(top.clone())
}

/// An import found: which module imports which path, where.
struct Import {
    from: ModPath,
    target: ModPath,
    file: PathBuf,
    written: String,
}

/// Collects the crate paths one file uses.
struct Collector<'a> {
    modules: &'a BTreeSet<ModPath>,
    file: &'a Path,
    /// The module being visited (inline modules push onto it).
    here: ModPath,
    found: Vec<Import>,
}

impl Collector<'_> {
    fn note(&mut self, segments: Vec<String>) {
        if let Some(target) = resolve(&segments, &self.here, self.modules) {
            self.found.push(Import {
                from: self.here.clone(),
                target,
                file: self.file.to_path_buf(),
                written: segments.join("::"),
            });
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => self.use_name(prefix, &name.ident),
            syn::UseTree::Rename(rename) => self.use_name(prefix, &rename.ident),
            syn::UseTree::Glob(_) => self.note(prefix.clone()),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    fn use_name(&mut self, prefix: &[String], name: &syn::Ident) {
        let mut path = prefix.to_vec();
        // `use super::card::{self, …}`: `self` is the prefix itself.
        if name != "self" {
            path.push(name.to_string());
        }
        self.note(path);
    }
}

impl<'ast> Visit<'ast> for Collector<'_> {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        let attrs = match item {
            syn::Item::Const(i) => &i.attrs,
            syn::Item::Enum(i) => &i.attrs,
            syn::Item::Fn(i) => &i.attrs,
            syn::Item::ForeignMod(i) => &i.attrs,
            syn::Item::Impl(i) => &i.attrs,
            syn::Item::Macro(i) => &i.attrs,
            syn::Item::Mod(i) => &i.attrs,
            syn::Item::Static(i) => &i.attrs,
            syn::Item::Struct(i) => &i.attrs,
            syn::Item::Trait(i) => &i.attrs,
            syn::Item::Type(i) => &i.attrs,
            syn::Item::Union(i) => &i.attrs,
            syn::Item::Use(i) => &i.attrs,
            _ => return syn::visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // A file module is its own source; an inline one is visited as a module of its own.
        if let Some((_, items)) = &item.content {
            self.here.push(item.ident.to_string());
            for item in items {
                self.visit_item(item);
            }
            self.here.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        self.use_tree(&mut Vec::new(), &item.tree);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.note(segments);
        syn::visit::visit_path(self, path);
    }

    /// `pub(in crate::browser)` names where an item is visible, not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}
}

/// Every import between two units: `(from, to)` → where it is written.
type Graph = BTreeMap<(String, String), Vec<String>>;

fn imports() -> (Graph, BTreeSet<ModPath>) {
    let (sources, modules) = load();
    let root = src_dir();
    let mut graph = Graph::new();
    for source in &sources {
        let mut collector = Collector {
            modules: &modules,
            file: &source.file,
            here: source.module.clone(),
            found: Vec::new(),
        };
        collector.visit_file(&source.syntax);
        for import in collector.found {
            let (Some(from), Some(to)) =
                (unit(&import.from, &modules), unit(&import.target, &modules))
            else {
                continue;
            };
            if from != to {
                let file = import.file.strip_prefix(&root).unwrap_or(&import.file);
                graph.entry((from, to)).or_default().push(format!(
                    "src/{}: {}",
                    file.display(),
                    import.written
                ));
            }
        }
    }
    (graph, modules)
}

/// Where an import is written: the first few places, and how many more.
fn shown(places: &[String]) -> String {
    const SHOWN: usize = 3;
    let mut text = places[..places.len().min(SHOWN)].join("; ");
    if places.len() > SHOWN {
        text.push_str(&format!("; and {} more", places.len() - SHOWN));
    }
    text
}

/// The layer of a top-level module.
fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

/// The circles among `nodes` in `graph` (each once, as the path round it).
fn circles(graph: &Graph, nodes: &BTreeSet<String>) -> Vec<Vec<String>> {
    let next = |node: &str| -> Vec<String> {
        graph
            .keys()
            .filter(|(from, to)| from == node && nodes.contains(to))
            .map(|(_, to)| to.clone())
            .collect()
    };
    let mut found: Vec<Vec<String>> = Vec::new();
    // From each node, a depth-first walk over nodes after it (so each circle is found from its
    // least node, once).
    for start in nodes {
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        while let Some((node, path)) = stack.pop() {
            for to in next(&node) {
                if &to == start {
                    let mut circle = path.clone();
                    circle.push(to.clone());
                    found.push(circle);
                } else if to > *start && !path.contains(&to) {
                    let mut longer = path.clone();
                    longer.push(to.clone());
                    stack.push((to, longer));
                }
            }
        }
    }
    found
}

/// What is wrong with the crate's imports, one line each (empty when the layers hold).
fn problems() -> Vec<String> {
    let (graph, modules) = imports();
    let mut problems = Vec::new();
    let tops: BTreeSet<String> = modules
        .iter()
        .filter(|m| m.len() == 1)
        .map(|m| m[0].clone())
        .collect();
    for top in &tops {
        if layer_of(top).is_none() {
            problems.push(format!(
                "crate/src/lib.rs declares the module `{top}`, which LAYERS in crate/tests/layers.rs \
                 does not place: add it on the lowest layer above everything it imports, and to \
                 README.md's Layout section"
            ));
        }
    }
    for layer in LAYERS {
        for module in *layer {
            if !tops.contains(*module) {
                problems.push(format!(
                    "LAYERS in crate/tests/layers.rs names `{module}`, which crate/src/lib.rs \
                     does not declare: remove it (and from README.md's Layout section)"
                ));
            }
        }
    }
    for ((from, to), places) in &graph {
        let top = |unit: &str| unit.split("::").next().unwrap_or(unit).to_owned();
        let (from_top, to_top) = (top(from), top(to));
        if from_top == to_top {
            continue;
        }
        let (Some(from_layer), Some(to_layer)) = (layer_of(&from_top), layer_of(&to_top)) else {
            continue;
        };
        if from_layer <= to_layer {
            let why = if from_layer == to_layer {
                "on the same layer"
            } else {
                "a layer above it"
            };
            problems.push(format!(
                "`{from_top}` imports `{to_top}`, {why} (LAYERS in crate/tests/layers.rs): {}",
                shown(places)
            ));
        }
    }
    let top_graph: Graph = graph
        .iter()
        .map(|((from, to), places)| {
            let top = |unit: &str| unit.split("::").next().unwrap_or(unit).to_owned();
            ((top(from), top(to)), places.clone())
        })
        .filter(|((from, to), _)| from != to)
        .collect();
    let edge: BTreeSet<String> = graph
        .keys()
        .flat_map(|(from, to)| [from.clone(), to.clone()])
        .filter(|unit| unit == EDGE || unit.starts_with(&format!("{EDGE}::")))
        .collect();
    for (graph, nodes) in [(&top_graph, &tops), (&graph, &edge)] {
        for circle in circles(graph, nodes) {
            let steps: Vec<String> = circle
                .windows(2)
                .map(|step| {
                    let places = &graph[&(step[0].clone(), step[1].clone())];
                    format!("`{}` → `{}` ({})", step[0], step[1], shown(places))
                })
                .collect();
            problems.push(format!("a circle of imports: {}", steps.join(", ")));
        }
    }
    problems
}

#[test]
fn pure_modules_import_only_lower_layers_and_nothing_imports_round_a_circle() {
    let problems = problems();
    assert!(
        problems.is_empty(),
        "the layers do not hold:\n- {}",
        problems.join("\n- ")
    );
}

/// The check sees the imports it is about (so that it cannot pass by finding none): a `use`, a
/// path expression and the edge's own modules.
#[test]
fn the_check_sees_imports_of_every_kind() {
    let (graph, _) = imports();
    for (from, to) in [
        ("diff", "ledger"),
        ("advice", "i18n"),
        ("browser::content", "browser::web_dom"),
        ("browser::content", "browser::bench_hooks"),
        ("browser::web_dom", "browser::bench_hooks"),
        ("browser::ext", "wire"),
        ("browser", "browser::content"),
    ] {
        assert!(
            graph.contains_key(&(from.to_owned(), to.to_owned())),
            "no import of `{to}` seen in `{from}`"
        );
    }
}

/// README.md's Layout section states the order LAYERS holds, layer by layer.
#[test]
fn readme_states_the_order() {
    let readme = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
        .unwrap_or_else(|error| panic!("cannot read README.md: {error}"));
    let order: Vec<String> = LAYERS.iter().map(|layer| layer.join(", ")).collect();
    let line = format!("Layers, lowest first: {}.", order.join(" < "));
    assert!(
        readme.contains(&line),
        "README.md's Layout section does not state the order crate/tests/layers.rs checks; it should say:\n{line}"
    );
}
