/* Search page: starts the Pagefind UI on #search and keeps the query in the address (?q=).
   Loaded with `defer` after /pagefind/pagefind-ui.js; no inline script (see the CSP in netlify.toml). */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") return;

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // Each result shows its title (the link), its date and venue, then its summary, each once.
  // The UI renders `excerpt` as HTML, so the meta values are escaped; they are then removed from
  // `meta` so that the UI does not repeat them as tags.
  function processResult(result) {
    var meta = result.meta || {};
    var parts = [];
    if (meta.date_venue) parts.push('<span class="search-result-place">' + escapeHtml(meta.date_venue) + "</span>");
    if (meta.summary) parts.push('<span class="search-result-summary">' + escapeHtml(meta.summary) + "</span>");
    if (parts.length) result.excerpt = parts.join(" ");
    var kept = {};
    if (meta.title) kept.title = meta.title;
    if (meta.url) kept.url = meta.url;
    result.meta = kept;
    return result;
  }

  var ui = new window.PagefindUI({
    element: root,
    showSubResults: false,
    showImages: false,
    showEmptyFilters: false,
    pageSize: 10,
    sort: { date: "desc" },
    processResult: processResult,
    translations: { placeholder: "Search the notes" }
  });

  // Give the search box a real <label> (the UI only gives it a placeholder and a title).
  var input = root.querySelector("input.pagefind-ui__search-input");
  if (input) {
    input.id = "search-input";
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = input.id;
    label.textContent = "Search the notes";
    input.parentNode.insertBefore(label, input);
  }

  // Keep the query in the URL so that a search can be bookmarked or shared.
  function setQuery(term) {
    var url = new URL(window.location.href);
    if (term) url.searchParams.set("q", term);
    else url.searchParams.delete("q");
    if (url.href !== window.location.href) window.history.replaceState(null, "", url);
  }
  root.addEventListener("input", function (event) {
    if (event.target === input) setQuery(input.value.trim());
  });
  root.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest(".pagefind-ui__search-clear")) setQuery("");
  });

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial && initial.trim()) ui.triggerSearch(initial.trim());
})();
