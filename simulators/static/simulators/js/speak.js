/* Instructions read aloud in the learner's language with the browser's voice, only where one exists: the
   "Listen" buttons stay hidden otherwise (never a button that does nothing). Plain ES5, no build step. */
(function () {
  "use strict";
  var Practice = window.NumerikairPractice = window.NumerikairPractice || {};

  Practice.voiceFor = function (lang) {
    if (!("speechSynthesis" in window)) return null;
    var voices = window.speechSynthesis.getVoices();
    for (var i = 0; i < voices.length; i++) {
      if (voices[i].lang.toLowerCase().split(/[-_]/)[0] === lang) return voices[i];
    }
    return null;
  };

  /* Say `text` in `lang` if a voice exists; returns whether it could. */
  Practice.say = function (text, lang) {
    var voice = Practice.voiceFor(lang);
    if (!voice || !text) return false;
    window.speechSynthesis.cancel();
    var utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
    return true;
  };

  function setUp() {
    var buttons = Array.prototype.slice.call(document.querySelectorAll(".listen-tts"));
    if (!buttons.length || !("speechSynthesis" in window)) return;
    var reveal = function () {
      buttons.forEach(function (button) {
        button.hidden = !Practice.voiceFor(button.getAttribute("data-speak-lang"));
      });
    };
    reveal();
    window.speechSynthesis.addEventListener("voiceschanged", reveal);
    buttons.forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-speak"));
        if (source) Practice.say(source.textContent, button.getAttribute("data-speak-lang"));
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUp);
  else setUp();
})();
