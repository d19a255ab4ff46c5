/* The AZERTY keyboard trainer. Keys are read from keydown so that every layout's events count the same:
   AltGr + à gives "@" (Chromium reports key "@", or code "Digit0" with Ctrl+Alt, which is how AltGr
   arrives on some systems). Phones' on-screen keyboards send no usable keydown: their text is read
   from the field's input event instead. Nothing typed leaves the page. */
(function () {
  "use strict";
  var root = document.querySelector("[data-trainer=keyboard]");
  if (!root || !window.NumerikairPractice) return;
  var field = root.querySelector("[data-typed]");
  var targetView = root.querySelector("[data-target]");
  var target = "";
  var needsEnter = false;
  var mistakes = 0;
  var active = false;
  var trainer;

  /* The character a keydown types, "" for none. */
  function typed(event) {
    if (event.code === "Digit0" && event.ctrlKey && event.altKey) return "@";  // AltGr + à
    if (event.key === "@") return "@";
    if (event.key && event.key.length === 1 && !(event.ctrlKey && !event.altKey) && !event.metaKey) return event.key;
    return "";
  }

  function check(enterPressed) {
    if (!active) return;
    if (field.value === target && (!needsEnter || enterPressed)) {
      active = false;
      trainer.pass(mistakes);
    }
  }

  field.addEventListener("keydown", function (event) {
    if (!active) return;
    if (event.key === "Enter") {
      event.preventDefault();
      if (needsEnter && field.value !== target) mistakes += 1;
      check(true);
      return;
    }
    if (event.key === "Backspace") {
      event.preventDefault();
      field.value = field.value.slice(0, -1);
      check(false);
      return;
    }
    var ch = typed(event);
    if (!ch) return;  // Shift, AltGr alone, arrows, or a phone keyboard (key "Unidentified"): the input event follows
    event.preventDefault();
    if (target.charAt(field.value.length) !== ch) mistakes += 1;
    field.value += ch;
    check(false);
  });
  field.addEventListener("input", function () { check(false); });

  trainer = window.NumerikairPractice.trainer(root, {
    instruction: function (level) { return level.querySelector("[data-say]").textContent.trim(); },
    start: function (level) {
      target = level.getAttribute("data-text");
      needsEnter = level.getAttribute("data-enter") === "1";
      targetView.textContent = target;
      field.value = level.getAttribute("data-start") || "";
      mistakes = 0;
      active = true;
      field.focus();
    },
    stop: function () { field.disabled = true; active = false; }
  });
  trainer.begin();
})();
