/* hadath dashboard. Data is only ever put in the page with textContent / attributes:
   never innerHTML with data (article text can hold anything, including <script>). */
"use strict";
(function () {
  const I18N = window.HADATH_I18N, TYPES = window.HADATH_TYPES, FIELD_COLORS = window.HADATH_FIELDS;
  const EDITABLE = ["event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
    "actor2", "assoc_actor_2", "inter1", "inter2", "interaction", "civilian_targeting", "country", "admin1",
    "admin2", "admin3", "location", "location_ar", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_low", "fatalities_high", "fatalities_estimate", "injuries", "notes", "tags", "disorder_type",
    "source_scale"];
  const SHOWN = ["event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "interaction", "civilian_targeting", "country", "admin1",
    "admin2", "location", "location_ar", "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low",
    "fatalities_high", "injuries", "source", "source_url", "status", "pipeline_version", "cluster_id", "flags"];
  const $ = (id) => document.getElementById(id);
  const state = { lang: localStorage.getItem("hadath-lang") || ((navigator.language || "").startsWith("ar") ? "ar" : "en"),
    cursor: null, map: null, cluster: null, outlines: null, event: null };

  // ---- small DOM helpers ------------------------------------------------------------------
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "style") Object.assign(node.style, v);
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }
  const t = (key) => (I18N[state.lang] && I18N[state.lang][key]) || I18N.en[key] || key;
  const typeLabel = (type) => (state.lang === "ar" && TYPES[type] ? TYPES[type].ar : type || "");
  const typeColor = (type) => (TYPES[type] ? TYPES[type].color : "#7f7f7f");
  const typeClass = (type) => (TYPES[type] ? "t-" + type.toLowerCase().replace(/[^a-z]+/g, "-") : "t-other");

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

  // ---- language --------------------------------------------------------------------------
  function applyLang() {
    document.documentElement.lang = state.lang;
    document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
    $("lang").textContent = t("lang_other");
    document.title = t("title");
  }

  // ---- filters ---------------------------------------------------------------------------
  function filterParams() {
    const form = $("filters"), p = new URLSearchParams();
    for (const name of ["country", "event_type", "from", "to", "actor", "q"]) {
      const v = form.elements[name].value.trim();
      if (v) p.set(name, v);
    }
    return p;
  }
  function fillSelect(select, values, labeller) {
    const keep = select.value;
    select.replaceChildren(el("option", { value: "", text: t("any") }));
    for (const v of values) select.append(el("option", { value: v, text: labeller ? labeller(v) : v }));
    select.value = values.includes(keep) ? keep : "";
  }
  async function loadFacets() {
    const [f, counts] = await Promise.all([api("/v1/facets"), api("/v1/stats")]);
    fillSelect($("filters").elements.country, f.country);
    fillSelect($("filters").elements.event_type, f.event_type, typeLabel);
    $("counts").textContent = `${counts.articles} ${t("articles")} · ${counts.events} ${t("n_events")}`;
  }

  // ---- map -------------------------------------------------------------------------------
  async function initMap() {
    const map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 18 });
    map.setView([31, 40], 4);
    const cfg = await api("/v1/config").catch(() => ({}));
    const outlines = await fetch("/static/vendor/basemap/countries.geojson").then((r) => r.json()).catch(() => null);
    if (outlines) {
      state.outlines = L.geoJSON(outlines, { interactive: false,
        style: { color: "#8a8f98", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    }
    if (cfg.tiles) L.tileLayer(cfg.tiles, { attribution: cfg.tiles_attribution || "", maxZoom: 18 }).addTo(map);
    map.attributionControl.addAttribution(cfg.tiles ? "" : "Natural Earth (" + t("offline") + ")");
    state.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40,
      iconCreateFunction: clusterIcon });
    map.addLayer(state.cluster);
    state.map = map;
    const legend = $("legend");
    legend.replaceChildren();
    for (const type of Object.keys(TYPES)) {
      legend.append(el("span", { class: "key" }, el("i", { style: { background: typeColor(type) } }), typeLabel(type)));
    }
  }
  function clusterIcon(cluster) {
    // a ring split by event type (conic gradient), the count in the middle
    const counts = {};
    for (const m of cluster.getAllChildMarkers()) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
    const total = cluster.getChildCount();
    let at = 0;
    const stops = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([type, n]) => {
      const from = at;
      at += (n / total) * 360;
      return `${typeColor(type)} ${from}deg ${at}deg`;
    });
    const size = total < 10 ? 34 : total < 100 ? 40 : 48;
    const ring = el("div", { class: "cluster-ring", style: { background: `conic-gradient(${stops.join(", ")})`,
      width: size + "px", height: size + "px" } }, el("span", { text: total }));
    return L.divIcon({ html: ring, className: "ev-cluster", iconSize: L.point(size, size) });
  }
  function popup(p) {
    return el("div", { class: "popup" },
      el("strong", { text: typeLabel(p.event_type) }), el("br"),
      `${p.event_date || "?"} · ${state.lang === "ar" ? (p.location_ar || p.location || "") : (p.location || p.location_ar || "")}`,
      el("br"), el("a", { href: `#/event/${p.id}`, text: "#" + p.id }));
  }
  async function loadMap(params) {
    const points = await api("/v1/points?" + params);
    state.cluster.clearLayers();
    const markers = points.map((p) => {
      const icon = L.divIcon({ className: "ev-marker " + typeClass(p.event_type), iconSize: [14, 14] });
      const m = L.marker([p.lat, p.lon], { icon, eventType: p.event_type, title: `${p.event_type} ${p.event_date || ""}` });
      m.bindPopup(() => popup(p));
      m.on("click", () => m.openPopup());
      return m;
    });
    state.cluster.addLayers(markers);
    if (markers.length) state.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 8 });
    $("map").dataset.points = String(points.length);
  }

  // ---- timeline (SVG stacked bars per day and type) ---------------------------------------
  async function loadTimeline(params) {
    const rows = await api("/v1/timeline?" + params);
    const box = $("timeline");
    box.replaceChildren();
    if (!rows.length) { box.append(el("p", { class: "muted", text: t("no_events") })); return; }
    const days = new Map();
    for (const r of rows) {
      if (!days.has(r.date)) days.set(r.date, []);
      days.get(r.date).push(r);
    }
    const first = new Date(rows[0].date + "T00:00:00Z"), last = new Date(rows[rows.length - 1].date + "T00:00:00Z");
    const span = Math.max(1, Math.round((last - first) / 86400000) + 1);
    const W = 640, H = 220, pad = { l: 34, r: 10, t: 10, b: 34 };
    const max = Math.max(...[...days.values()].map((v) => v.reduce((s, r) => s + r.n, 0)));
    const bw = Math.max(4, (W - pad.l - pad.r) / span - 1);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "data-testid": "timeline-svg", direction: "ltr" });
    chart.append(svg("line", { x1: pad.l, y1: H - pad.b, x2: W - pad.r, y2: H - pad.b, stroke: "#999" }));
    for (const frac of [0, 0.5, 1]) {
      const y = H - pad.b - frac * (H - pad.t - pad.b);
      const label = svg("text", { x: pad.l - 4, y: y + 4, "text-anchor": "end", class: "axis" });
      label.textContent = String(Math.round(frac * max));
      chart.append(label);
    }
    for (const [day, items] of days) {
      const i = Math.round((new Date(day + "T00:00:00Z") - first) / 86400000);
      const x = pad.l + i * ((W - pad.l - pad.r) / span);
      let y = H - pad.b;
      for (const r of items) {
        const h = (r.n / max) * (H - pad.t - pad.b);
        y -= h;
        const bar = svg("rect", { x, y, width: bw, height: Math.max(1, h), fill: typeColor(r.event_type), class: "bar" });
        const tip = svg("title");
        tip.textContent = `${day} · ${typeLabel(r.event_type)}: ${r.n}`;
        bar.append(tip);
        chart.append(bar);
      }
    }
    for (const d of [first, last]) {
      const i = Math.round((d - first) / 86400000);
      const label = svg("text", { x: pad.l + i * ((W - pad.l - pad.r) / span) + bw / 2, y: H - pad.b + 16,
        "text-anchor": i ? "end" : "start", class: "axis" });
      label.textContent = d.toISOString().slice(0, 10);
      chart.append(label);
    }
    box.append(chart);
  }

  // ---- table -----------------------------------------------------------------------------
  function row(e) {
    const loc = state.lang === "ar" ? (e.location_ar || e.location) : (e.location || e.location_ar);
    const tr = el("tr", { "data-id": e.id, class: "status-" + e.status, tabindex: 0 },
      el("td", { text: e.event_date || "?" }),
      el("td", {}, el("i", { class: "dot", style: { background: typeColor(e.event_type) } }), typeLabel(e.event_type)),
      el("td", { text: e.sub_event_type || "" }), el("td", { text: e.actor1 || "" }),
      el("td", { text: e.actor2 || "" }), el("td", { text: loc || "" }),
      el("td", { text: e.fatalities_estimate ? `~${e.fatalities}` : String(e.fatalities) }),
      el("td", { text: t(e.status) }));
    const open = () => { location.hash = `#/event/${e.id}`; };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    return tr;
  }
  async function loadTable(params, append) {
    const p = new URLSearchParams(params);
    p.set("limit", "50");
    if (append && state.cursor) p.set("cursor", state.cursor);
    const page = await api("/v1/events?" + p);
    const body = $("rows");
    if (!append) body.replaceChildren();
    for (const e of page.events) body.append(row(e));
    if (!body.children.length) body.append(el("tr", {}, el("td", { colspan: 8, class: "muted", text: t("no_events") })));
    state.cursor = page.next_cursor;
    $("more").hidden = !page.next_cursor;
    $("shown").textContent = `(${body.querySelectorAll("tr[data-id]").length} ${t("shown")})`;
  }

  async function refresh() {
    const params = filterParams();
    state.cursor = null;
    document.body.dataset.loading = "1";
    try {
      await Promise.all([loadMap(params), loadTimeline(params), loadTable(params, false)]);
    } finally {
      delete document.body.dataset.loading;
      document.body.dataset.ready = "1";
    }
  }

  // ---- event page ------------------------------------------------------------------------
  function highlighted(text, evidence) {
    // cut the text at every span boundary; each piece is a text node or a <mark> naming its fields
    const spans = [];
    for (const [field, items] of Object.entries(evidence || {})) {
      for (const s of items) {
        const a = Math.max(0, Math.min(text.length, s.start)), b = Math.max(a, Math.min(text.length, s.end));
        if (b > a) spans.push({ field, a, b });
      }
    }
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.a, s.b])])].sort((x, y) => x - y);
    const frag = document.createDocumentFragment();
    for (let i = 0; i < cuts.length - 1; i++) {
      const a = cuts[i], b = cuts[i + 1], piece = text.slice(a, b);
      const fields = [...new Set(spans.filter((s) => s.a <= a && s.b >= b).map((s) => s.field))];
      if (!fields.length) { frag.append(document.createTextNode(piece)); continue; }
      frag.append(el("mark", { class: "evidence", "data-fields": fields.join(" "), title: fields.join(", "),
        style: { background: FIELD_COLORS[fields[0]] || "#ffe082" }, text: piece }));
    }
    return frag;
  }
  function renderEvent(e) {
    state.event = e;
    $("ev-title").textContent = `${typeLabel(e.event_type)} — ${e.sub_event_type || ""}`;
    const art = e.article || {};
    $("ev-meta").textContent = [art.source, art.published, art.title].filter(Boolean).join(" · ");
    $("ev-text").replaceChildren(highlighted(art.text || "", e.evidence));
    const legend = $("ev-legend");
    legend.replaceChildren(el("span", { class: "muted", text: t("evidence") + ": " }));
    for (const field of Object.keys(e.evidence || {})) {
      legend.append(el("span", { class: "key" }, el("i", { style: { background: FIELD_COLORS[field] || "#ffe082" } }), field));
    }
    const tbody = $("ev-fields");
    tbody.replaceChildren();
    for (const f of SHOWN) {
      let v = e[f];
      if (Array.isArray(v)) v = v.join(", ");
      const corrected = e.corrections && f in e.corrections;
      const conf = !corrected && e.confidence && e.confidence[f] !== undefined ? ` (${Math.round(e.confidence[f] * 100)}%)` : "";
      tbody.append(el("tr", { "data-field": f, class: corrected ? "corrected" : null },
        el("th", { text: f }), el("td", { text: (v === null || v === undefined ? "" : String(v)) + conf })));
    }
    const sel = $("review").elements.field;
    if (!sel.options.length) for (const f of EDITABLE) sel.append(el("option", { value: f, text: f }));
    const hist = $("ev-history");
    hist.replaceChildren();
    for (const r of e.reviews || []) {
      const changes = Object.entries(r.changes || {}).map(([f, [a, b]]) => `${f}: ${a ?? "∅"} → ${b ?? "∅"}`).join("; ");
      hist.append(el("li", { text: `${r.created_at.slice(0, 19).replace("T", " ")} · ${r.reviewer} · ${r.action}` +
        (changes ? ` · ${changes}` : "") + (r.note ? ` · “${r.note}”` : "") }));
    }
    const src = $("ev-sources");
    src.replaceChildren();
    for (const s of e.sources || []) {
      const label = `${s.source || s.domain || "?"}${s.title ? " — " + s.title : ""}`;
      const safe = s.url && /^https?:\/\//i.test(s.url);
      src.append(el("li", {}, safe ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: label })
        : el("span", { text: label }), s.event_id !== e.id ? el("a", { href: `#/event/${s.event_id}`, text: ` #${s.event_id}` }) : ""));
    }
  }
  async function showEvent(id) {
    $("overview").hidden = true;
    $("event").hidden = false;
    $("r-msg").textContent = "";
    try {
      renderEvent(await api(`/v1/events/${encodeURIComponent(id)}`));
    } catch (err) {
      $("ev-title").textContent = err.message;
      $("ev-text").replaceChildren();
    }
    document.body.dataset.ready = "1";
  }
  async function submitReview(action) {
    const form = $("review"), msg = $("r-msg"), token = $("token").value.trim();
    if (!token) { msg.textContent = t("need_token"); msg.className = "msg error"; return; }
    const body = { action, reviewer: form.elements.reviewer.value.trim() || null, note: form.elements.note.value.trim() || null };
    if (action === "correct") {
      const f = form.elements.field.value;
      let v = form.elements.value.value.trim();
      if (f === "fatalities_estimate") v = v === "true" || v === "1";
      body.fields = { [f]: v === "" ? null : v };
    }
    localStorage.setItem("hadath-reviewer", form.elements.reviewer.value.trim());
    try {
      const e = await api(`/v1/events/${state.event.id}/review`, { method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + token }, body: JSON.stringify(body) });
      renderEvent(e);
      msg.textContent = t("saved");
      msg.className = "msg ok";
    } catch (err) {
      msg.textContent = err.status === 401 ? t("need_token") : err.message;
      msg.className = "msg error";
    }
  }

  // ---- routing and start -----------------------------------------------------------------
  async function route() {
    const m = location.hash.match(/^#\/event\/(\d+)/);
    if (m) return showEvent(m[1]);
    $("event").hidden = true;
    $("overview").hidden = false;
    if (state.map) setTimeout(() => state.map.invalidateSize(), 0);
  }
  async function start() {
    applyLang();
    $("token").value = sessionStorage.getItem("hadath-token") || "";
    $("token").addEventListener("change", () => sessionStorage.setItem("hadath-token", $("token").value.trim()));
    $("review").elements.reviewer.value = localStorage.getItem("hadath-reviewer") || "";
    $("lang").addEventListener("click", () => {
      state.lang = state.lang === "ar" ? "en" : "ar";
      localStorage.setItem("hadath-lang", state.lang);
      applyLang();
      loadFacets();
      refresh();
      if (state.event && !$("event").hidden) renderEvent(state.event);
    });
    $("filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
    $("filters").addEventListener("reset", () => setTimeout(refresh, 0));
    $("more").addEventListener("click", () => loadTable(filterParams(), true));
    for (const b of $("review").querySelectorAll("button[data-action]")) {
      b.addEventListener("click", () => submitReview(b.dataset.action));
    }
    window.addEventListener("hashchange", route);
    await initMap();
    await loadFacets();
    await route();
    await refresh();
  }
  start();
})();
