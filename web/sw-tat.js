// The kill switch. Copied over sw.js on the server (see README), it replaces the service worker
// at each resident's next visit: it deletes this site's saved copies and unregisters itself,
// so the next page comes from the network. (It reloads nothing: a page would register it again.)
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const scope = new URL(self.registration.scope).pathname;
      for (const name of await caches.keys()) {
        if (name.startsWith(`bhyt|${scope}|`)) await caches.delete(name);
      }
      await self.registration.unregister();
    })(),
  );
});
