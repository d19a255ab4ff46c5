/* Helpers shared by the learner pages' scripts (lesson.js, h5p.js, diagnostic.js), which load after this one. Plain ES5
   in a global namespace, no build step: it runs on the old Android browsers our learners have. */
(function () {
  "use strict";
  var Numerikair = window.Numerikair = window.Numerikair || {};

  /* Runs `action` once the page has loaded (now if it has): what the learner reads first is drawn before
     the scripts talk to the server. */
  Numerikair.afterLoad = function (action) {
    if (document.readyState === "complete") action();
    else window.addEventListener("load", function () { action(); });
  };

  /* A random id (UUID v4) for each event, so that sending it twice stores it once. crypto.randomUUID
     needs a recent browser and HTTPS; getRandomValues is everywhere. */
  Numerikair.newId = function () {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  };

  /* The CSRF token: the page's ({% csrf_token %}), else the one /api/csrf set in the cookie, else "". */
  Numerikair.csrfToken = function () {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    var cookie = /(?:^|;\s*)csrftoken=([^;]+)/.exec(document.cookie);
    return input ? input.value : cookie ? decodeURIComponent(cookie[1]) : "";
  };

  /* A promise of the token: public pages carry none (they are cached for everybody), so ask /api/csrf. */
  Numerikair.withToken = function () {
    var token = Numerikair.csrfToken();
    if (token) return Promise.resolve(token);
    return fetch("/api/csrf", { credentials: "same-origin", cache: "no-store" }).then(function (response) {
      return response.json();
    }).then(function (body) { return body.token; });
  };

  /* POST `payload` as JSON to one of our API endpoints, with the CSRF token and the page's language (for
     the server's messages). keepalive: the request goes on if the learner leaves the page. */
  Numerikair.postJSON = function (url, payload) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      keepalive: true,
      headers: { "Content-Type": "application/json", "X-CSRFToken": Numerikair.csrfToken(),
                 "Accept-Language": document.documentElement.lang },
      body: JSON.stringify(payload)
    });
  };

  /* « Listen » buttons (.listen-tts, data-speak = the id of the text, data-speak-lang = its language) that
     read a text with the browser's voice: each is shown only while the browser has a voice for its language,
     so there is never a button that does nothing. */
  Numerikair.listenButtons = function (buttons) {
    buttons = Array.prototype.slice.call(buttons);
    if (!buttons.length || !("speechSynthesis" in window)) return;
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
  };
})();
