/* A simulation step checked in the learner's browser. The fields have no name, so what the learner types
   never leaves the page; the form sends only the step number and the button pressed, and only when the
   step is right. Without this script the form still works (the server checks the button). */
(function () {
  "use strict";
  var form = document.querySelector("[data-simulation]");
  if (!form) return;
  var hint = document.querySelector("[data-hint]");
  var pressed = null;

  function same(a, b) {
    return a.trim().toLowerCase() === b.trim().toLowerCase();
  }

  /* The first element of the screen that is not as expected, or null. */
  function firstProblem() {
    var elements = form.querySelectorAll("input, select");
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      if (el.type === "hidden") continue;
      var expected = el.getAttribute("data-expected");
      var required = el.hasAttribute("data-required");
      if (el.type === "checkbox") {
        if (required && !el.checked) return el;
      } else if (el.type === "file") {
        if (required && !(el.files && el.files.length)) return el;
      } else if (expected !== null) {
        if (!same(el.value, expected)) return el;
      } else if (required && !el.value.trim()) {
        return el;
      }
    }
    return null;
  }

  function showHint(target) {
    if (hint) {
      hint.hidden = false;
      hint.focus && hint.setAttribute("tabindex", "-1");
    }
    var marked = form.querySelectorAll("[aria-invalid]");
    for (var i = 0; i < marked.length; i++) marked[i].removeAttribute("aria-invalid");
    if (target && target.tagName !== "BUTTON") {
      target.setAttribute("aria-invalid", "true");
      target.focus();
    }
  }

  form.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("button[name=choice]") : null;
    if (button) pressed = button;
  });

  form.addEventListener("submit", function (event) {
    var button = event.submitter || pressed;
    if (!button || button.value !== form.getAttribute("data-expected")) {
      event.preventDefault();
      showHint(null);
      return;
    }
    var problem = firstProblem();
    if (problem) {
      event.preventDefault();
      showHint(problem);
    }
    /* Right: the form goes, carrying only the step and the button. */
  });
})();
