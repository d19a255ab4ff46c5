/* The diagnostic: read the question aloud with the browser's voice, only where it has one for the
   language (the button stays hidden otherwise). Without this script the form works as it is. */
(function () {
  "use strict";
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".diagnostic .listen-tts"));
  if (buttons.length && "speechSynthesis" in window) {
    var voiceFor = function (lang) {
      var voices = window.speechSynthesis.getVoices();
      for (var i = 0; i < voices.length; i++) {
        if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === lang) return voices[i];
      }
      return null;
    };
    var reveal = function () {
      buttons.forEach(function (button) {
        button.hidden = !voiceFor(button.getAttribute("data-speak-lang"));
      });
    };
    reveal();
    window.speechSynthesis.addEventListener("voiceschanged", reveal);
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-speak"));
        var voice = voiceFor(button.getAttribute("data-speak-lang"));
        if (!source || !voice) return;
        window.speechSynthesis.cancel();
        var utterance = new SpeechSynthesisUtterance(source.textContent);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = 0.9;
        window.speechSynthesis.speak(utterance);
      });
    });
  }
})();
