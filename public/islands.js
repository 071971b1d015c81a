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

// Only once the page's content is painted (its first contentful paint): the modules must never
// compete with the content for the first paint, since on a slow line they take longer than the
// page itself. Where the browser does not report paints, after the next frame.
await new Promise((painted) => {
  const afterNextFrame = () => requestAnimationFrame(() => setTimeout(painted, 0));
  if (!PerformanceObserver.supportedEntryTypes?.includes("paint")) return afterNextFrame();
  new PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    painted();
  }).observe({ type: "paint", buffered: true });
});
const scripts = document.querySelector("script[data-modules]").dataset.modules.split(" ");
// On a translated page, the self-check's words, fetched beside the modules and put into the
// page for the islands to read (`#tu-ngu`). Without them the self-check shows its Vietnamese.
const words = document.getElementById("du-lieu-khoi-dong")?.dataset.words;
const wordsReady = words
  ? fetch(words)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.status))))
      .then((text) => {
        const element = document.createElement("script");
        element.type = "application/json";
        element.id = "tu-ngu";
        element.textContent = text;
        document.head.append(element);
      })
      .catch((error) => console.error(`bhyt-toan-dan: ${words}: ${error}`))
  : Promise.resolve();
const modules = await Promise.all(
  scripts.map(async (script) => {
    const module = await import(script);
    // wasm-bindgen's initialiser; the module's start function runs the Leptos runtime.
    await module.default({ module_or_path: script.replace(/\.js$/, "_bg.wasm") });
    return module;
  }),
);
await wordsReady;
await hydrateIslands(document.body, Object.assign({}, ...modules));
document.documentElement.dataset.hydrated = "true";
