/* Learner card page: the print button (the card itself is plain HTML and prints without this). */
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (button) button.addEventListener("click", function () { window.print(); });
})();
