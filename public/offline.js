// Registers the service worker the build wrote beside the manifest (web/sw.js), so the pages a
// resident has opened, the self-check, the contacts and the student guide open again without
// a signal. Browsers allow it only over HTTPS (and on this machine).
const manifest = document.querySelector('link[rel="manifest"]');
if (manifest && "serviceWorker" in navigator && window.isSecureContext) {
  const scope = new URL("./", manifest.href);
  navigator.serviceWorker.register(new URL("sw.js", scope), { scope: scope.pathname }).catch(() => {});
}
