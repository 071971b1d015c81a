// The service worker. The build (src/prerender/offline.rs) writes it as sw.js, filling in the
// four constants below. After the first visit it keeps the self-check, the contacts, the
// student guide and the rules on the device, and every page the resident has opened.
// - Pages come from the network first. Without a network they come from the device, with a
//   line saying when they were saved.
// - Files named by their content hash never change, so they come from the device first.
// - Nothing else is touched: the statistics keep their own last good copy.
// A new build has a new VERSION, so at the next visit the browser installs it and it
// deletes the old copy. sw-tat.js, served as sw.js, removes it all (see README).
const VERSION = "__VERSION__";
const SCOPE = "__SCOPE__";
const PRECACHE = "__PRECACHE__";
// [folder, offline page] for each language, longest folder first: `/en/` before `/`.
const OFFLINE = "__OFFLINE__";

// Communes of one province share a host: each keeps to its own caches.
const CACHE_PREFIX = `bhyt|${SCOPE}|`;
const CACHE = CACHE_PREFIX + VERSION;
const SAVED_AT = "x-bhyt-luu-luc";
const HASHED = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/;
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location.origin).pathname));
// The language of the page that registered it (`sw.js?ngon-ngu=en`). A resident gets the
// Vietnamese pages and the shell, each translation's home and offline pages, and the rest of
// the kept pages in their own language only. Opening a page in another language registers the
// worker again with it, which adds that language's pages to the same copy.
const LANGUAGE = new URL(self.location.href).searchParams.get("ngon-ngu") || "vi";
const folderOf = (path) => OFFLINE.find(([folder]) => path.startsWith(folder))?.[0] ?? SCOPE;
const OWN_FOLDER = LANGUAGE === "vi" ? SCOPE : `${SCOPE}${LANGUAGE}/`;
const kept = (path) =>
  folderOf(path) === SCOPE || folderOf(path) === OWN_FOLDER || OFFLINE.some(([folder, offline]) => path === folder || path === offline);

// A copy to keep, stamped with the time it was saved. The body is already decoded, so the
// copy drops the encoding and length it came with.
const stamped = async (response) => {
  const headers = new Headers(response.headers);
  headers.delete("content-encoding");
  headers.delete("content-length");
  headers.set(SAVED_AT, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const path of PRECACHE.filter(kept)) {
        // Kept already by this build's worker in another language.
        if (await cache.match(path)) continue;
        const response = await fetch(path, { cache: "no-cache" });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        await cache.put(path, await stamped(response));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// A page is kept once, whatever its query: the self-check's answers are in the query.
const pageKey = (url) => new URL(url).pathname;

// "14:05, 3/12/2026", in Vietnam's time (UTC+7 all year): no word, so it reads in every
// language a page is in.
const vietnamTime = (iso) => {
  const time = new Date(new Date(iso).getTime() + 7 * 3600 * 1000);
  const two = (number) => String(number).padStart(2, "0");
  return `${two(time.getUTCHours())}:${two(time.getUTCMinutes())}, ${time.getUTCDate()}/${time.getUTCMonth() + 1}/${time.getUTCFullYear()}`;
};

// A page never saved: the offline page in the page's language, which lists what is saved.
const offlinePage = async (cache, request) => {
  const path = new URL(request.url).pathname;
  const match = OFFLINE.find(([folder]) => path.startsWith(folder));
  const offline = match && (await cache.match(match[1]));
  if (!offline) return Response.error();
  return new Response(await offline.blob(), { status: 503, statusText: "Offline", headers: offline.headers });
};

const savedPage = async (request) => {
  const cache = await caches.open(CACHE);
  const saved = await cache.match(pageKey(request.url));
  if (!saved) return offlinePage(cache, request);
  const savedAt = saved.headers.get(SAVED_AT);
  const html = (await saved.text())
    .replace(' data-saved-copy="" hidden=""', ' data-saved-copy=""')
    .replace('<span data-saved-at=""></span>', `<span data-saved-at="">${savedAt ? vietnamTime(savedAt) : ""}</span>`);
  return new Response(html, { status: saved.status, statusText: saved.statusText, headers: saved.headers });
};

const page = async (request) => {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(CACHE);
      await cache.put(pageKey(request.url), await stamped(response.clone()));
    }
    return response;
  } catch {
    return savedPage(request);
  }
};

const file = async (request) => {
  const cache = await caches.open(CACHE);
  const path = new URL(request.url).pathname;
  const saved = await cache.match(path);
  if (saved && HASHED.test(path)) return saved;
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(path, await stamped(response.clone()));
    return response;
  } catch (error) {
    if (saved) return saved;
    throw error;
  }
};

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || !url.pathname.startsWith(SCOPE)) return;
  if (request.mode === "navigate") {
    event.respondWith(page(request));
  } else if (PRECACHED.has(url.pathname)) {
    event.respondWith(file(request));
  }
});
