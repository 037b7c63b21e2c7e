/* The note editor's start-up (/admin/): loaded before the Sveltia CMS bundle, with no inline script
   (see the /admin/ policy in netlify.toml).

   - The interface stays in US English, the one language the bundle carries: the others would be
     fetched from a CDN, which the editor's policy does not allow.
   - The preview is styled with the site's own stylesheet.
   - A new note starts as a draft. The form's `draft` switch has no default of its own, because the
     editor gives a default to every field an existing note leaves out: a published note (no `draft`
     line) would open, and its translations be made, as drafts. Instead the address of a new note
     carries `draft=true`, which the editor takes as that note's starting value only.
   The CMS is started by hand (CMS_MANUAL_INIT) so the preview style is registered first. */
(function () {
  "use strict";
  window.CMS_MANUAL_INIT = true;
  var PREFERENCES = "sveltia-cms.prefs";
  try {
    var preferences = JSON.parse(window.localStorage.getItem(PREFERENCES) || "{}") || {};
    preferences.locale = "en-US";
    window.localStorage.setItem(PREFERENCES, JSON.stringify(preferences));
  } catch (error) {
    // Storage can be switched off; the interface then follows the browser's language.
  }
  var NEW_ENTRY = /^#\/collections\/[^/?]+\/new$/;
  // Runs before the editor's own listener (registered later), so the editor reads the new address.
  function startNewNotesAsDrafts() {
    if (NEW_ENTRY.test(window.location.hash)) {
      window.history.replaceState(window.history.state, "", window.location.hash + "?draft=true");
    }
  }
  startNewNotesAsDrafts();
  window.addEventListener("hashchange", startNewNotesAsDrafts);
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.CMS) return;
    window.CMS.registerPreviewStyle("/assets/site.css");
    window.CMS.init();
  });
})();
