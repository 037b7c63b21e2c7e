/* The note editor's start-up (/admin/): loaded before the Sveltia CMS bundle, with no inline script
   (see the /admin/ policy in netlify.toml).

   - The interface stays in US English, the one language the bundle carries: the others would be
     fetched from a CDN, which the editor's policy does not allow.
   - The preview is styled with the site's own stylesheet.
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
  document.addEventListener("DOMContentLoaded", function () {
    if (!window.CMS) return;
    window.CMS.registerPreviewStyle("/assets/site.css");
    window.CMS.init();
  });
})();
