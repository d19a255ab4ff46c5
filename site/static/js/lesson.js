/* Lesson page: one step per screen on phones, a remembered French toggle, "listen" buttons that play the
   step's clip or, without a clip, use the browser's speech synthesis only when it has a voice for the
   language, and a tap anywhere on a quiz screenshot. Without this script the lesson is a plain page of
   anchored steps, and everything still works. Needs common.js first. */
(function () {
  "use strict";
  var lesson = document.querySelector("[data-lesson]");
  if (!lesson) return;

  /* --- One step per screen ------------------------------------------------------------------- */
  var steps = Array.prototype.slice.call(lesson.querySelectorAll("[data-step]"));
  var end = document.getElementById("lesson-end");
  var dots = Array.prototype.slice.call(lesson.querySelectorAll(".step-dots a"));
  var current = 0;

  function show(index, focus, initial) {
    var atEnd = index === "end";
    steps.forEach(function (step, i) {
      var on = !atEnd && i === index;
      step.classList.toggle("current", on);
      step.hidden = !on;
    });
    if (end) end.hidden = !atEnd;
    dots.forEach(function (dot, i) {
      if (!atEnd && i === index) dot.setAttribute("aria-current", "step");
      else dot.removeAttribute("aria-current");
      dot.classList.toggle("done", atEnd || i < index);
    });
    current = index;
    if (atEnd) record("module_completed", null);
    else record("step_seen", steps[index].getAttribute("data-step-id"));
    var target = atEnd ? end : steps[index];
    if (atEnd && location.hash && end.contains(document.getElementById(location.hash.slice(1)))) return;
    // Opening the page: no fragment in the address, or the browser scrolls down to step 1 when the page has
    // loaded, hiding the title and the French toggle.
    if (initial && !location.hash) return;
    if (history.replaceState) history.replaceState(null, "", "#" + target.id);
    if (focus && target) {
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "start" });
    }
  }

  function indexFromHash() {
    var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
    if (target && end && end.contains(target)) return "end";  // #lesson-end, #quiz, #quiz-result
    var byId = target && target.closest("[data-step]");
    if (byId) return steps.indexOf(byId);
    var match = /^#step-(\d+)$/.exec(location.hash);
    var n = match ? parseInt(match[1], 10) - 1 : 0;
    return n >= 0 && n < steps.length ? n : 0;
  }

  /* --- Progress: each step seen and the end of the lesson go to /api/progress through the queue of common.js
     (IndexedDB: a lost connection loses nothing; each event has its own id, so sending one twice changes
     nothing). -------------------------------------------------------------------------------------- */
  var moduleKey = lesson.getAttribute("data-module");
  var progressUrl = lesson.getAttribute("data-progress-url");
  var recorded = {};

  function record(kind, step) {
    if (!moduleKey || !progressUrl) return;
    var key = kind + ":" + (step || "");
    if (recorded[key]) return;
    recorded[key] = true;
    Numerikair.queueProgress({ id: Numerikair.newId(), kind: kind, module: moduleKey, step: step,
                               at: new Date().toISOString() });
  }
  var flush = Numerikair.flushProgress;
  window.addEventListener("online", function () { flush(); });
  // With this script the end of the lesson is recorded by itself: the button is for browsers without it.
  var finishForm = lesson.querySelector("[data-finish-form]");
  if (finishForm && progressUrl) finishForm.hidden = true;
  Numerikair.afterLoad(flush);

  if (steps.length) {
    lesson.classList.add("paged");
    show(indexFromHash(), false, true);
    lesson.addEventListener("click", function (event) {
      var link = event.target.closest("[data-step-link]");
      if (!link) return;
      event.preventDefault();
      var value = link.getAttribute("data-step-link");
      show(value === "end" ? "end" : parseInt(value, 10) - 1, true);
    });
    document.addEventListener("keydown", function (event) {
      if (event.target.closest("input, textarea, select, audio, video")) return;
      var rtl = document.documentElement.dir === "rtl";
      var forward = event.key === (rtl ? "ArrowLeft" : "ArrowRight");
      var back = event.key === (rtl ? "ArrowRight" : "ArrowLeft");
      if (forward && current !== "end") show(current + 1 < steps.length ? current + 1 : "end", true);
      if (back) show(current === "end" ? steps.length - 1 : Math.max(0, current - 1), true);
    });
  }

  /* --- Forms of the public page: a CSRF token (and a quiz attempt id) added at submit ----------------- */
  /* The page is the same for everybody and carries no token; without this script the server asks the
     learner to confirm on a page of their own. */
  Array.prototype.forEach.call(lesson.querySelectorAll("form[data-needs-token]"), function (form) {
    form.addEventListener("submit", function (event) {
      if (form.querySelector("input[name=csrfmiddlewaretoken]")) return;
      event.preventDefault();
      Numerikair.withToken().then(function (token) {
        var input = document.createElement("input");
        input.type = "hidden";
        input.name = "csrfmiddlewaretoken";
        input.value = token;
        form.appendChild(input);
        var attempt = form.querySelector("input[name=attempt]");
        if (attempt && !attempt.value) attempt.value = Numerikair.newId();
        form.submit();
      }, function () { form.submit(); });  // offline or refused: the server's confirmation page
    });
  });

  /* --- My progress on this lesson, from the API (the page itself is the same for everybody) ---------- */
  var progressLine = lesson.querySelector("[data-module-progress]");
  var bestScore = lesson.querySelector("[data-best-score]");
  if ((progressLine || bestScore) && moduleKey) Numerikair.afterLoad(function () {
    fetch("/api/learner/me", { credentials: "same-origin", headers: { "Accept-Language": document.documentElement.lang } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (me) {
        var row = me && me.modules.filter(function (item) { return item.module === moduleKey; })[0];
        if (!row) return;
        if (progressLine) {
          var text = document.createElement("span");
          if (row.completed) {
            text.textContent = "\u2713 " + progressLine.getAttribute("data-completed-label");
            progressLine.appendChild(text);
          } else {
            var bar = document.createElement("progress");
            bar.max = 100;
            bar.value = row.percent;
            bar.setAttribute("aria-label", progressLine.getAttribute("data-progress-label"));
            text.textContent = " " + row.percent + " %";
            progressLine.appendChild(bar);
            progressLine.appendChild(text);
          }
          progressLine.hidden = false;
        }
        if (bestScore && row.best_score !== null) {
          bestScore.textContent = bestScore.getAttribute("data-template").replace("__SCORE__", row.best_score);
          bestScore.hidden = false;
        }
      }).catch(function () { /* offline: the lesson works without it */ });
  });

  /* --- French shown or hidden, remembered on this device ------------------------------------ */
  /* The toggle is a link to ?french=0 or ?french=1 (the server does it without script); here it acts in place
     and its label always says what the next tap will do. */
  var toggle = lesson.querySelector("[data-french-toggle]");
  if (toggle) {
    var key = "numerikair-show-french";
    var asked = /[?&]french=([01])/.exec(location.search);
    var apply = function (shown, remember) {
      lesson.classList.toggle("french-hidden", !shown);
      toggle.textContent = toggle.getAttribute(shown ? "data-hide-label" : "data-show-label");
      toggle.setAttribute("href", "?french=" + (shown ? "0" : "1") + location.hash);
      if (remember) {
        try { localStorage.setItem(key, shown ? "1" : "0"); } catch (e) { /* private mode: not remembered */ }
      }
    };
    var stored = null;
    try { stored = localStorage.getItem(key); } catch (e) { /* private mode */ }
    if (asked) apply(asked[1] === "1", true);
    else if (stored === "0") apply(false, false);
    toggle.setAttribute("role", "button");
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); toggle.click(); }  // a button answers Space too
    });
    toggle.addEventListener("click", function (event) {
      event.preventDefault();
      var shown = lesson.classList.contains("french-hidden");
      apply(shown, true);
      if (asked && history.replaceState) {
        history.replaceState(null, "", location.pathname + "?french=" + (shown ? "1" : "0") + location.hash);
        asked = [null, shown ? "1" : "0"];
      }
    });
  }

  /* --- Listen to the step's clip: a big button that plays or pauses it -------------------------- */
  Array.prototype.forEach.call(lesson.querySelectorAll("[data-listen-clip]"), function (button) {
    var audio = document.getElementById(button.getAttribute("data-listen-clip"));
    if (!audio) return;
    var label = button.parentNode.querySelector("[data-listen-label]");
    if (label) label.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (!audio.paused) { audio.pause(); return; }
      Array.prototype.forEach.call(lesson.querySelectorAll("audio"), function (other) {
        if (other !== audio) other.pause();
      });
      if (window.speechSynthesis) window.speechSynthesis.cancel();
      var playing = audio.play();
      if (playing && playing.catch) playing.catch(function () { /* no sound device: the player still shows */ });
    });
  });

  /* --- Listen with the browser's voice, only where one exists (common.js) -------------------------- */
  Numerikair.listenButtons(lesson.querySelectorAll(".listen-tts"));

  /* --- « Enlarge the picture »: the link to the picture's file opens it in a full-screen dialog instead, at
     least 640 px wide (its smallest label >= 12 px) and scrolling inside itself. « Close » or Escape shuts it
     and gives the focus back to the link. -------------------------------------------------------- */
  function enlarge(event) {
    var link = event.target.closest("[data-enlarge]");
    if (!link || !window.HTMLDialogElement) return;
    event.preventDefault();
    var figure = link.parentNode.previousElementSibling;
    var picture = figure && figure.querySelector("img");
    var dialog = document.createElement("dialog");
    var close = document.createElement("button");
    var view = document.createElement("div");
    var image = document.createElement("img");
    dialog.className = "enlarged";
    close.type = "button";
    close.className = "button enlarged-close";
    close.textContent = link.getAttribute("data-close");
    view.className = "enlarged-view";
    image.src = link.href;
    image.alt = picture ? picture.alt : "";
    if (figure && figure.lang) image.lang = figure.lang;
    view.appendChild(image);
    dialog.appendChild(close);
    dialog.appendChild(view);
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      dialog.remove();
      link.focus();
    });
    document.body.appendChild(dialog);
    dialog.showModal();
  }
  lesson.addEventListener("click", enlarge);

  /* --- Quiz: tap anywhere on the screenshot ----------------------------------------------------- */
  /* Without script the learner picks one of 10 × 10 radio cells laid over the picture; with it the whole
     picture is one target, and a tap checks the cell under the finger. */
  Array.prototype.forEach.call(document.querySelectorAll(".tap-area"), function (area) {
    var grid = area.querySelector(".tap-grid");
    if (!grid) return;
    var inputs = grid.querySelectorAll("input");
    var columns = grid.querySelectorAll("input[value$='-0']").length;  // cells are "column-row"
    if (!columns) return;
    var rows = inputs.length / columns;
    area.classList.add("tap-whole");
    area.addEventListener("click", function (event) {
      var box = grid.getBoundingClientRect();
      if (!box.width || !box.height) return;
      var column = Math.min(columns - 1, Math.max(0, Math.floor((event.clientX - box.left) / box.width * columns)));
      var row = Math.min(rows - 1, Math.max(0, Math.floor((event.clientY - box.top) / box.height * rows)));
      var input = grid.querySelector("input[value='" + column + "-" + row + "']");
      if (input) {
        input.checked = true;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
  });
})();
