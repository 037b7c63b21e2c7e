/* Search page: starts the Pagefind UI on #search and keeps the query and the filters in the address.
   Loaded with `defer` after /pagefind/pagefind-ui.js; no inline script (see the CSP in netlify.toml).

   Address: /search/?q=word&country=Tajikistan&year=2016. Filter keys are the Pagefind filter names;
   different keys must all match, a repeated key means "any of" its values. An empty or missing q with
   filters lists every note that matches the filters (Pagefind searches a null term).
   - One value per key: the filters are ticked in the UI (triggerFilters) and the UI shows the results.
     Ticking or unticking a filter, or typing, is written back to the address with replaceState.
   - A repeated key: the UI 1.6 combines the values of one filter with "all of" and cannot be told
     otherwise, so this script asks Pagefind itself ({ any: [...] }) and lists the matches as note
     cards, ANY_PAGE_SIZE at a time with a "Show more results" button; the list gives way to the UI
     as soon as the reader types or ticks a filter.

   Languages: Pagefind opens the index of the page's <html lang>, which the build made complete (the
   notes of that language, and every event with no note in it by its listed version), or the largest
   index when that language has none. Every word the script shows comes from the page (data-strings,
   from the site's message files).

   Weight: the UI searches through assets/search-core/pagefind.js, which holds back the filters' values
   until a filter group is opened (or the address names a filter); the UI's stylesheet is applied here,
   just before the UI draws, instead of holding back the page's first paint; and Pagefind's entry file
   is asked for with the build's cache tag (data-meta-cache-tag, written after indexing), so a browser
   can keep it from one visit to the next instead of fetching it anew with a timestamp each time. */
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || typeof window.PagefindUI !== "function") return;

  var CORE = "/assets/search-core/";
  var STYLESHEET = "/pagefind/pagefind-ui.css";

  // The UI draws nothing before this script runs, so its stylesheet need not block the page's first
  // paint: the page preloads it, and the UI starts once it applies (or failed to load).
  var stylesheet = document.createElement("link");
  stylesheet.rel = "stylesheet";
  stylesheet.href = STYLESHEET;
  var started = false;
  function startOnce() {
    if (started) return;
    started = true;
    start();
  }
  stylesheet.addEventListener("load", startOnce);
  stylesheet.addEventListener("error", startOnce);
  document.head.appendChild(stylesheet);

  function start() {
    // The filter names come from the build (lib/outputs/search-filters.ts), in the order offered.
    var FILTERS = (root.getAttribute("data-filters") || "").split(" ").filter(Boolean);
    var BLANK = " "; // a term the UI accepts; processTerm turns it into Pagefind's null term
    var LANGUAGE = root.getAttribute("data-language") || "en";
    var STRINGS = JSON.parse(root.getAttribute("data-strings") || "{}");
    var plurals = new Intl.PluralRules(STRINGS.locale || LANGUAGE);

    // A sentence from the message files with its {placeholders} filled; plural sentences by count.
    function say(name, values) {
      var message = STRINGS[name];
      if (message && typeof message === "object") message = message[plurals.select(values.count)] || message.other;
      return String(message || "").replace(/\{(\w+)\}/g, function (whole, key) { return values && key in values ? values[key] : whole; });
    }

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

    // Tied to the index the build wrote (empty when it wrote none, and Pagefind then uses a timestamp).
    var cacheTag = root.getAttribute("data-meta-cache-tag") || "";
    var pagefindOptions = cacheTag ? { metaCacheTag: cacheTag } : {};

    var ui = new window.PagefindUI(Object.assign({
      element: root,
      bundlePath: CORE,
      showSubResults: false,
      showImages: false,
      showEmptyFilters: false,
      // Five results at first, as Pagefind shows by default: each result shown is one more fragment to
      // download, and at 10 000 notes the second five took the first search past 300 KB.
      pageSize: 5,
      sort: { date: "desc" },
      processResult: processResult,
      processTerm: function (term) { return term.trim() ? term : null; },
      translations: { placeholder: say("placeholder") }
    }, pagefindOptions));

    // Filter groups named in the page's language: the UI shows the index's filter keys ("Country", and
    // "country" for screen readers), whatever the page's language.
    function labelFilters() {
      root.querySelectorAll(".pagefind-ui__filter-name, .pagefind-ui__filter-group-label").forEach(function (name) {
        var key = name.getAttribute("data-filter") || name.textContent.trim().toLowerCase();
        if (!name.hasAttribute("data-filter")) name.setAttribute("data-filter", key);
        var label = STRINGS.filters && STRINGS.filters[key];
        if (label && name.textContent !== label) name.textContent = label;
      });
    }
    new MutationObserver(labelFilters).observe(root, { childList: true, subtree: true });

    // The filter groups are drawn closed and empty (see assets/search-core/pagefind.js); the first one
    // opened downloads every filter's values. The UI then searches again, so the values come with the
    // counts of the current results; with no search shown, they come with their totals. The open group
    // is busy meanwhile, for screen readers, and shows a loading mark.
    var filtersAsked = false;
    function showFilterValues(block) {
      if (filtersAsked) return;
      filtersAsked = true;
      block.setAttribute("aria-busy", "true");
      import(CORE + "pagefind.js")
        .then(function (core) {
          var alreadyWanted = core.filtersWanted();
          return core.loadFilters().then(function (totals) {
            if (alreadyWanted) return;
            if (!input.value.trim() && !tickedCount()) core.showFilterTotals(totals);
            ui.triggerFilters(tickedFilters());
          });
        })
        .catch(function (error) {
          console.error(error);
          filtersAsked = false;
        })
        .then(function () { block.removeAttribute("aria-busy"); });
    }
    // "toggle" does not bubble: listen while it goes down to the <details>.
    root.addEventListener("toggle", function (event) {
      var block = event.target;
      if (block.open && block.classList && block.classList.contains("pagefind-ui__filter-block")) showFilterValues(block);
    }, true);

    // Give the search box a real <label> (the UI only gives it a placeholder and a title).
    var input = root.querySelector("input.pagefind-ui__search-input");
    if (!input) return;
    input.id = "search-input";
    var label = document.createElement("label");
    label.className = "visually-hidden";
    label.htmlFor = input.id;
    label.textContent = say("inputLabel");
    input.parentNode.insertBefore(label, input);

    // The address as it arrived.
    var params = new URLSearchParams(window.location.search);
    var term = (params.get("q") || "").trim();
    var wanted = {};
    var repeated = false;
    FILTERS.forEach(function (name) {
      var values = params.getAll(name).filter(function (value) { return value !== ""; });
      if (values.length) wanted[name] = values;
      if (values.length > 1) repeated = true;
    });
    var hasFilters = Object.keys(wanted).length > 0;

    // Filters ticked in the UI, as "name:value" (the UI's own keys).
    var ticked = {};
    var blankSearch = false;

    function tickedCount() { return Object.keys(ticked).length; }

    // The ticked filters as the UI's triggerFilters takes them: { name: [values] }.
    function tickedFilters() {
      var filters = {};
      Object.keys(ticked).forEach(function (key) {
        var at = key.indexOf(":");
        var name = key.slice(0, at);
        (filters[name] = filters[name] || []).push(key.slice(at + 1));
      });
      return filters;
    }

    function writeAddress() {
      var url = new URL(window.location.href);
      url.searchParams.delete("q");
      FILTERS.forEach(function (name) { url.searchParams.delete(name); });
      var value = input.value.trim();
      if (value) url.searchParams.set("q", value);
      Object.keys(ticked).sort().forEach(function (key) {
        var at = key.indexOf(":");
        url.searchParams.append(key.slice(0, at), key.slice(at + 1));
      });
      if (url.href !== window.location.href) window.history.replaceState(null, "", url);
    }

    // Search with no term: the UI shows the notes that match the ticked filters.
    function searchBlank() {
      blankSearch = true;
      ui.triggerSearch(BLANK);
      window.setTimeout(function () { if (!input.value.trim()) input.value = ""; }, 0);
    }

    // The UI's message reads "3 results for " when there is no term: finish the sentence.
    new MutationObserver(function () {
      if (!blankSearch || input.value.trim()) return;
      var message = root.querySelector(".pagefind-ui__message");
      var text = message && message.firstChild;
      if (text && text.nodeType === 3 && /\bfor\s*$/.test(text.data)) text.data = text.data.replace(/\s*$/, " " + say("chosenFilters"));
    }).observe(root, { subtree: true, childList: true, characterData: true });

    // The list of "any of" matches, when the address asks for one (see the top of this file).
    var anyList = null;
    function removeAnyList() {
      if (anyList) anyList.remove();
      anyList = null;
    }

    // "Any of" results are loaded this many at a time: each result's data is a separate request.
    var ANY_PAGE_SIZE = 20;

    function noteCard(page) {
      var meta = processResult({ meta: page.meta, excerpt: "" });
      var item = document.createElement("li");
      item.className = "note-card";
      // A stand-in (an event with no note in the page's language) links to its listed version through its `url` metadata.
      var url = meta.meta.url || page.url;
      item.innerHTML = '<h2 class="note-card-title"><a href="' + escapeHtml(url) + '">' +
        escapeHtml(meta.meta.title || url) + '</a></h2><p class="note-card-summary">' + meta.excerpt + "</p>";
      return item;
    }

    function showAnyOf() {
      var filters = {};
      var described = [];
      Object.keys(wanted).forEach(function (name) {
        filters[name] = wanted[name].length > 1 ? { any: wanted[name] } : wanted[name][0];
        described.push(say("filterValues", { filter: (STRINGS.filters && STRINGS.filters[name]) || name, values: wanted[name].join(" " + say("or") + " ") }));
      });
      anyList = document.createElement("section");
      anyList.className = "search-any";
      anyList.setAttribute("aria-label", say("matchingAddress"));
      var status = document.createElement("p");
      status.setAttribute("role", "status");
      status.textContent = say("searching");
      anyList.appendChild(status);
      root.parentNode.insertBefore(anyList, root.nextSibling);
      var section = anyList;
      // Pagefind itself, not the UI's module: this list needs only the chunks of the filters it names.
      import("/pagefind/pagefind.js")
        .then(function (pagefind) {
          return pagefind.options(pagefindOptions).then(function () {
            return pagefind.search(term || null, { filters: filters, sort: { date: "desc" } });
          });
        })
        .then(function (search) {
          if (anyList !== section) return;
          var results = search.results;
          var total = results.length;
          status.textContent = say("resultCount", { count: total }) + (term ? " " + say("forTerm", { term: term }) : "") + " " + say("withFilters", { filters: described.join("; ") });
          if (!total) return;
          var list = document.createElement("ol");
          list.className = "note-list";
          list.setAttribute("role", "list");
          section.appendChild(list);
          var progress = document.createElement("p");
          progress.className = "search-any-progress";
          section.appendChild(progress);
          var more = document.createElement("button");
          more.type = "button";
          more.className = "search-any-more";
          more.textContent = say("showMore");
          var shown = 0;
          var loading = false;

          // Loads the next page of results. When the reader asked for it, focus moves to the first new
          // result, so keyboard and screen reader users carry on reading where the new ones begin (the
          // button they pressed may be gone). The button is marked busy, not disabled, while loading:
          // disabling it would drop the focus to the page's start.
          function showNext(moveFocus) {
            if (loading || anyList !== section) return Promise.resolve();
            loading = true;
            more.setAttribute("aria-disabled", "true");
            var batch = results.slice(shown, shown + ANY_PAGE_SIZE);
            return Promise.all(batch.map(function (result) { return result.data(); }))
              .then(function (pages) {
                if (anyList !== section) return;
                var firstLink = null;
                pages.forEach(function (page) {
                  var item = noteCard(page);
                  list.appendChild(item);
                  if (!firstLink) firstLink = item.querySelector("a");
                });
                shown += pages.length;
                progress.textContent = shown < total ? say("showing", { shown: shown, total: total }) : total > ANY_PAGE_SIZE ? say("showingAll", { total: total }) : "";
                if (shown < total && !more.parentNode) section.appendChild(more);
                if (shown >= total && more.parentNode) more.remove();
                if (moveFocus && firstLink) firstLink.focus();
              })
              .then(function () {
                loading = false;
                more.removeAttribute("aria-disabled");
              }, function (error) {
                loading = false;
                more.removeAttribute("aria-disabled");
                throw error;
              });
          }

          more.addEventListener("click", function () {
            showNext(true).catch(function (error) {
              console.error(error);
              progress.textContent = say("moreFailed");
            });
          });
          return showNext(false);
        })
        .catch(function (error) {
          console.error(error);
          status.textContent = say("loadFailed");
        });
    }

    // Keep the address in step with what the reader does.
    root.addEventListener("input", function (event) {
      if (event.target !== input) return;
      removeAnyList();
      var value = input.value.trim();
      if (value) blankSearch = false;
      else if (tickedCount()) searchBlank();
      writeAddress();
    });
    root.addEventListener("change", function (event) {
      var box = event.target;
      if (!box.classList || !box.classList.contains("pagefind-ui__filter-checkbox")) return;
      removeAnyList();
      var key = box.name + ":" + box.value;
      if (box.checked) ticked[key] = true;
      else delete ticked[key];
      if (!input.value.trim()) {
        if (tickedCount()) searchBlank();
        else {
          var clear = root.querySelector(".pagefind-ui__search-clear");
          if (clear) clear.click();
        }
      }
      writeAddress();
    });
    root.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest(".pagefind-ui__search-clear")) {
        blankSearch = false;
        window.setTimeout(writeAddress, 0);
      }
    });

    if (repeated) {
      if (term) input.value = term;
      showAnyOf();
    } else {
      if (hasFilters) {
        Object.keys(wanted).forEach(function (name) { ticked[name + ":" + wanted[name][0]] = true; });
        ui.triggerFilters(wanted);
      }
      if (term) ui.triggerSearch(term);
      else if (hasFilters) searchBlank();
    }
  }
})();
