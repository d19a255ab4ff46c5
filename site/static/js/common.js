/* Helpers shared by the learner pages' scripts (offline.js, lesson.js, h5p.js, diagnostic.js), which load after this
   one (learners/templates/learners/offline/head.html loads it on every page). Plain ES5 plus promises in a global
   namespace, no build step: it runs on the old Android browsers our learners have. */
(function () {
  "use strict";
  var Numerikair = window.Numerikair = window.Numerikair || {};

  /* Runs `action` once the page has loaded (now if it has): what the learner reads first is drawn before
     the scripts talk to the server. */
  Numerikair.afterLoad = function (action) {
    if (document.readyState === "complete") action();
    else window.addEventListener("load", function () { action(); });
  };

  /* A random id (UUID v4) for each event, so that sending it twice stores it once. crypto.randomUUID
     needs a recent browser and HTTPS; getRandomValues is everywhere. */
  Numerikair.newId = function () {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  };

  /* The CSRF token: the page's ({% csrf_token %}), else the one /api/csrf set in the cookie, else "". */
  Numerikair.csrfToken = function () {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    var cookie = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie);
    return input ? input.value : cookie ? decodeURIComponent(cookie[1]) : "";
  };

  /* A promise of the token: public pages carry none (they are cached for everybody), so ask /api/csrf. */
  Numerikair.withToken = function () {
    var token = Numerikair.csrfToken();
    if (token) return Promise.resolve(token);
    return fetch("/api/csrf", { credentials: "same-origin", cache: "no-store" }).then(function (response) {
      return response.json();
    }).then(function (body) { return body.token; });
  };

  /* POST `payload` as JSON to one of our API endpoints, with the CSRF token and the page's language (for
     the server's messages). keepalive: the request goes on if the learner leaves the page. */
  Numerikair.postJSON = function (url, payload, language) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": Numerikair.csrfToken(),
                 "Accept-Language": language || document.documentElement.lang },
      body: JSON.stringify(payload)
    });
  };

  /* --- IndexedDB "numerikair-offline": what waits for the network ("attempts": quiz attempts answered
     offline, offline.js; "progress": steps seen and lessons finished, below) and the learning paths kept on
     this phone ("paths", offline.js). Each function answers a promise, rejected where there is no IndexedDB. */
  var dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) { reject(new Error("no IndexedDB")); return; }
        var request = indexedDB.open("numerikair-offline", 2);
        request.onupgradeneeded = function () {
          var names = request.result.objectStoreNames;
          if (!names.contains("attempts")) request.result.createObjectStore("attempts", { keyPath: "attempt" });
          if (!names.contains("paths")) request.result.createObjectStore("paths", { keyPath: "id" });
          if (!names.contains("progress")) request.result.createObjectStore("progress", { keyPath: "id" });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return dbPromise;
  }
  Numerikair.store = function (name, mode, action) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var transaction = database.transaction(name, mode);
        var result = action(transaction.objectStore(name));
        transaction.oncomplete = function () { resolve(result && "result" in result ? result.result : undefined); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error); };
      });
    });
  };
  Numerikair.storeAll = function (name) { return Numerikair.store(name, "readonly", function (s) { return s.getAll(); }); };
  Numerikair.storePut = function (name, value) { return Numerikair.store(name, "readwrite", function (s) { return s.put(value); }); };
  Numerikair.storeRemove = function (name, key) { return Numerikair.store(name, "readwrite", function (s) { return s.delete(key); }); };

  /* --- Progress: steps seen and lessons finished (lesson.js) wait in the "progress" store until the server has
     them, so a lost connection loses nothing; each carries its own id, so sending one twice stores it once.
     Without IndexedDB (some private modes) they wait in this page's memory. The queue of older versions
     (localStorage "numerikair-progress") is moved into the store once. */
  var LEGACY_QUEUE = "numerikair-progress";
  var memoryQueue = [];
  var migration = null;
  var storing = 0;  // events on their way into the store: still pending
  function legacyQueue() {
    try {
      var queue = JSON.parse(localStorage.getItem(LEGACY_QUEUE) || "[]");
      return Array.isArray(queue) ? queue : [];
    } catch (e) { return []; }
  }
  function migrate() {
    if (!migration) {
      var legacy = legacyQueue();
      migration = !legacy.length ? Promise.resolve() : Numerikair.store("progress", "readwrite", function (s) {
        legacy.forEach(function (event) { if (event && event.id) s.put(event); });
      }).then(function () {
        try { localStorage.removeItem(LEGACY_QUEUE); } catch (e) { /* gone with the page */ }
      }, function () {
        memoryQueue = memoryQueue.concat(legacy);  // no IndexedDB: sent from memory, kept where they were
      });
    }
    return migration;
  }
  function pending() {
    return migrate().then(function () {
      return Numerikair.storeAll("progress").catch(function () { return []; });
    }).then(function (stored) { return stored.concat(memoryQueue); });
  }
  function forget(ids) {
    var kept = function (event) { return ids.indexOf(event.id) < 0; };
    memoryQueue = memoryQueue.filter(kept);
    var legacy = legacyQueue();
    if (legacy.length) {
      try { localStorage.setItem(LEGACY_QUEUE, JSON.stringify(legacy.filter(kept))); } catch (e) { /* as it was */ }
    }
    return Numerikair.store("progress", "readwrite", function (s) {
      ids.forEach(function (id) { s.delete(id); });
    }).catch(function () { /* no IndexedDB: only memory */ });
  }
  function showPending(count) {
    var lesson = document.querySelector("[data-lesson]");
    if (lesson) lesson.setAttribute("data-progress-pending", String(count));
  }
  var known = 0;
  Numerikair.queueProgress = function (event) {
    storing += 1;
    showPending(known + storing);
    return migrate().then(function () {
      return Numerikair.storePut("progress", event);
    }).catch(function () {
      memoryQueue.push(event);
    }).then(function () {
      storing -= 1;
      // Sent once the page has loaded: the lesson is drawn before anything goes to the server.
      return new Promise(function (resolve) {
        Numerikair.afterLoad(function () { resolve(Numerikair.flushProgress()); });
      });
    });
  };

  /* The one sender of the queue (lesson.js on each event, offline.js when the connection comes back): two posts
     at once, before the session cookie comes back, would each make an anonymous learner. Answers a promise
     settled when the queue was tried. keepalive (in postJSON): the learner may leave the page meanwhile. */
  var sending = null;
  var again = false;
  Numerikair.flushProgress = function () {
    if (sending) { again = true; return sending; }
    again = false;
    var sent = [];
    sending = pending().then(function (events) {
      if (!events.length) return null;
      var batch = events.slice(0, 50);
      return Numerikair.withToken().then(function () {
        return Numerikair.postJSON("/api/progress", { events: batch });
      }).then(function (response) {
        // Stored, or refused for good (a lesson that no longer exists): forget them. Otherwise retry later.
        if (response.ok || response.status === 400 || response.status === 404 || response.status === 409) {
          sent = batch.map(function (event) { return event.id; });
          return forget(sent);
        }
        return null;
      });
    }).catch(function () { /* offline: kept for the next try */ }).then(pending).then(function (left) {
      sending = null;
      known = left.length;
      showPending(known + storing);
      if (again || (left.length && sent.length)) return Numerikair.flushProgress();
      return null;
    });
    return sending;
  };

  /* « Listen » buttons (.listen-tts, data-speak = the id of the text, data-speak-lang = its language) that
     read a text with the browser's voice: each is shown only while the browser has a voice for its language,
     so there is never a button that does nothing. */
  Numerikair.listenButtons = function (buttons) {
    buttons = Array.prototype.slice.call(buttons);
    if (!buttons.length || !("speechSynthesis" in window)) return;
    var voiceFor = function (lang) {
      var voices = window.speechSynthesis.getVoices();
      for (var i = 0; i < voices.length; i++) {
        if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === lang) return voices[i];
      }
      return null;
    };
    var reveal = function () {
      buttons.forEach(function (button) {
        button.hidden = !voiceFor(button.getAttribute("data-speak-lang"));
      });
    };
    reveal();
    window.speechSynthesis.addEventListener("voiceschanged", reveal);
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-speak"));
        var voice = voiceFor(button.getAttribute("data-speak-lang"));
        if (!source || !voice) return;
        window.speechSynthesis.cancel();
        var utterance = new SpeechSynthesisUtterance(source.textContent);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        window.speechSynthesis.speak(utterance);
      });
    });
  };
})();
