/* Inside the sandboxed H5P frame: start h5p-standalone, then pass its xAPI statements and its height to
   the lesson page with postMessage (the only way out of the sandbox). */
(function () {
  "use strict";
  // Opened on its own (not in the lesson's frame), the package's scripts could send the tab to another
  // site: the sandbox only stops a frame from navigating the page around it. Play nothing then.
  if (window.top === window.self) {
    document.getElementById("h5p-alone").hidden = false;
    return;
  }
  // The sandbox has no storage (reading localStorage throws): H5P gets an empty one in memory, so state
  // saving and "resume later" do not survive a reload, but the activity plays.
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try { if (window[name]) return; } catch (e) { /* sandboxed: replace it below */ }
    var data = {};
    var memory = {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : null; },
      setItem: function (key, value) { data[key] = String(value); },
      removeItem: function (key) { delete data[key]; },
      clear: function () { data = {}; },
      key: function (index) { return Object.keys(data)[index] || null; },
      get length() { return Object.keys(data).length; }
    };
    Object.defineProperty(window, name, { value: memory, configurable: true });
  });

  var el = document.getElementById("h5p-container");
  var parentOrigin = el.getAttribute("data-parent-origin");
  function tell(message) { window.parent.postMessage(message, parentOrigin); }
  function height() { tell({ type: "numerikair:h5p-height", height: document.documentElement.scrollHeight }); }

  new H5PStandalone.H5P(el, {
    h5pJsonPath: el.getAttribute("data-h5p-json"),
    frameJs: el.getAttribute("data-frame-js"),
    frameCss: el.getAttribute("data-frame-css"),
    embedType: "div",  // the player page is already the sandbox: no nested frame (it could not be scripted)
    frame: false,
    copyright: false,
    export: false,
    embed: false,
    fullScreen: false
  }).then(function () {
    window.H5P.externalDispatcher.on("xAPI", function (event) {
      tell({ type: "numerikair:h5p-xapi", statement: event.data.statement });
    });
    tell({ type: "numerikair:h5p-ready" });
    height();
    if (window.ResizeObserver) new ResizeObserver(height).observe(document.body);
  }).catch(function (error) {
    tell({ type: "numerikair:h5p-error", message: String(error && error.message || error) });
  });
})();
