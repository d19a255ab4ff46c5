/* The diagnostic: read the question aloud with the browser's voice, only where it has one for the
   language (common.js; the button stays hidden otherwise). Without this script the form works as it is. */
(function () {
  "use strict";
  window.Numerikair.listenButtons(document.querySelectorAll(".diagnostic .listen-tts"));
})();
