/* What the mouse and keyboard trainers share: show one level at a time with its instruction, say it (the
   recorded clip if there is one, else the browser's voice if it has one for the language, else nothing:
   the "Listen" button only shows when it can speak), and store each level passed — only that it passed and
   how many mistakes, never what was typed. Plain ES5, no build step. */
(function () {
  "use strict";
  var Practice = window.NumerikairPractice = window.NumerikairPractice || {};

  Practice.trainer = function (root, options) {
    var levels = Array.prototype.slice.call(root.querySelectorAll("[data-level]"));
    var ui = root.querySelector("[data-trainer-ui]");
    var instruction = root.querySelector("[data-instruction]");
    var progress = root.querySelector("[data-trainer-progress]");
    var listen = root.querySelector("[data-listen]");
    var wellDone = root.querySelector("[data-well-done]");
    var finished = root.querySelector("[data-finished]");
    var lang = root.getAttribute("data-lang");
    var name = root.getAttribute("data-trainer");
    var current = 0;
    var audio = null;
    var interacted = false;

    root.querySelector("[data-nojs]").hidden = true;
    root.querySelector("[data-levels]").hidden = true;
    ui.hidden = false;

    function clip() { return levels[current] ? levels[current].getAttribute("data-clip") : ""; }
    function canSpeak() { return !!clip() || !!(Practice.voiceFor && Practice.voiceFor(lang)); }
    function say() {
      var url = clip();
      if (url) {
        if (audio) audio.pause();
        audio = new Audio(url);
        audio.play().catch(function () { /* the learner can press Listen */ });
      } else if (Practice.say) {
        Practice.say(instruction.textContent, lang);
      }
    }
    function refreshListen() { listen.hidden = !canSpeak(); }
    listen.addEventListener("click", say);
    if ("speechSynthesis" in window) window.speechSynthesis.addEventListener("voiceschanged", refreshListen);
    document.addEventListener("pointerdown", function () { interacted = true; }, { once: true });
    document.addEventListener("keydown", function () { interacted = true; }, { once: true });

    function show() {
      var level = levels[current];
      progress.textContent = current + 1 + " / " + levels.length;
      instruction.textContent = options.instruction(level);
      refreshListen();
      options.start(level, current + 1);
      if (interacted && canSpeak()) say();  // browsers speak only after the learner did something
    }

    var sending = Promise.resolve();

    return {
      begin: show,
      /* The level is passed: store it, say well done, go on. */
      pass: function (mistakes) {
        var number = current + 1;
        if (window.Numerikair && Numerikair.postJSON && Numerikair.csrfToken()) {
          // One result at a time: the first one makes the learner's session, which the next ones must carry.
          var payload = { exercise: name, step: String(number), ok: true, mistakes: mistakes || 0 };
          sending = sending.then(function () {
            return Numerikair.postJSON(root.getAttribute("data-result-url"), payload);
          }).catch(function () {});
        }
        root.setAttribute("data-passed", String(number));
        wellDone.hidden = false;
        setTimeout(function () { wellDone.hidden = true; }, 1500);
        current += 1;
        if (current >= levels.length) {
          options.stop();
          instruction.textContent = "";
          listen.hidden = true;
          finished.hidden = false;
          root.setAttribute("data-finished", "true");
          return;
        }
        show();
      }
    };
  };
})();
