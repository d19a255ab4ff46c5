/* Learner card page: the print button (the card itself is plain HTML and prints without this). Theme pages:
   the learner's progress on the module cards, from /api/learner/me (the page is the same for everybody). */
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (button) button.addEventListener("click", function () { window.print(); });
})();

(function () {
  "use strict";
  var list = document.querySelector("[data-progress-cards]");
  if (!list || !window.fetch) return;
  fetch("/api/learner/me", { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (me) {
      if (!me) return;
      me.modules.forEach(function (row) {
        var line = list.querySelector("[data-card-progress='" + row.module + "']");
        if (!line) return;
        if (row.completed) {
          var check = document.createElement("img");
          check.src = list.getAttribute("data-check-src");
          check.alt = "";
          check.width = check.height = 18;
          line.appendChild(check);
          var text = " " + list.getAttribute("data-completed-label");
          if (row.best_score !== null) {
            text += " · " + list.getAttribute("data-quiz-template").replace("__SCORE__", row.best_score);
          }
          line.appendChild(document.createTextNode(text));
        } else {
          var bar = document.createElement("progress");
          bar.max = 100;
          bar.value = row.percent;
          bar.setAttribute("aria-label", list.getAttribute("data-progress-label"));
          bar.textContent = row.percent + " %";
          var percent = document.createElement("span");
          percent.textContent = row.percent + " %";
          line.appendChild(bar);
          line.appendChild(document.createTextNode(" "));
          line.appendChild(percent);
        }
        line.hidden = false;
      });
    }).catch(function () { /* offline: the cards work without it */ });
})();

/* Home and path pages (the same for everybody): the learner's own parts — « For your group », « Continue »,
   the path's progress, next lesson and attestation — from /api/learner/page/<id>, each put in its slot. */
(function () {
  "use strict";
  var holder = document.querySelector("[data-personal-bits]");
  if (!holder || !window.fetch) return;
  var url = "/api/learner/page/" + holder.getAttribute("data-personal-bits") +
    "?language=" + encodeURIComponent(holder.getAttribute("data-language"));
  fetch(url, { credentials: "same-origin" })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (bits) {
      if (!bits) return;
      Object.keys(bits.slots).forEach(function (name) {
        var slot = document.querySelector("[data-personal-slot='" + name + "']");
        if (slot && bits.slots[name]) slot.innerHTML = bits.slots[name];
      });
      var fallback = holder.querySelector("[data-personal-fallback]");
      if (fallback) fallback.hidden = true;
    }).catch(function () { /* offline: the « My progress » link stays */ });
})();
