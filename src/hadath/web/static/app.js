/* hadath dashboard: the view's state lives in the URL (?country=...&sort=...&page=...), so a
   view can be shared and survives a reload. Data is only ever put in the page as text. */
"use strict";
(function () {
  const H = window.H, { $, el, t, api } = H;
  const V = window.HView, { FILTERS, VIEW } = V;
  const state = { view: {}, fitted: false, extracted: null, seq: 0, vocab: null, mapLoaded: null, later: [] };

  // ---- state <-> URL <-> form -------------------------------------------------------------
  function readUrl() { return V.read(location.search); }
  function writeUrl(push) {
    const p = new URLSearchParams();
    for (const k of FILTERS.concat(VIEW)) if (state.view[k]) p.set(k, state.view[k]);
    const url = location.pathname + (p.toString() ? "?" + p : "") + location.hash;
    if (url !== location.pathname + location.search + location.hash) history[push ? "pushState" : "replaceState"](null, "", url);
  }
  function formToState() {
    const form = $("filters");
    for (const k of FILTERS) {
      const node = form.elements[k];
      const v = node.type === "checkbox" ? (node.checked ? "1" : "") : node.value.trim();
      if (v) state.view[k] = v; else delete state.view[k];
    }
    delete state.view.page;
  }
  function stateToForm() {
    const form = $("filters");
    for (const k of FILTERS) {
      const node = form.elements[k], v = state.view[k] || "";
      if (node.type === "checkbox") node.checked = v === "1";
      else {
        if (node.tagName === "SELECT" && v && ![...node.options].some((o) => o.value === v)) node.append(el("option", { value: v, text: v }));
        node.value = v;
      }
    }
    $("bin").value = state.view.bin || "auto";
  }
  function apiParams() { return V.params(state.view); }

  // ---- facets and menus ---------------------------------------------------------------------
  function fillSelect(select, items, labeller) {
    const keep = state.view[select.name] || "";
    select.replaceChildren(el("option", { value: "", text: t("any") }));
    for (const it of items) select.append(el("option", { value: it.value, text: `${labeller ? labeller(it.value) : it.value} (${H.number(it.n)})` }));
    if (keep && !items.some((i) => i.value === keep)) select.append(el("option", { value: keep, text: labeller ? labeller(keep) : keep }));
    select.value = keep;
  }
  function facetList(id, items, labeller, key) {
    const box = $(id);
    box.replaceChildren();
    for (const it of items.slice(0, 8)) {
      box.append(el("li", {}, el("a", { href: "#", "data-value": it.value, text: labeller(it), onclick: (ev) => {
        ev.preventDefault();
        state.view[key] = key === "q" ? (it.ar || it.value) : it.value;
        delete state.view.page;
        stateToForm();
        go(true);
      } }), el("span", { class: "n", text: H.number(it.n) })));
    }
  }
  function showFacets(f) {
    const form = $("filters").elements;
    fillSelect(form.country, f.country, H.countryLabel);
    fillSelect(form.admin1, f.admin1, H.admin1Label);
    fillSelect(form.event_type, f.event_type, H.typeLabel);
    fillSelect(form.sub_event_type, f.sub_event_type, H.subLabel);
    fillSelect(form.source, f.source);
    facetList("facet-event_type", f.event_type, (i) => H.typeLabel(i.value), "event_type");
    facetList("facet-actor", f.actor, (i) => H.actorLabel(i.value), "actor");
    facetList("facet-location", f.location, (i) => (H.ar() ? i.ar || i.value : i.value), "q");
  }

  // ---- table ----------------------------------------------------------------------------------
  function cell(text, cls, title) { return el("td", { text, class: cls, title }); }
  // merged view: the merged event's best figure over its reports, with the low-high range
  function fatalitiesCell(e) {
    const m = e.merged;
    if (!m || m.fatalities_best === null || m.fatalities_best === undefined) {
      return cell(e.fatalities_estimate ? `~${e.fatalities}` : String(e.fatalities), "num");
    }
    const range = m.fatalities_low !== m.fatalities_high ? ` (${H.number(m.fatalities_low)}–${H.number(m.fatalities_high)})` : "";
    const td = cell(H.number(m.fatalities_best) + range, "num merged-fat",
      `${t("merged_fatalities")} · ${H.number(m.event_count)} ${t("n_reports")} · ${H.number(m.source_count)} ${t("n_outlets")}`);
    td.dataset.testid = "merged-fatalities";
    return td;
  }
  function row(e) {
    const place = H.placeLabel(e);
    const tr = el("tr", { "data-id": e.id, class: "status-" + e.status, tabindex: 0 },
      cell(e.event_date || "?" + t("undated"), e.event_date ? null : "unresolved"),
      el("td", {}, el("i", { class: "dot", style: { background: H.typeColor(e.event_type) } }), H.typeLabel(e.event_type)),
      cell(H.subLabel(e.sub_event_type)), cell(H.actorLabel(e.actor1)), cell(H.actorLabel(e.actor2)),
      cell(place || "—", (e.flags || []).some((f) => /unresolved|unplaced/.test(f)) || !place ? "unresolved" : null,
        (e.flags || []).join(", ")),
      cell(H.admin1Label(e.admin1)),
      fatalitiesCell(e),
      cell(String(e.reports || 1), "num"), cell(t(e.status)));
    for (const [i, k] of ["date", "event_type", "sub_event_type", "actor1", "actor2", "location", "admin1", "fatalities",
      "reports", "status"].entries()) tr.children[i].dataset.label = t(k);
    const open = () => { location.hash = `#/event/${e.id}`; };
    tr.addEventListener("click", open);
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") open(); });
    return tr;
  }
  // the rows a screen can show are drawn with the view, the others right after its paint (the
  // table sits below the map: 600 fewer elements to build, style and lay out before it)
  const FIRST_ROWS = 20;
  function showTable(page) {
    const body = $("rows");
    body.replaceChildren(...page.events.slice(0, FIRST_ROWS).map(row));
    if (page.events.length > FIRST_ROWS) state.later.push(() => body.append(...page.events.slice(FIRST_ROWS).map(row)));
    if (!page.events.length) body.append(el("tr", {}, el("td", { colspan: 10, class: "muted", text: t("no_events") })));
    for (const th of document.querySelectorAll("th[data-sort]")) {
      th.classList.toggle("sorted", th.dataset.sort === page.sort);
      th.dataset.order = th.dataset.sort === page.sort ? page.order : "";
    }
    $("pageinfo").textContent = `${t("page")} ${H.number(page.page)} ${t("of")} ${H.number(page.pages)}`;
    $("prev").disabled = page.page <= 1;
    $("next").disabled = page.page >= page.pages;
    $("shown").textContent = `(${H.number(page.events.length)} ${t("shown")} ${t("of")} ${H.number(page.total)})`;
    $("shown").dataset.total = String(page.total);
    return page;
  }
  function showSummary(s) {
    const kind = state.view.raw ? t("n_reports") : t("n_merged");
    $("summary").textContent = `${H.number(s.total)} ${kind} · ${H.number(s.fatalities)} ${t("fatalities_series").toLowerCase()}`;
    $("summary").className = "summary";
    $("counts").textContent = `${H.number(s.articles)} ${t("articles")} · ${H.number(s.events)} ${t("n_reports")} · ${H.number(s.merged_events)} ${t("n_merged")}`;
  }
  function updateExports(params) {
    for (const a of document.querySelectorAll(".exports a")) {
      const p = new URLSearchParams(params);
      p.set("format", a.dataset.format);
      a.href = "/v1/export?" + p;
      a.setAttribute("download", "events." + (a.dataset.format === "acled-csv" ? "csv" : a.dataset.format));
    }
  }

  // ---- the map: Leaflet and map.js, preloaded by the page's head, run when first needed ------
  function runScripts(ids) {
    return new Promise((resolve, reject) => {
      let last = null;
      for (const id of ids) {
        last = document.createElement("script");
        last.src = document.getElementById(id).href;
        last.async = false;  // in this order
        last.onerror = () => reject(new Error(t("map_failed")));
        document.body.append(last);
      }
      last.onload = resolve;
    });
  }
  // Leaflet's styles, preloaded by the page's head: applied with Leaflet (they style nothing before it)
  function leafletStyles() {
    return new Promise((resolve) => {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = document.getElementById("leaflet-css").href;
      link.onload = link.onerror = resolve;
      document.head.append(link);
    });
  }
  function mapReady() {
    if (!state.mapLoaded) {
      state.mapLoaded = Promise.all([leafletStyles(), runScripts(["leaflet-js", "map-js"])])
        .then(() => { window.HMap.init(); return window.HMap; });
    }
    return state.mapLoaded;
  }

  // ---- refresh ----------------------------------------------------------------------------------
  // performance marks in the frame that paints what was drawn (benchmarks/bench_api.py reads them;
  // each but hadath-view once: the first view's)
  function frame(names) {
    return new Promise((resolve) => requestAnimationFrame(() => {
      for (const name of names) if (name === "hadath-view" || !performance.getEntriesByName(name).length) performance.mark(name);
      setTimeout(resolve, 0);
    }));
  }
  // the map box's size as first.js measured it (no layout forced while the first view is drawn)
  function mapSize() {
    const box = $("map");
    return V.mapSize || [box.clientWidth, box.clientHeight];
  }
  // the first view's map before Leaflet runs: the fitted clusters (asked by first.js), drawn as a picture
  function fitted(params) {
    const [w, h] = mapSize(), path = V.fitPath(params, w, h);
    const answer = V.get(path);
    V.keep(path, answer);  // map.js takes the same answer
    return answer.catch(() => null);
  }
  // every request of a view at once, every part drawn in one task when the answers are in (one
  // style, layout and paint for the view, not one per part: under load each cost 50-150 ms);
  // the first time, Leaflet and map.js (150 KB: 50-200 ms of the main thread) run after that
  // paint and replace the map's picture; the outlines only after the first view (not data)
  async function refresh() {
    const params = apiParams();
    $("area").hidden = !state.view.bbox;  // the map area chosen from a popup (show all in the table)
    updateExports(params);
    document.body.dataset.loading = "1";
    delete document.body.dataset.ready;
    const seq = ++state.seq;
    const first = !state.mapLoaded;
    state.later = [];
    try {
      const r = V.requests(state.view);
      const asked = [V.get(r.events), V.get(r.stats), V.get(r.timeline), V.get(r.facets), first ? fitted(params) : null];
      const cells = first ? null : state.mapLoaded.then((M) => M.load(params, !state.fitted));  // asked with the rest
      if (cells) cells.catch(() => null);  // (awaited below)
      await state.vocab;
      const got = await Promise.allSettled(asked);
      if (seq !== state.seq) return;  // a newer view took over
      const draw = [showTable, showSummary, (d) => window.HTimeline.draw($("timeline"), d), showFacets,
        (out) => { if (first) window.HPreview.draw($("map"), out, mapSize()); }];
      got.forEach((g, i) => { if (g.status === "fulfilled") draw[i](g.value); });
      const failed = got.find((g) => g.status === "rejected");
      if (failed) throw failed.reason;
      if (first) {
        await frame(["hadath-table", "hadath-ready"]);
        drawLater(seq);
        await mapReady().then((M) => M.load(params, true));
        state.fitted = true;
        await frame(["hadath-map"]);  // the map live (Leaflet's cells: clicks, popups)
      } else {
        await cells;
        state.fitted = true;
      }
    } catch (err) {
      $("summary").textContent = err.message;
      $("summary").className = "summary msg error";
    } finally {
      if (seq === state.seq) {
        delete document.body.dataset.loading;
        frame(["hadath-ready", "hadath-view"]).then(() => {
          if (seq !== state.seq) return;
          drawLater(seq);
          document.body.dataset.ready = "1";  // every part drawn, the map live
          mapReady().then((M) => M.basemap()).catch(() => null);
        });
      }
    }
  }
  // what a view's first paint left for after it (the table's other rows)
  function drawLater(seq) {
    const todo = seq === state.seq ? state.later : [];
    state.later = [];
    for (const f of todo) f();
  }
  function go(push) {
    writeUrl(push);
    return refresh();
  }

  // ---- paste an article ------------------------------------------------------------------------
  async function extract(ev) {
    ev.preventDefault();
    const form = $("paste"), msg = $("paste-msg"), list = $("paste-events");
    const text = form.elements.text.value.trim();
    list.replaceChildren();
    $("paste-save").disabled = true;
    if (!text) return;
    const body = { text, published: form.elements.published.value || null };
    msg.textContent = t("loading");
    msg.className = "msg";
    try {
      const out = await api("/v1/extract", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      state.extracted = body;
      msg.textContent = `${out.events.length} ${t("extracted")}`;
      for (const e of out.events) {
        list.append(el("li", { text: [e.event_date || t("undated"), H.typeLabel(e.event_type), H.subLabel(e.sub_event_type),
          H.actorLabel(e.actor1), H.actorLabel(e.actor2), H.placeLabel(e) || t("unresolved"), `${t("fatalities")}: ${e.fatalities}`]
          .filter(Boolean).join(" · ") }));
      }
      $("paste-save").disabled = false;
    } catch (err) {
      msg.textContent = err.message;
      msg.className = "msg error";
    }
  }
  async function saveArticle() {
    const msg = $("paste-msg"), token = H.token();
    if (!token) { msg.textContent = t("need_token"); msg.className = "msg error"; return; }
    try {
      const out = await api("/v1/articles", { method: "POST", headers: { "Content-Type": "application/json",
        Authorization: "Bearer " + token }, body: JSON.stringify(state.extracted) });
      msg.textContent = `${t("stored")} ${out.event_ids.map((i) => "#" + i).join(" ")}`;
      msg.className = "msg ok";
      $("paste-save").disabled = true;
      refresh();
    } catch (err) {
      msg.textContent = err.status === 401 ? t("need_token") : err.message;
      msg.className = "msg error";
    }
  }

  // ---- routing and start ------------------------------------------------------------------------
  async function route() {
    const m = location.hash.match(/^#\/event\/(\d+)/);
    if (m) { await state.vocab; return window.HEvent.show(m[1]); }
    $("event").hidden = true;
    $("overview").hidden = false;
    if (window.HMap && window.HMap.map) setTimeout(() => window.HMap.map.invalidateSize(), 0);
  }
  function setLang(lang) {
    H.setLang(lang);
    if (lang === "en") delete state.view.lang; else state.view.lang = lang;
  }
  async function start() {
    state.view = readUrl();
    setLang(state.view.lang || H.lang);
    $("token").value = sessionStorage.getItem("hadath-token") || "";
    $("token").addEventListener("change", () => sessionStorage.setItem("hadath-token", H.token()));
    $("lang").addEventListener("click", () => {
      setLang(H.ar() ? "en" : "ar");
      writeUrl(false);
      window.HPreview.legend();
      if (window.HMap && window.HMap.map) window.HMap.drawLabels();
      if (!$("event").hidden) window.HEvent.rerender(); else refresh();
    });
    $("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      performance.mark("hadath-apply", { startTime: ev.timeStamp });  // the input (bench_api.py: filter -> paint)
      formToState();
      go(true);
    });
    $("filters").addEventListener("reset", () => setTimeout(() => { formToState(); go(true); }, 0));
    $("filters").elements.raw.addEventListener("change", () => { formToState(); go(true); });
    $("bin").addEventListener("change", () => { state.view.bin = $("bin").value === "auto" ? "" : $("bin").value; go(false); });
    $("prev").addEventListener("click", () => { state.view.page = String(Math.max(1, Number(state.view.page || 1) - 1)); go(true); });
    $("next").addEventListener("click", () => { state.view.page = String(Number(state.view.page || 1) + 1); go(true); });
    for (const th of document.querySelectorAll("th[data-sort]")) {
      th.tabIndex = 0;
      th.addEventListener("click", () => {
        const same = (state.view.sort || "event_date") === th.dataset.sort;
        state.view.sort = th.dataset.sort;
        state.view.order = same && (state.view.order || "desc") === "desc" ? "asc" : "desc";
        delete state.view.page;
        go(true);
      });
    }
    $("area-clear").addEventListener("click", () => { delete state.view.bbox; delete state.view.page; stateToForm(); go(true); });
    // a popup's "show all of them in the table": its events' extent as the view's bbox filter
    window.addEventListener("hadath:bbox", (ev) => { state.view.bbox = ev.detail; delete state.view.page; stateToForm(); go(true); });
    $("paste").addEventListener("submit", extract);
    $("paste-save").addEventListener("click", saveArticle);
    for (const b of $("review").querySelectorAll("button[data-action]")) b.addEventListener("click", () => window.HEvent.submit(b.dataset.action));
    window.addEventListener("hashchange", route);
    window.addEventListener("popstate", () => { state.view = readUrl(); stateToForm(); refresh(); });
    stateToForm();
    window.HPreview.legend();
    state.vocab = V.get("/v1/vocab").then((v) => { H.vocab = v; }).catch(() => null);
    route();
    await refresh();
  }
  start();
})();
