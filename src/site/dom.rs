//! Long, non-interactive text (the wizard's result, the statistics dashboard) as a small tree
//! that one function builds into the DOM with `createElement` and text nodes, and that the
//! pre-renderer renders with the same function tree. Typed Leptos views would compile into
//! separate code for every element, which made the WebAssembly too large. Text is always set
//! as text, never parsed as HTML.

use leptos::prelude::*;

pub enum Node {
    Element { tag: &'static str, class: &'static str, attributes: Vec<(&'static str, String)>, children: Vec<Node> },
    Text(String),
}

pub fn el(tag: &'static str, class: &'static str, children: Vec<Node>) -> Node {
    Node::Element { tag, class, attributes: Vec::new(), children }
}

pub fn text(text: impl Into<String>) -> Node {
    Node::Text(text.into())
}

/// Words from the data files or `site.toml` (a name, an address, a legal basis), which stay in
/// Vietnamese: marked `lang="vi"` on a page in another language.
pub fn vietnamese(content: impl Into<String>) -> Node {
    if bhyt_core::current_language() == bhyt_core::Language::SOURCE {
        text(content)
    } else {
        kept_in_vietnamese(el("span", "", vec![text(content)]))
    }
}

/// An element whose words stay in Vietnamese (a file's problems, for the official who
/// publishes it): marked `lang="vi"` on a page in another language.
pub fn kept_in_vietnamese(node: Node) -> Node {
    if bhyt_core::current_language() == bhyt_core::Language::SOURCE {
        node
    } else {
        node.with("lang", bhyt_core::Language::SOURCE.code())
    }
}

/// Words with each `{name}` replaced by a node (a figure in `<strong>`, a Vietnamese name),
/// as `language::rich` does for views. A name with no node stays as written: the words files
/// are checked at build time, so that never happens with a shipped file.
pub fn fill_nodes(words: &str, mut values: Vec<(&str, Node)>) -> Vec<Node> {
    let mut nodes = Vec::new();
    let mut rest = words;
    while let Some(start) = rest.find('{') {
        let Some(length) = rest[start..].find('}') else { break };
        let name = &rest[start + 1..start + length];
        nodes.push(text(&rest[..start]));
        match values.iter().position(|(value_name, _)| *value_name == name) {
            Some(index) => nodes.push(values.swap_remove(index).1),
            None => nodes.push(text(&rest[start..start + length + 1])),
        }
        rest = &rest[start + length + 1..];
    }
    nodes.push(text(rest));
    nodes
}

pub fn p(children: Vec<Node>) -> Node {
    el("p", "", children)
}

pub fn strong(content: impl Into<String>) -> Node {
    el("strong", "", vec![text(content)])
}

pub fn link(href: impl Into<String>, content: impl Into<String>) -> Node {
    el("a", "", vec![text(content)]).with("href", href)
}

pub fn heading(tag: &'static str, class: &'static str, content: impl Into<String>) -> Node {
    el(tag, class, vec![text(content)])
}

/// A button an island handles by its `data-action` (see [`on_action`]).
pub fn action_button(class: &'static str, action: &'static str, label: impl Into<String>) -> Node {
    el("button", class, vec![text(label)]).with("type", "button").with("data-action", action)
}

/// A bulleted list with one text item per entry.
pub fn bullets<S: Into<String>>(items: impl IntoIterator<Item = S>) -> Node {
    el("ul", "list list--bullet", items.into_iter().map(|item| el("li", "", vec![text(item)])).collect())
}

impl Node {
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Node {
        if let Node::Element { attributes, .. } = &mut self {
            attributes.push((name, value.into()));
        }
        self
    }

    /// The node as a view, for the pre-rendered HTML.
    #[cfg(feature = "ssr")]
    pub fn into_view(self) -> AnyView {
        use leptos::attr::custom::custom_attribute;
        use leptos::tachys::html::attribute::any_attribute::{AnyAttribute, IntoAnyAttribute};
        use leptos::tachys::html::element::custom;
        match self {
            Node::Text(content) => content.into_any(),
            Node::Element { tag, class, attributes, children } => {
                let mut all: Vec<AnyAttribute> = Vec::with_capacity(attributes.len() + 1);
                if !class.is_empty() {
                    all.push(custom_attribute("class", class).into_any_attr());
                }
                all.extend(attributes.into_iter().map(|(name, value)| custom_attribute(name, value).into_any_attr()));
                let children: Vec<AnyView> = children.into_iter().map(Node::into_view).collect();
                custom(tag).add_any_attr(all).child(children).into_any()
            }
        }
    }

    #[cfg(target_arch = "wasm32")]
    fn build(self, document: &web_sys::Document, in_svg: bool) -> Option<web_sys::Node> {
        match self {
            Node::Text(content) => Some(document.create_text_node(&content).into()),
            Node::Element { tag, class, attributes, children } => {
                let in_svg = in_svg || tag == "svg";
                let element = if in_svg {
                    document.create_element_ns(Some(SVG_NAMESPACE), tag).ok()?
                } else {
                    document.create_element(tag).ok()?
                };
                if !class.is_empty() {
                    element.set_attribute("class", class).ok()?;
                }
                for (name, value) in attributes {
                    element.set_attribute(name, &value).ok()?;
                }
                for child in children {
                    element.append_child(&child.build(document, in_svg)?).ok()?;
                }
                Some(element.into())
            }
        }
    }
}

#[cfg(target_arch = "wasm32")]
const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Replaces the children of `parent` with `nodes`.
#[cfg(target_arch = "wasm32")]
pub fn replace_children(parent: &web_sys::Element, nodes: Vec<Node>) {
    let document = document();
    parent.set_text_content(None);
    for node in nodes {
        if let Some(built) = node.build(&document, false) {
            let _ = parent.append_child(&built);
        }
    }
}

/// One click listener on `container` for every `[data-action]` button in it, however often its
/// content is rebuilt. `handle(action, data-value)` says whether it took the click.
#[cfg(target_arch = "wasm32")]
pub fn on_action(container: &web_sys::Element, handle: impl Fn(&str, Option<&str>) -> bool + 'static) {
    use leptos::wasm_bindgen::{closure::Closure, JsCast};
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let Some(button) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|target| target.closest("[data-action]").ok().flatten())
        else {
            return;
        };
        let action = button.get_attribute("data-action").unwrap_or_default();
        let value = button.get_attribute("data-value");
        if handle(&action, value.as_deref()) {
            event.prevent_default();
        }
    });
    let _ = container.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    on_click.forget(); // lives as long as the page
}

/// Shows the nodes inside a `<div>` (built once, in the browser).
#[component]
pub fn StaticNodes(nodes: Vec<Node>) -> impl IntoView {
    let host = NodeRef::<leptos::html::Div>::new();
    let mut pending = Some(nodes);
    Effect::new(move |_| {
        let Some(_host) = host.get() else { return };
        let Some(_nodes) = pending.take() else { return };
        #[cfg(target_arch = "wasm32")]
        {
            replace_children(&_host, _nodes);
        }
    });
    view! { <div node_ref=host></div> }
}
