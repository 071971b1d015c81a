// Registers the service worker the build wrote beside the manifest (web/sw.js), so the pages a
// resident has opened, the self-check, the contacts and the student guide open again without
// a signal. Browsers allow it only over HTTPS (and on this machine). A phone that asks to save
// data (Save-Data) is spared the download of what it keeps, about 350 KB. The page's language
// goes with it: the worker keeps that language's pages, not every translation's.
const manifest = document.querySelector('link[rel="manifest"]');
const savingData = navigator.connection?.saveData === true;
if (manifest && "serviceWorker" in navigator && window.isSecureContext && !savingData) {
  const scope = new URL("./", manifest.href);
  const worker = new URL("sw.js", scope);
  worker.searchParams.set("ngon-ngu", document.documentElement.lang || "vi");
  navigator.serviceWorker.register(worker, { scope: scope.pathname }).catch(() => {});
}
