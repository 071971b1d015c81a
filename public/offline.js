// Registers the service worker the build wrote beside the manifest (web/sw.js), so the pages a
// resident has opened, the self-check, the contacts and the student guide open again without
// a signal. Browsers allow it only over HTTPS (and on this machine). A phone that asks to save
// data (Save-Data) is spared the download of what it keeps, about 300 KB.
const manifest = document.querySelector('link[rel="manifest"]');
const savingData = navigator.connection?.saveData === true;
if (manifest && "serviceWorker" in navigator && window.isSecureContext && !savingData) {
  const scope = new URL("./", manifest.href);
  navigator.serviceWorker.register(new URL("sw.js", scope), { scope: scope.pathname }).catch(() => {});
}
