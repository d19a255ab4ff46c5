/* Offline mode, on every page (learners/templates/learners/offline/head.html loads it):
   - registers the service worker (/sw.js) and asks it to keep the shell of the page's language;
   - checks the connection with a heartbeat (GET /offline/ping), not navigator.onLine, which only knows
     whether there is a network, not whether it reaches us;
   - a quiz submitted while offline is kept in IndexedDB (with its client attempt id, the answers and the page
     revision the learner saw) and sent to /api/offline/attempts when back online; meanwhile the learner reads
     « vos réponses seront corrigées quand vous serez en ligne » in their language;
   - the step progress queued by lesson.js (IndexedDB too) is sent first, by its one sender
     (Numerikair.flushProgress), when the heartbeat answers;
   - « Télécharger ce parcours » on a learning path page: size first, room checked with
     navigator.storage.estimate(), a progress bar, nothing half stored, the downloaded paths listed with a
     remove button, and a new download when a new revision is published.
   The IndexedDB store, the CSRF token (/api/csrf) and the posts come from common.js, loaded just before.
   Plain ES5 plus promises, no build step. */
(function () {
  "use strict";
  var script = document.getElementById("offline-script");
  var strings = script ? script.dataset : {};
  var root = document.documentElement;
  var language = root.lang || "fr";
  var online = true;

  /* --- IndexedDB (common.js): "attempts" (quiz attempts waiting for the network) and "paths" (paths on this phone) */
  var all = Numerikair.storeAll;
  var put = Numerikair.storePut;
  var remove = Numerikair.storeRemove;

  /* --- The connection -------------------------------------------------------------------------- */
  function heartbeat() {
    var timeout = new Promise(function (resolve) { setTimeout(function () { resolve(false); }, 5000); });
    var ping = fetch("/offline/ping?t=" + Date.now(), { cache: "no-store", credentials: "omit" }).then(
      function (response) { return response.status === 204; },
      function () { return false; }
    );
    return Promise.race([ping, timeout]).then(function (reachable) {
      var cameBack = reachable && !online;
      online = reachable;
      root.setAttribute("data-connection", reachable ? "online" : "offline");
      if (reachable) sendWaiting(cameBack);
      return reachable;
    });
  }

  /* --- Sending what waited -------------------------------------------------------------------------- */
  var sending = false;
  function sendWaiting() {
    if (sending) return;
    sending = true;
    // The step progress first, by its one sender (common.js): two first posts at once would each make an
    // anonymous learner. Then the quiz attempts, one after the other.
    Numerikair.flushProgress().then(function () {
      return all("attempts").catch(function () { return []; });
    }).then(function (attempts) {
      var chain = Promise.resolve();
      attempts.forEach(function (item) {
        chain = chain.then(function () { return sendAttempt(item); });
      });
      return chain;
    }).catch(function () { /* offline again: the next heartbeat tries again */ }).then(function () {
      sending = false;
    });
  }

  function sendAttempt(item) {
    var payload = { attempt: item.attempt, module: item.module, fields: item.fields, revision: item.revision,
                    language: item.language };
    return Numerikair.withToken().then(function () {
      return Numerikair.postJSON("/api/offline/attempts", payload, item.language);
    }).then(function (response) {
      if (response.status === 429 || response.status >= 500) return null;  // later
      return response.json().then(function (data) {
        return remove("attempts", item.attempt).then(function () {
          document.querySelectorAll("[data-offline-queued='" + item.attempt + "']").forEach(function (node) {
            node.parentNode.removeChild(node);
          });
          if (item.url !== location.pathname) return;
          var notice = document.createElement("div");
          notice.setAttribute("role", "status");
          notice.setAttribute("data-offline-graded", item.attempt);
          if (response.ok) {
            notice.className = "notice " + (data.passed ? "success" : "error");
            var text = document.createElement("p");
            text.textContent = strings.msgGraded + " " + data.score + " %";
            var link = document.createElement("a");
            link.className = "button";
            link.href = data.result_url + "#quiz-result";
            link.textContent = strings.msgSee;
            notice.appendChild(text);
            notice.appendChild(link);
          } else {
            notice.className = "notice error";
            notice.textContent = data.detail || "";
          }
          var quiz = document.getElementById("quiz");
          if (quiz) quiz.insertBefore(notice, quiz.firstChild.nextSibling);
        });
      });
    }).catch(function () { /* the connection dropped: kept */ });
  }

  /* --- A quiz submitted offline ------------------------------------------------------------------ */
  function moduleOf(form) {
    var match = /\/quiz\/([0-9a-f-]{36})\/?$/.exec(form.getAttribute("action") || "");
    return match ? match[1] : null;
  }
  function keepAttempt(form) {
    var data = new FormData(form);
    var fields = [];
    data.forEach(function (value, name) {
      if (name !== "csrfmiddlewaretoken" && name !== "attempt" && typeof value === "string") fields.push([name, value]);
    });
    var attemptInput = form.querySelector("input[name=attempt]");
    // The public page carries no attempt id (lesson.js adds one when it sends the form): the phone makes it.
    if (!attemptInput.value) attemptInput.value = Numerikair.newId();
    var item = {
      attempt: attemptInput.value,
      module: moduleOf(form),
      fields: fields,
      revision: strings.revision ? parseInt(strings.revision, 10) : null,
      language: language,
      url: location.pathname,
      at: new Date().toISOString()
    };
    return put("attempts", item).then(function () {
      var notice = document.createElement("p");
      notice.className = "notice";
      notice.setAttribute("role", "status");
      notice.setAttribute("data-offline-queued", item.attempt);
      notice.textContent = strings.msgQueued;
      form.parentNode.insertBefore(notice, form);
      notice.scrollIntoView({ block: "center" });
      // Answering again is another attempt.
      attemptInput.value = Numerikair.newId();
    });
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches(".quiz-form") || form.hasAttribute("data-offline-pass")) {
      if (form.removeAttribute) form.removeAttribute("data-offline-pass");
      return;
    }
    if (!moduleOf(form) || !form.querySelector("input[name=attempt]")) return;
    // Ask the network first: a form posted without it would end on the browser's error page.
    event.preventDefault();
    event.stopImmediatePropagation();
    heartbeat().then(function (reachable) {
      if (reachable) {
        form.setAttribute("data-offline-pass", "");
        if (form.requestSubmit) form.requestSubmit(); else form.submit();
      } else {
        keepAttempt(form).catch(function () {
          form.setAttribute("data-offline-pass", "");
          form.submit();
        });
      }
    });
  }, true);

  /* --- The service worker, once the page has loaded: its install downloads the shell, which would
     otherwise compete with what the learner came to read. ---------------------------------------- */
  function afterLoad(action) {
    if (document.readyState === "complete") action();
    else window.addEventListener("load", function () { action(); });
  }
  if ("serviceWorker" in navigator) afterLoad(function () {
    navigator.serviceWorker.addEventListener("message", function (event) {
      if (event.data && event.data.type === "shell-ready") root.setAttribute("data-offline-ready", event.data.version);
    });
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      if (registration.active) registration.active.postMessage({ type: "shell", language: language });
    }).catch(function () { /* no worker (private mode, old browser): the site works online */ });
  });

  /* --- « Télécharger ce parcours » ---------------------------------------------------------------- */
  function megabytes(bytes) {
    var value = Math.max(bytes / 1000000, 0.1);
    var number;
    try {
      number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
    } catch (e) {
      number = value.toFixed(1);
    }
    return number + "\u00a0" + (strings.msgMb || "MB");
  }
  function cacheName(listing) { return "numerikair-path-" + listing.path + "-" + listing.language + "-" + listing.stamp; }

  /* Every file into a new cache; on any failure (network, full disk) that cache is deleted whole. */
  function download(listing, onProgress) {
    var name = cacheName(listing);
    var done = 0;
    return caches.open(name).then(function (cache) {
      var chain = Promise.resolve();
      listing.files.forEach(function (file) {
        chain = chain.then(function () {
          // Without cookies: what is kept is the page every visitor gets, never a personal one. Pages are
          // checked with the server (a 304 when unchanged): the browser may hold an older copy (max-age).
          var page = file.kind === "page";
          return fetch(file.url, { credentials: page ? "omit" : "same-origin", cache: page ? "no-cache" : "default" }).then(function (response) {
            if (!response.ok) throw new Error("HTTP " + response.status);
            return cache.put(file.url, response);
          }).then(function () {
            done += file.bytes;
            onProgress(listing.bytes ? done / listing.bytes : 1);
          });
        });
      });
      return chain;
    }).then(function () {
      return all("paths").catch(function () { return []; }).then(function (paths) {
        var id = listing.path + ":" + listing.language;
        var old = paths.filter(function (item) { return item.id === id && item.cache !== name; });
        return put("paths", { id: id, path: listing.path, language: listing.language, title: listing.title,
                              stamp: listing.stamp, cache: name, bytes: listing.bytes, url: location.pathname })
          .then(function () {
            return Promise.all(old.map(function (item) { return caches.delete(item.cache); }));
          });
      });
    }, function (error) {
      return caches.delete(name).then(function () { throw error; });
    });
  }

  function removePath(item) {
    return caches.delete(item.cache).then(function () { return remove("paths", item.id); });
  }

  var block = document.querySelector("[data-offline-download]");
  if (block && window.caches && window.indexedDB && window.fetch) {
    var sizeLine = block.querySelector("[data-offline-size]");
    var startButton = block.querySelector("[data-offline-start]");
    var bar = block.querySelector("[data-offline-progress]");
    var status = block.querySelector("[data-offline-status]");
    var listBox = block.querySelector("[data-offline-list]");
    var list = listBox.querySelector("ul");
    var id = block.getAttribute("data-path") + ":" + block.getAttribute("data-language");
    var listing = null;
    var busy = false;
    block.hidden = false;

    var showList = function () {
      return all("paths").catch(function () { return []; }).then(function (paths) {
        list.textContent = "";
        listBox.hidden = !paths.length;
        paths.forEach(function (item) {
          var li = document.createElement("li");
          var title = document.createElement("a");
          title.href = item.url;
          title.textContent = item.title + " · " + megabytes(item.bytes);
          var button = document.createElement("button");
          button.type = "button";
          button.className = "button secondary";
          button.textContent = list.getAttribute("data-remove-label");
          button.setAttribute("data-offline-remove", item.id);
          button.addEventListener("click", function () {
            removePath(item).then(showList);
          });
          li.appendChild(title);
          li.appendChild(document.createTextNode(" "));
          li.appendChild(button);
          list.appendChild(li);
        });
        return paths;
      });
    };

    var start = function (message) {
      if (busy || !listing) return;
      busy = true;
      status.textContent = message || "";
      var estimate = navigator.storage && navigator.storage.estimate ? navigator.storage.estimate() : Promise.resolve(null);
      estimate.then(function (room) {
        if (room && typeof room.quota === "number" && room.quota - (room.usage || 0) < listing.bytes * 1.1) {
          status.textContent = strings.msgRoom;
          block.setAttribute("data-offline-state", "no-room");
          return null;
        }
        bar.hidden = false;
        bar.value = 0;
        block.setAttribute("data-offline-state", "downloading");
        return download(listing, function (share) { bar.value = Math.round(share * 100); }).then(function () {
          status.textContent = strings.msgDone;
          block.setAttribute("data-offline-state", "done");
        }, function () {
          status.textContent = strings.msgFailed;
          block.setAttribute("data-offline-state", "failed");
        });
      }).then(function () {
        busy = false;
        bar.hidden = true;
        return showList();
      });
    };
    startButton.addEventListener("click", function () { start(""); });

    showList().then(function (paths) {
      var mine = paths.filter(function (item) { return item.id === id; })[0];
      return fetch(block.getAttribute("data-url"), { credentials: "same-origin" }).then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      }).then(function (data) {
        listing = data;
        sizeLine.textContent = strings.msgSize + " " + megabytes(data.bytes);
        block.setAttribute("data-offline-bytes", String(data.bytes));
        if (mine && mine.stamp !== data.stamp) start(strings.msgUpdating);
        else if (mine) { status.textContent = strings.msgDone; block.setAttribute("data-offline-state", "done"); }
      }, function () {
        sizeLine.textContent = strings.msgOffline;
        startButton.disabled = true;
        if (mine) { status.textContent = strings.msgDone; block.setAttribute("data-offline-state", "done"); }
      });
    });
  }

  afterLoad(heartbeat);
  setInterval(heartbeat, 20000);
  window.addEventListener("online", heartbeat);
  window.addEventListener("offline", heartbeat);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) heartbeat(); });
})();
