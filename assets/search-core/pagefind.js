/* Pagefind as the search page's Pagefind UI sees it. The UI imports "<bundlePath>pagefind.js", and
   assets/search.js gives it this folder, so that the filter chunks (one per filter, the largest part of
   a first search once the notes are many) are downloaded only when they are wanted: when the reader
   opens a filter group, or arrives with an address that carries filters.

   Until then, filters() answers with every filter group and no values, so the UI draws the closed
   groups as usual; loadFilters() then downloads the values and fills those same group objects in place.
   A search waits for filters being loaded, so that its filter counts cover every filter, not only the
   chunks that happened to be there. Everything else is Pagefind's own module, unchanged. */
import * as pagefind from "/pagefind/pagefind.js";

export var init = pagefind.init;
export var destroy = pagefind.destroy;
export var mergeIndex = pagefind.mergeIndex;
export var createInstance = pagefind.createInstance;

// The filter names, from the search page; in Pagefind's order (by name), so that the groups keep their
// places when the UI later replaces them with the counts of a search.
function filterNames() {
  var root = document.querySelector("[data-search-root]");
  return ((root && root.getAttribute("data-filters")) || "").split(" ").filter(Boolean).sort();
}

var groups = null;
var loading = null;

// An address that names a filter (/search/?country=Tajikistan) shows filtered results at once, with
// their counts: its filters are wanted from the start.
function addressHasFilters() {
  var params = new URLSearchParams(window.location.search);
  return filterNames().some(function (name) { return params.getAll(name).some(function (value) { return value !== ""; }); });
}

function emptyGroups() {
  if (!groups) {
    groups = {};
    filterNames().forEach(function (name) { groups[name] = {}; });
  }
  return groups;
}

function loaded() {
  return loading ? loading.then(function () {}, function () {}) : Promise.resolve();
}

/** Downloads every filter's values (once) and resolves with them and their total counts. */
export function loadFilters() {
  if (!loading) loading = pagefind.filters();
  return loading;
}

/** Whether the filters' values are downloaded or on their way. */
export function filtersWanted() {
  return loading !== null;
}

/** Puts the values and total counts into the groups the UI already shows (it shows them on its next update). */
export function showFilterTotals(totals) {
  var shown = emptyGroups();
  Object.keys(totals).forEach(function (name) {
    if (!shown[name]) shown[name] = {};
    Object.keys(totals[name]).forEach(function (value) { shown[name][value] = totals[name][value]; });
  });
  return shown;
}

// The UI gives its options (the cache tag among them) before anything else, and Pagefind reads them
// when it starts: the filters of an address are asked for only then, not when this module loads.
export function options(pagefindOptions) {
  return pagefind.options(pagefindOptions).then(function () {
    if (addressHasFilters()) loadFilters();
  });
}

export function filters() {
  if (loading) return loading;
  return Promise.resolve(emptyGroups());
}

export function search(term, searchOptions) {
  return loaded().then(function () { return pagefind.search(term, searchOptions); });
}

export function debouncedSearch(term, searchOptions, timeout) {
  return loaded().then(function () { return pagefind.debouncedSearch(term, searchOptions, timeout); });
}

export function preload(term, searchOptions) {
  return loaded().then(function () { return pagefind.preload(term, searchOptions); });
}
