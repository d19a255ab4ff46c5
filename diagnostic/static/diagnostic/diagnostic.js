/* The diagnostic: read the question aloud with the browser's voice, only where it has one for the
   language (common.js; the button stays hidden otherwise). Without this script the form works as it is. */
(function () {
  "use strict";
  window.Numerikair.listenButtons(document.querySelectorAll(".diagnostic .listen-tts"));

  /* A drag task: the icon follows the finger (or the mouse); dropped on a picture, it chooses that picture's
     radio button, which is what the plain form sends. Tapping a picture still works. */
  Array.prototype.forEach.call(document.querySelectorAll("[data-drag]"), function (task) {
    var item = task.querySelector("[data-drag-item]");
    if (!item) return;
    item.classList.add("draggable");
    item.addEventListener("pointerdown", function (start) {
      start.preventDefault();
      if (item.setPointerCapture) item.setPointerCapture(start.pointerId);
      var move = function (event) {
        item.style.transform = "translate(" + (event.clientX - start.clientX) + "px, " + (event.clientY - start.clientY) + "px)";
      };
      var drop = function (event) {
        item.removeEventListener("pointermove", move);
        item.removeEventListener("pointerup", drop);
        item.style.visibility = "hidden";
        var under = document.elementFromPoint(event.clientX, event.clientY);
        item.style.visibility = "";
        item.style.transform = "";
        var target = under && under.closest("[data-drop]");
        if (!target || !task.contains(target)) return;
        var input = target.querySelector("input");
        input.checked = true;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      };
      item.addEventListener("pointermove", move);
      item.addEventListener("pointerup", drop);
    });
  });
})();
