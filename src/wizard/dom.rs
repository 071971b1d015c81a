//! Long, non-interactive wizard text (the result, the household table) as a small tree that one
//! function builds into the DOM with `createElement` and text nodes. Typed Leptos views would
//! compile into separate code for every element, which made the WebAssembly too large. Text
//! is always set as text, never parsed as HTML.

use leptos::prelude::*;

// Read only by the browser build.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
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

    #[cfg(target_arch = "wasm32")]
    fn build(self, document: &web_sys::Document) -> Option<web_sys::Node> {
        match self {
            Node::Text(content) => Some(document.create_text_node(&content).into()),
            Node::Element { tag, class, attributes, children } => {
                let element = document.create_element(tag).ok()?;
                if !class.is_empty() {
                    element.set_attribute("class", class).ok()?;
                }
                for (name, value) in attributes {
                    element.set_attribute(name, &value).ok()?;
                }
                for child in children {
                    element.append_child(&child.build(document)?).ok()?;
                }
                Some(element.into())
            }
        }
    }
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
            let document = document();
            for node in _nodes {
                if let Some(built) = node.build(&document) {
                    let _ = _host.append_child(&built);
                }
            }
        }
    });
    view! { <div node_ref=host></div> }
}
