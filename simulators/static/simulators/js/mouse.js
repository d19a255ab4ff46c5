/* The mouse trainer: point, click, double-click, drag and drop, scroll, right-click; on a touch screen the
   same levels with the finger (tap, double tap, drag, scroll, long press). Pointer events serve both. */
(function () {
  "use strict";
  var root = document.querySelector("[data-trainer=mouse]");
  if (!root || !window.NumerikairPractice) return;
  var stage = root.querySelector("[data-stage]");
  var touch = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
  var cleanup = [];
  var mistakes = 0;
  var trainer;

  function on(target, type, handler, options) {
    target.addEventListener(type, handler, options);
    cleanup.push(function () { target.removeEventListener(type, handler, options); });
  }
  function clear() {
    cleanup.forEach(function (undo) { undo(); });
    cleanup = [];
    stage.innerHTML = "";
    mistakes = 0;
  }
  function circle(label, small) {
    var el = document.createElement("button");
    el.type = "button";
    el.className = "trainer-target" + (small ? " small" : "");
    el.setAttribute("data-target", "");
    el.textContent = label || "";
    return el;
  }
  function place(el, x, y) {
    el.style.position = "absolute";
    el.style.left = x + "%";
    el.style.top = y + "%";
  }
  function done() {
    var count = mistakes;
    clear();
    trainer.pass(count);
  }
  function missOutside(target) {
    on(stage, "click", function (event) { if (!target.contains(event.target)) mistakes += 1; });
  }

  var levels = {
    point: function () {
      var target = circle("");
      place(target, 40, 30);
      stage.appendChild(target);
      on(target, "pointerenter", function (event) { if (event.pointerType === "mouse") done(); });
      on(target, "pointerdown", function () { done(); });
    },
    click: function () {
      var target = circle("3");
      var spots = [[10, 10], [70, 55], [35, 65], [75, 5]];
      var left = 3;
      place(target, 45, 35);
      stage.appendChild(target);
      missOutside(target);
      on(target, "click", function () {
        left -= 1;
        if (left === 0) { done(); return; }
        target.textContent = String(left);
        target.className = "trainer-target small";
        place(target, spots[left][0], spots[left][1]);
      });
    },
    "double-click": function () {
      var target = circle("");
      var lastTap = 0;
      place(target, 55, 40);
      stage.appendChild(target);
      missOutside(target);
      on(target, "dblclick", function () { done(); });
      on(target, "pointerup", function (event) {
        if (event.pointerType === "mouse") return;
        var now = Date.now();
        if (now - lastTap < 500) done();
        lastTap = now;
      });
    },
    drag: function () {
      var target = circle("");
      var box = document.createElement("div");
      box.className = "trainer-drop";
      box.setAttribute("data-drop", "");
      place(target, 8, 30);
      place(box, 60, 20);
      target.style.touchAction = "none";
      stage.appendChild(target);
      stage.appendChild(box);
      var start = null;
      on(target, "pointerdown", function (event) {
        start = { x: event.clientX, y: event.clientY };
        if (target.setPointerCapture) target.setPointerCapture(event.pointerId);
        target.classList.add("hot");
        event.preventDefault();
      });
      on(target, "pointermove", function (event) {
        if (!start) return;
        target.style.transform = "translate(" + (event.clientX - start.x) + "px," + (event.clientY - start.y) + "px)";
      });
      on(target, "pointerup", function (event) {
        if (!start) return;
        start = null;
        target.classList.remove("hot");
        var r = box.getBoundingClientRect();
        if (event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom) {
          done();
        } else {
          mistakes += 1;
          target.style.transform = "";
        }
      });
    },
    scroll: function () {
      var box = document.createElement("div");
      box.className = "trainer-scroll";
      box.setAttribute("data-scroll", "");
      box.tabIndex = 0;
      var inner = document.createElement("div");
      inner.className = "trainer-scroll-inner";
      var target = circle("", true);
      inner.appendChild(target);
      box.appendChild(inner);
      stage.appendChild(box);
      on(target, "click", function () { if (box.scrollTop > 0) done(); });
    },
    "right-click": function () {
      var target = circle("");
      var timer = null;
      place(target, 30, 35);
      stage.appendChild(target);
      on(target, "contextmenu", function (event) { event.preventDefault(); done(); });
      on(target, "click", function () { mistakes += 1; });
      on(target, "pointerdown", function (event) {
        if (event.pointerType === "mouse") return;
        timer = setTimeout(done, 800);
      });
      var cancel = function () { clearTimeout(timer); };
      on(target, "pointerup", cancel);
      on(target, "pointercancel", cancel);
    }
  };

  trainer = window.NumerikairPractice.trainer(root, {
    instruction: function (level) {
      return level.querySelector(touch ? "[data-touch]" : "[data-mouse]").textContent.trim();
    },
    start: function (level) {
      clear();
      stage.setAttribute("data-kind", level.getAttribute("data-kind"));
      levels[level.getAttribute("data-kind")]();
    },
    stop: function () { clear(); stage.hidden = true; }
  });
  trainer.begin();
})();
