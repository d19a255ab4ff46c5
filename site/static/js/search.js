/* Suggestions under the search boxes while the learner types: at most one request per 250 ms, and only
   for the latest text. Without this script the search form still works (a plain GET). */
(function () {
  "use strict";
  var WAIT = 250;
  Array.prototype.forEach.call(document.querySelectorAll("input[data-suggest]"), function (input) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = input.id + "-suggestions";
    list.hidden = true;
    list.setAttribute("role", "listbox");
    input.setAttribute("aria-controls", list.id);
    input.form.appendChild(list);
    var timer = null;
    var lastSent = 0;
    var latest = 0;

    function render(items) {
      list.textContent = "";
      items.forEach(function (item) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = item.url;
        a.textContent = item.label;
        li.appendChild(a);
        list.appendChild(li);
      });
      list.hidden = items.length === 0;
    }

    function send() {
      var text = input.value.trim();
      if (text.length < 2) { render([]); return; }
      lastSent = Date.now();
      var ticket = ++latest;
      fetch(input.getAttribute("data-suggest") + "?q=" + encodeURIComponent(text), { credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (ticket === latest) render(data.suggestions || []); })
        .catch(function () { render([]); });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var wait = Math.max(WAIT, WAIT - (Date.now() - lastSent));
      timer = setTimeout(send, wait);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") render([]);
    });
  });
})();
