/* Admin audio recorder: MediaRecorder per step, listen, keep (uploaded to the same page), or record again.
   Stops by itself at the maximum length. Without MediaRecorder, the file upload form still works. */
(function () {
  "use strict";
  var root = document.querySelector("[data-recorder]");
  if (!root) return;
  // The page's words, in the translator's admin language (data-msg-* attributes of the template).
  function say(name) { return root.getAttribute("data-msg-" + name) || ""; }
  var maxSeconds = parseInt(root.getAttribute("data-max-seconds"), 10) || 180;
  var supported = !!(navigator.mediaDevices && navigator.mediaDevices.getUserMedia && window.MediaRecorder);
  if (!supported) {
    root.querySelector("[data-recorder-unsupported]").hidden = false;
    Array.prototype.forEach.call(root.querySelectorAll("[data-record]"), function (b) { b.hidden = true; });
    return;
  }
  var type = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"].filter(function (t) {
    return MediaRecorder.isTypeSupported(t);
  })[0] || "";

  Array.prototype.forEach.call(root.querySelectorAll("[data-step]"), function (item) {
    var record = item.querySelector("[data-record]");
    if (!record) return;
    var stop = item.querySelector("[data-stop]");
    var timer = item.querySelector("[data-timer]");
    var preview = item.querySelector("[data-preview]");
    var keep = item.querySelector("[data-keep]");
    var status = item.querySelector("[data-status]");
    var form = item.querySelector("form");
    var recorder = null, chunks = [], blob = null, started = 0, tick = null;

    function finish() {
      if (recorder && recorder.state !== "inactive") recorder.stop();
      clearInterval(tick);
      stop.hidden = true;
      record.hidden = false;
      record.textContent = say("again");
    }

    record.addEventListener("click", function () {
      status.textContent = "";
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        chunks = [];
        recorder = new MediaRecorder(stream, type ? { mimeType: type, audioBitsPerSecond: 32000 } : {});
        recorder.addEventListener("dataavailable", function (event) { if (event.data.size) chunks.push(event.data); });
        recorder.addEventListener("stop", function () {
          stream.getTracks().forEach(function (track) { track.stop(); });
          blob = new Blob(chunks, { type: recorder.mimeType || type });
          preview.querySelector("audio").src = URL.createObjectURL(blob);
          preview.hidden = false;
        });
        recorder.start(250);
        started = Date.now();
        record.hidden = true;
        stop.hidden = false;
        tick = setInterval(function () {
          var seconds = Math.floor((Date.now() - started) / 1000);
          timer.textContent = seconds + " s / " + maxSeconds + " s";
          if (seconds >= maxSeconds) finish();
        }, 250);
      }).catch(function () {
        status.textContent = say("no-microphone");
      });
    });
    stop.addEventListener("click", finish);

    keep.addEventListener("click", function () {
      if (!blob) return;
      var data = new FormData(form);
      var extension = (blob.type.indexOf("ogg") >= 0) ? "ogg" : (blob.type.indexOf("mp4") >= 0 ? "m4a" : "webm");
      data.set("audio", blob, "enregistrement." + extension);
      keep.disabled = true;
      status.textContent = say("sending");
      fetch(window.location.href, { method: "POST", body: data, credentials: "same-origin",
                                    headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json().then(function (body) { return [response.ok, body]; }); })
        .then(function (result) {
          keep.disabled = false;
          if (!result[0]) { status.textContent = result[1].error; return; }
          status.textContent = say("saved");
          item.setAttribute("data-saved", "1");
          item.querySelector("[data-current]").textContent = say("current") + " " + result[1].title;
        })
        .catch(function () { keep.disabled = false; status.textContent = say("failed"); });
    });
  });
})();
