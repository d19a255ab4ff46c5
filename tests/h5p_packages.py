"""H5P packages built by the tests: a tiny library of our own (a button that sends an xAPI score) and
malicious variants. No package is downloaded."""

import io
import json
import zipfile

LIBRARY = "H5P.NumerikButton"
FOLDER = f"{LIBRARY}-1.0"

BUTTON_JS = """
H5P.NumerikButton = (function (EventDispatcher) {
  function NumerikButton(params, contentId) {
    EventDispatcher.call(this);
    this.params = params;
    this.contentId = contentId;
  }
  NumerikButton.prototype = Object.create(EventDispatcher.prototype);
  NumerikButton.prototype.constructor = NumerikButton;
  NumerikButton.prototype.attach = function ($container) {
    var self = this;
    var button = document.createElement("button");
    button.className = "numerik-button";
    button.textContent = this.params.label;
    button.addEventListener("click", function () {
      self.triggerXAPIScored(self.params.score, self.params.max, "answered");
    });
    $container.get(0).appendChild(button);
  };
  return NumerikButton;
})(H5P.EventDispatcher);
"""

# Tries to reach what the sandbox must keep from it, and says what it got in the console.
PROBE_JS = """
H5P.NumerikButton = (function (EventDispatcher) {
  function Probe(params) { EventDispatcher.call(this); }
  Probe.prototype = Object.create(EventDispatcher.prototype);
  Probe.prototype.attach = function ($container) {
    var report = {};
    function done() {
      if (Object.keys(report).length === 4) console.log("PROBE " + JSON.stringify(report));
    }
    try { report.cookie = "read:" + document.cookie; } catch (e) { report.cookie = "blocked:" + e.name; }
    try { report.parent = "read:" + window.parent.document.title; } catch (e) { report.parent = "blocked:" + e.name; }
    try { report.storage = "read:" + window.localStorage.getItem("numerikair-progress"); }
    catch (e) { report.storage = "blocked:" + e.name; }
    done();
    fetch("/api/learner/me", { credentials: "include" })
      .then(function (r) { return r.text(); })
      .then(function (t) { report.api = "read:" + t; done(); })
      .catch(function (e) { report.api = "blocked:" + e.name; done(); });
    $container.get(0).appendChild(document.createTextNode("probe"));
  };
  return Probe;
})(H5P.EventDispatcher);
"""


# The same library version with other code: it always reports full marks.
ALTERED_JS = BUTTON_JS.replace("self.params.score, self.params.max", "self.params.max, self.params.max")

# What H5P's own export tools leave at the root of a package; H5P core ignores it.
STRAY = "H5P_CONTENT_HERE.txt"


def manifest(title="Le bouton", library=LIBRARY):
    return {
        "title": title,
        "language": "fr",
        "mainLibrary": library,
        "embedTypes": ["div"],
        "license": "U",
        "preloadedDependencies": [{"machineName": library, "majorVersion": 1, "minorVersion": 0}],
    }


def library_json(patch=0):
    return {
        "title": "Numerik button",
        "machineName": LIBRARY,
        "majorVersion": 1,
        "minorVersion": 0,
        "patchVersion": patch,
        "runnable": 1,
        "preloadedJs": [{"path": "button.js"}],
    }


def files(script=BUTTON_JS, patch=0, extra=None, title="Le bouton"):
    entries = {
        "h5p.json": json.dumps(manifest(title)),
        "content/content.json": json.dumps({"label": "Valider", "score": 3, "max": 4}),
        f"{FOLDER}/library.json": json.dumps(library_json(patch)),
        f"{FOLDER}/button.js": script,
    }
    entries.update(extra or {})
    return entries


def build(entries=None, compression=zipfile.ZIP_DEFLATED, tweak=None):
    """A .h5p file in memory. `tweak(zipinfo)` may alter an entry's header before it is written."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in (entries if entries is not None else files()).items():
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            if tweak:
                tweak(info)
            archive.writestr(info, data)
    buffer.seek(0)
    buffer.name = "activite.h5p"
    return buffer


def exported(entries=None):
    """Entries laid out as H5P's tools export them: a folder entry for each folder, and a stray text file at
    the root. The files themselves are those of `entries` (by default files())."""
    entries = dict(entries if entries is not None else files())
    folders = {}
    for name in entries:
        parts = name.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders["/".join(parts[:depth]) + "/"] = ""
    return {STRAY: "Content goes here.", **folders, **entries}
