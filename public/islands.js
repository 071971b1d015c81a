// Loads the WebAssembly modules this page names (the pre-renderer writes, in data-modules,
// only those whose islands the page has), then hydrates the islands. Static content is never
// hydrated: it needs no code. (After leptos/src/hydration/island_script.js, MIT.)
async function hydrateIslands(node, bindings) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  if (node.tagName.toLowerCase() === "leptos-island") {
    const hydrate = bindings[node.dataset.component];
    if (hydrate) {
      await hydrate(node);
    } else {
      console.error(`bhyt-toan-dan: no WebAssembly function for island ${node.dataset.component}`);
    }
    return;
  }
  for (const child of node.children) await hydrateIslands(child, bindings);
}

const scripts = document.querySelector("script[data-modules]").dataset.modules.split(" ");
const modules = await Promise.all(
  scripts.map(async (script) => {
    const module = await import(script);
    // wasm-bindgen's initialiser; the module's start function runs the Leptos runtime.
    await module.default({ module_or_path: script.replace(/\.js$/, "_bg.wasm") });
    return module;
  }),
);
await hydrateIslands(document.body, Object.assign({}, ...modules));
document.documentElement.dataset.hydrated = "true";
