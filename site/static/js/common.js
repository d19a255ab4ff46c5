/* Helpers shared by the lesson page's scripts (lesson.js, h5p.js), which load after this one. Plain ES5
   in a global namespace, no build step: it runs on the old Android browsers our learners have. */
(function () {
  "use strict";
  var Numerikair = window.Numerikair = window.Numerikair || {};

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
})();
