/* The dashboard's view: its state in the URL (?country=...&sort=...&page=...) and the API
   requests it makes. Loaded in the page's head, this asks for the first view's answers at once,
   so the API works while the rest of the page (Leaflet, the scripts) loads; app.js takes them. */
"use strict";
window.HView = (function () {
  const FILTERS = ["from", "to", "country", "admin1", "event_type", "sub_event_type", "actor", "fatalities_min",
    "fatalities_max", "status", "source", "q", "bbox", "raw"];
  const VIEW = ["sort", "order", "page", "bin", "lang"];
  const PAGE = 50;
  const asked = new Map();

  async function api(path, options) {
    const res = await fetch(path, options);
    let body = null;
    try { body = await res.json(); } catch (e) { body = null; }
    if (!res.ok) {
      const err = new Error((body && body.message) || res.statusText);
      err.status = res.status;
      throw err;
    }
    return body;
  }
  function read(search) {
    const p = new URLSearchParams(search), v = {};
    for (const k of FILTERS.concat(VIEW)) if (p.get(k)) v[k] = p.get(k);
    return v;
  }
  // the API's filters for a view: merged events unless the raw-reports switch is on
  function params(view) {
    const p = new URLSearchParams();
    for (const k of FILTERS) if (k !== "raw" && view[k]) p.set(k, view[k]);
    if (!view.raw) p.set("merged", "true");
    return p;
  }
  // the requests of a view but the map's (which needs the map's size): table page, totals, timeline, facets
  function requests(view) {
    const p = params(view), page = new URLSearchParams(p), tl = new URLSearchParams(p);
    page.set("limit", PAGE);
    page.set("page", view.page || "1");
    page.set("sort", view.sort || "event_date");
    page.set("order", view.order || "desc");
    tl.set("bin", view.bin || "auto");
    return { events: "/v1/events?" + page, stats: "/v1/stats?" + p, timeline: "/v1/timeline?" + tl,
      facets: "/v1/facets?" + p + "&limit=40" };
  }
  // the map's clusters fitted to a map of this size (its first view)
  function fitPath(apiParams, width, height) {
    const q = new URLSearchParams(apiParams);
    q.set("width", Math.max(50, width));
    q.set("height", Math.max(50, height));
    return "/v1/clusters?" + q;
  }
  // ask now, taken later by get(path)
  function early(path) {
    const p = api(path);
    p.catch(() => null);  // handled where it is taken
    asked.set(path, p);
  }
  // an answer to hand on to the next get(path)
  function keep(path, promise) {
    asked.set(path, promise);
  }
  // a request asked for early, or now
  function get(path) {
    const got = asked.get(path);
    asked.delete(path);
    return got || api(path);
  }

  // the first view's answers written into the page by the server (hadath.api.firstview), when
  // they are for this URL's view; else asked now
  function given(view) {
    const node = document.getElementById("hadath-first");
    if (!node) return null;
    try {
      const first = JSON.parse(node.textContent), same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
      return same(first.view, view) ? first.answers : null;
    } catch (e) { return null; }
  }
  const first = read(location.search), answers = given(first) || {};
  for (const [name, path] of Object.entries(requests(first)).concat([["vocab", "/v1/vocab"]])) {
    if (name in answers) asked.set(path, Promise.resolve(answers[name])); else early(path);
  }
  return { FILTERS, VIEW, PAGE, api, read, params, requests, fitPath, early, keep, get };
})();
