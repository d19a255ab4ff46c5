/* The live board of a class (classes/board.py): every few seconds, fetch its JSON from this site and draw
   the table again, as classes/templates/classes/admin/board_table.html does. No library, nothing from
   another origin; without JavaScript the page has a « Rafraîchir » link. */
(function () {
  "use strict";

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function plural(count, word) {
    return count + " " + word + (count > 1 ? "s" : "");
  }

  function cell(data, reasons) {
    var td = el("td", "board-cell board-" + data.state + (data.help ? " board-help" : ""));
    if (data.state === "none") {
      var dash = el("span", null, "—");
      dash.setAttribute("aria-label", "pas commencé");
      td.appendChild(dash);
      return td;
    }
    td.appendChild(el("span", "board-step", data.state === "done" ? "✓ fini" : "étape " + data.step + "/" + data.steps));
    if (data.score !== null && data.score !== undefined) {
      td.appendChild(document.createTextNode(" "));
      td.appendChild(el("span", "board-score", "quiz " + data.score + " %"));
    }
    if (data.help) {
      td.appendChild(document.createTextNode(" "));
      td.appendChild(el("strong", "board-flag", "Besoin d'aide"));
      td.appendChild(document.createTextNode(" "));
      td.appendChild(el("span", "board-why", reasons[data.help] || ""));
    }
    return td;
  }

  function draw(container, data) {
    var nodes = [];
    var status = el("p", "board-status");
    status.setAttribute("data-board-status", "");
    status.appendChild(document.createTextNode(plural(data.count, "apprenant") + " · " + plural(data.modules.length, "module") + " · "));
    status.appendChild(el("strong", null, String(data.help)));
    status.appendChild(document.createTextNode(" à aider"));
    nodes.push(status);
    if (!data.learners.length || !data.modules.length) {
      nodes.push(el("p", "board-empty", data.learners.length ? "Aucun module à faire ni commencé pour l'instant." : "Personne n'a encore rejoint ce groupe."));
    } else {
      var scroll = el("div", "board-scroll");
      scroll.tabIndex = 0;
      scroll.setAttribute("role", "region");
      scroll.setAttribute("aria-label", "Tableau : apprenants et modules");
      var table = el("table", "board-table");
      var head = el("tr");
      head.appendChild(el("th", null, "Apprenant")).scope = "col";
      data.modules.forEach(function (module) {
        var th = el("th", null, module.title);
        th.scope = "col";
        if (module.assigned) {
          th.appendChild(document.createTextNode(" "));
          th.appendChild(el("span", "board-assigned", "à faire"));
        }
        head.appendChild(th);
      });
      table.appendChild(el("thead")).appendChild(head);
      var body = el("tbody");
      data.learners.forEach(function (learner) {
        var row = el("tr", learner.help ? "board-row-help" : "");
        var th = el("th");
        th.scope = "row";
        th.appendChild(el("span", "board-label", learner.label));
        if (learner.name) {
          th.appendChild(document.createTextNode(" "));
          th.appendChild(el("span", "board-name")).appendChild(el("bdi", "", learner.name));
        }
        if (learner.card) {
          th.appendChild(document.createTextNode(" "));
          th.appendChild(el("span", "board-card", learner.card));
        }
        row.appendChild(th);
        learner.cells.forEach(function (item) { row.appendChild(cell(item, data.reasons || {})); });
        body.appendChild(row);
      });
      table.appendChild(body);
      scroll.appendChild(table);
      nodes.push(scroll);
    }
    var old = container.querySelector(".board-scroll");
    var left = old ? old.scrollLeft : 0;
    container.replaceChildren.apply(container, nodes);
    var fresh = container.querySelector(".board-scroll");
    if (fresh) fresh.scrollLeft = left;
  }

  function start(container) {
    var url = container.getAttribute("data-url");
    var seconds = Math.min(5, Math.max(2, Number(container.getAttribute("data-poll")) || 5));
    var busy = false;
    function refresh() {
      if (busy || document.hidden) return;
      busy = true;
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status);
          return response.json();
        })
        .then(function (data) {
          draw(container, data);
          container.setAttribute("data-board-updated", data.at);
        })
        .catch(function () { /* keep the last board; the next poll tries again */ })
        .then(function () { busy = false; });
    }
    window.setInterval(refresh, seconds * 1000);
    document.addEventListener("visibilitychange", refresh);
  }

  document.querySelectorAll("[data-board]").forEach(start);
  document.querySelectorAll("[data-board-names]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });
  document.documentElement.classList.add("board-js");
}());
