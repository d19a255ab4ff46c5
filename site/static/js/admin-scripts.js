/* The Wagtail admin: text is typed in the direction and language of the content being written, not of the
   admin (which is in French or English). Loaded on every admin page by workspace/wagtail_hooks.py, whose
   <script> tag lists the right-to-left languages (settings.LANGUAGES_BIDI).

   - wagtail-localize's translation editor (a React app) carries its target language in the props of its
     root element; its text boxes appear when the translator clicks "Translate" or "Edit".
   - Wagtail's own editors (pages, snippets) name the language of the object being edited in the admin's
     configuration (ACTIVE_CONTENT_LOCALE); stream blocks add fields as the editor works.
   Either way, fields are marked as they appear (a MutationObserver). A field that already says its
   direction is left alone, as are slugs and date pickers (Latin letters and digits in any language). */
(function () {
  "use strict";

  var script = document.currentScript;
  var rtlLanguages = (script && script.dataset.rtlLanguages ? script.dataset.rtlLanguages : "").split(" ");
  var TEXT_FIELDS = "textarea, input[type=text], input:not([type])";
  var EDITOR_FIELDS =
    "[data-field-input] textarea, [data-field-input] input[type=text], [data-field-input] input:not([type])";
  var NOT_PROSE = "[dir], [data-controller~='w-slug'], [autocomplete='off']";

  function translationEditorLanguage(editor) {
    try {
      return JSON.parse(editor.dataset.props).locale.code;
    } catch (error) {
      return null;
    }
  }

  function contentLanguage() {
    var config = document.getElementById("wagtail-config");
    try {
      return config ? JSON.parse(config.textContent).ACTIVE_CONTENT_LOCALE || null : null;
    } catch (error) {
      return null;
    }
  }

  function mark(field, language) {
    if (field.matches(NOT_PROSE)) return;
    field.lang = language;
    if (rtlLanguages.indexOf(language) !== -1) field.dir = "rtl";
  }

  // Call `each` on the elements under `root` that match `selector`, now and whenever more are added.
  function watch(root, selector, each) {
    function within(node) {
      if (node.nodeType !== Node.ELEMENT_NODE) return;
      if (node.matches(selector)) each(node);
      node.querySelectorAll(selector).forEach(each);
    }
    within(root);
    new MutationObserver(function (records) {
      records.forEach(function (record) {
        record.addedNodes.forEach(within);
      });
    }).observe(root, { childList: true, subtree: true });
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor[data-props]");
    if (editor) {
      var target = translationEditorLanguage(editor);
      if (!target) return;
      // Words the editor's bundle writes in English whatever the admin's language: our template gives them
      // in the user's language (workspace/templates/wagtail_localize/admin/edit_translation.html).
      var words = document.querySelector("[data-editor-words]");
      if (words) {
        watch(editor, "h3", function (heading) {
          if (/^.+ to .+ translation$/.test(heading.textContent)) heading.textContent = words.dataset.title;
        });
        watch(editor, ".w-sr-only", function (label) {
          if (label.textContent === "More actions") label.textContent = words.dataset.moreActions;
        });
      }
      watch(editor, TEXT_FIELDS, function (field) {
        mark(field, target);
      });
      if (rtlLanguages.indexOf(target) !== -1) {
        // Translations on display (and the French they come from): each paragraph in its own direction.
        watch(editor, "li p:not([dir])", function (paragraph) {
          paragraph.dir = "auto";
        });
      }
      return;
    }
    var form = document.querySelector("form[data-edit-form]");
    var language = contentLanguage();
    if (form && language) {
      // The object's own fields only: not the comments, which are written in the admin's language.
      watch(form, EDITOR_FIELDS, function (field) {
        mark(field, language);
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
