/* H5P activities in a lesson: the player is created only when the learner taps "Start", inside an
   <iframe sandbox="allow-scripts"> (an opaque origin: it cannot reach this page, its cookies or the API).
   The player sends its xAPI statements here with postMessage; this page checks they come from one of its
   own frames and posts them to /api/h5p/results, where they count as self-reported progress.
   Needs common.js first. */
(function () {
  "use strict";
  if (window.numerikairH5P) return;  // one copy even when several steps have an activity
  window.numerikairH5P = true;

  var lesson = document.querySelector("[data-lesson]");
  var moduleKey = lesson && lesson.getAttribute("data-module");
  var resultsUrl = lesson && lesson.getAttribute("data-h5p-url");
  var frames = [];

  function send(entry, statement) {
    if (!moduleKey || !resultsUrl || !Numerikair.csrfToken()) return;
    Numerikair.postJSON(resultsUrl, {
      id: Numerikair.newId(), module: moduleKey, package: entry.package, statement: statement
    }).then(function (response) {
      entry.box.setAttribute("data-h5p-saved", String(response.status));
    }).catch(function () { /* offline: the activity still works, the score is not counted */ });
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-h5p]"), function (box) {
    var button = box.querySelector("[data-h5p-start]");
    var notice = box.querySelector("[data-h5p-nojs]");
    if (notice) notice.hidden = true;
    button.hidden = false;
    button.addEventListener("click", function () {
      var frame = document.createElement("iframe");
      frame.setAttribute("sandbox", "allow-scripts");
      frame.setAttribute("src", box.getAttribute("data-h5p-player"));
      frame.setAttribute("title", box.querySelector(".h5p-title").textContent.trim());
      frame.className = "h5p-frame";
      frames.push({ frame: frame, box: box, package: parseInt(box.getAttribute("data-h5p-package"), 10) });
      button.replaceWith(frame);
    });
  });

  window.addEventListener("message", function (event) {
    var entry = null;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].frame.contentWindow === event.source) entry = frames[i];
    }
    var data = event.data;
    if (!entry || !data || typeof data !== "object") return;
    if (data.type === "numerikair:h5p-height") {
      entry.frame.style.height = Math.min(4000, Math.max(240, parseInt(data.height, 10) || 0)) + "px";
    } else if (data.type === "numerikair:h5p-error") {
      entry.box.setAttribute("data-h5p-error", String(data.message).slice(0, 200));
    } else if (data.type === "numerikair:h5p-ready") {
      entry.box.setAttribute("data-h5p-ready", "1");
    } else if (data.type === "numerikair:h5p-xapi" && data.statement && data.statement.result) {
      send(entry, data.statement);
    }
  });
})();
