// Hydrates the interactive islands once trunk has loaded the WebAssembly module. Static
// content is never hydrated: it needs no code. (After leptos/src/hydration/island_script.js, MIT.)
async function hydrateIslands(node, bindings) {
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  if (node.tagName.toLowerCase() === 'leptos-island') {
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

addEventListener('TrunkApplicationStarted', async () => {
  await hydrateIslands(document.body, window.wasmBindings);
  document.documentElement.dataset.hydrated = 'true';
});
