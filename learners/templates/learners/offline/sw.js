{% autoescape off %}/* Numerik'AIR service worker (served at /sw.js by learners.offline.service_worker; hand-written, no CDN).
   - The shell (CSS, scripts, icons, the offline page and font of each language the learner uses) is
     precached; a new version of the shell makes a new worker, which drops the old caches.
   - Pages: network first, the copy kept for offline use; offline, the kept copy or the offline page in the
     learner's language. Static files and media: cache first, network otherwise (Range answered from the copy).
   - Never stored: personal pages (/<lang>/learner/…, classes, diagnostic, search, verify), /api/, /admin/,
     anything with a query string, and any response marked private or no-store. */
"use strict";
var VERSION = "{{ version }}";
var SHELL = {{ shell_json }};
var LANGUAGES = {{ languages_json }};
var SHELL_CACHE = "numerikair-shell-" + VERSION;
var PAGES_CACHE = "numerikair-pages";
var ASSETS_CACHE = "numerikair-assets";
var NEVER = /^\/(?:api|admin|django-admin|sw\.js|offline\/ping|healthz|h5p)(?:\/|$)/;
var PERSONAL = /^\/[a-z]{2,3}\/(?:learner|groupe|diagnostic|search|verify|practice)(?:\/|$)/;
var ASSET = /^\/(?:static|media|documents)\//;

function languageOf(path) {
  var code = path.split("/")[1];
  return LANGUAGES.indexOf(code) >= 0 ? code : "fr";
}

function storable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  return !/private|no-store/i.test(response.headers.get("Cache-Control") || "");
}

function precache(language) {
  return caches.open(SHELL_CACHE).then(function (cache) {
    return Promise.all((SHELL[language] || []).map(function (url) {
      return cache.match(url).then(function (hit) {
        if (hit) return null;
        // Without cookies: the shell is the same for everybody, never a personal copy.
        return fetch(url, { credentials: "omit" }).then(function (response) {
          if (storable(response)) return cache.put(url, response);
          return null;
        });
      });
    }));
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(precache("fr").then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("numerikair-shell-") === 0 && name !== SHELL_CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "shell" || LANGUAGES.indexOf(data.language) < 0) return;
  event.waitUntil(precache(data.language).then(function () {
    if (event.source) event.source.postMessage({ type: "shell-ready", language: data.language, version: VERSION });
  }).catch(function () { /* offline now: the next page load asks again */ }));
});

function offlinePage(path) {
  return caches.match("/" + languageOf(path) + "/offline/").then(function (hit) {
    return hit || caches.match("/fr/offline/");
  }).then(function (hit) {
    return hit || new Response("Offline", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  });
}

function page(request, url) {
  return fetch(request).then(function (response) {
    if (!url.search && storable(response) && !response.redirected) {
      var copy = response.clone();
      caches.open(PAGES_CACHE).then(function (cache) { return cache.put(url.pathname, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(url.pathname, { ignoreVary: true }).then(function (hit) {
      return hit || offlinePage(url.pathname);
    });
  });
}

/* An audio or video element asks for byte ranges: answer them from the whole copy. */
function ranged(response, header) {
  return response.arrayBuffer().then(function (buffer) {
    var size = buffer.byteLength;
    var match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
    var start = 0, end = size - 1;
    if (match && match[1]) {
      start = parseInt(match[1], 10);
      if (match[2]) end = Math.min(parseInt(match[2], 10), size - 1);
    } else if (match && match[2]) {
      start = Math.max(0, size - parseInt(match[2], 10));
    }
    if (!match || start >= size || start > end) {
      return new Response(null, { status: 416, headers: { "Content-Range": "bytes */" + size } });
    }
    var headers = new Headers(response.headers);
    headers.set("Content-Range", "bytes " + start + "-" + end + "/" + size);
    headers.set("Content-Length", String(end - start + 1));
    headers.set("Accept-Ranges", "bytes");
    return new Response(buffer.slice(start, end + 1), { status: 206, statusText: "Partial Content", headers: headers });
  });
}

function asset(request, url) {
  var range = request.headers.get("Range");
  return caches.match(url.href, { ignoreVary: true }).then(function (hit) {
    if (hit) return range ? ranged(hit, range) : hit;
    return fetch(request).then(function (response) {
      if (!range && storable(response)) {
        var copy = response.clone();
        caches.open(ASSETS_CACHE).then(function (cache) { return cache.put(url.href, copy); });
      }
      return response;
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || NEVER.test(url.pathname) || PERSONAL.test(url.pathname)) return;
  if (ASSET.test(url.pathname)) {
    event.respondWith(asset(request, url));
  } else if (request.mode === "navigate" || (request.headers.get("Accept") || "").indexOf("text/html") >= 0) {
    event.respondWith(page(request, url));
  }
});
{% endautoescape %}
