/* hadath "latest" view: newest events, alerts fired, alert rules and the sources `hadath watch`
   follows (with the time each was last read). Refreshes itself. Data only ever enters the page
   through textContent and attributes, never innerHTML: feed text can hold anything. */
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let timer = null;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (v === null || v === undefined) continue;
      if (k === "text") node.textContent = String(v);
      else if (k === "className") node.className = v;
      else node.setAttribute(k, String(v));
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c == null ? "" : String(c)));
    return node;
  }

  function ago(iso) {
    if (!iso) return "never";
    const s = Math.round((Date.now() - Date.parse(iso)) / 1000);
    if (s < 0) return "in " + span(-s);
    return span(s) + " ago";
  }
  function span(s) {
    if (s < 60) return s + " s";
    if (s < 3600) return Math.round(s / 60) + " min";
    if (s < 86400) return Math.round(s / 3600) + " h";
    return Math.round(s / 86400) + " d";
  }
  function when(iso) { return el("time", { datetime: iso || "", title: iso || "", text: ago(iso) }); }
  function link(url, text) {
    return /^https?:\/\//i.test(url || "") ? el("a", { href: url, rel: "noopener noreferrer", target: "_blank", text }) : el("span", { text });
  }
  function fill(id, rows, empty, cols) {
    const body = $(id);
    body.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { colspan: cols, className: "muted", text: empty }))]));
  }

  function alertRow(a) {
    const r = a.record || {}, e = r.event || {};
    const kind = r.alert === "toll_raised" ? `toll raised (was ${r.previous_fatalities ?? "?"})` : "new";
    const where = [...new Set([e.location, e.admin1, e.country].filter(Boolean))].join(", ");
    const ev = r.evidence || {};
    const quotes = [...new Set(["trigger", "fatalities", "location"].flatMap((f) => (ev[f] || []).map((s) => s.text)))];
    return el("tr", { className: "alert-" + (r.alert || "new"), "data-rule": a.rule },
      el("td", {}, when(a.last_fired_at)), el("td", { text: a.rule }),
      el("td", {}, el("span", { className: "kind " + (r.alert || "new"), text: kind })),
      el("td", {}, [e.event_date, e.sub_event_type || e.event_type].filter(Boolean).join(" · "),
        el("span", { className: "evidence", lang: "ar", dir: "rtl", text: quotes.slice(0, 4).join(" … ") })),
      el("td", { text: where }), el("td", { className: "num", text: e.fatalities ?? "" }),
      el("td", { text: (r.sources || []).length }));
  }

  function ruleRow(r) {
    return el("tr", { "data-rule": r.name }, el("td", { text: r.name }), el("td", {}, el("code", { text: r.filter })),
      el("td", { text: r.action }));
  }

  function sourceRow(s) {
    const status = el("td", { className: "status-" + (s.last_status || "none"), text: s.last_status || "not read yet" });
    if (s.last_error) status.append(el("span", { className: "err", text: s.last_error }));
    if (s.failures) status.append(el("span", { className: "err", text: `${s.failures} failure(s) in a row` }));
    return el("tr", { "data-source": s.name },
      el("td", {}, link(s.kind === "folder" ? "" : s.location, s.name)), el("td", { text: s.kind }),
      el("td", { text: s.country || "" }), el("td", { "data-testid": "last-read" }, when(s.last_checked_at)), status,
      el("td", {}, when(s.last_new_at)), el("td", {}, when(s.next_due_at)),
      el("td", { className: "num", text: s.articles_total }));
  }

  function eventRow(e) {
    return el("tr", { "data-id": e.id },
      el("td", {}, el("a", { href: `/#/event/${e.id}`, text: "#" + e.id })), el("td", { text: e.event_date || "" }),
      el("td", { text: e.event_type }), el("td", { text: e.sub_event_type }), el("td", { text: e.actor1 || "" }),
      el("td", { text: e.location || e.location_ar || "" }), el("td", { text: e.country || "" }),
      el("td", { className: "num", text: e.fatalities ?? "" }), el("td", {}, link(e.source_url, e.source || e.source_url || "")));
  }

  async function refresh() {
    try {
      const res = await fetch("/v1/watch?limit=50", { headers: { Accept: "application/json" } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const data = await res.json();
      fill("alerts", data.alerts.map(alertRow), "no alert fired yet", 7);
      fill("rules", data.rules.map(ruleRow), "no alert rules (add [[alert]] tables to the sources file)", 3);
      fill("sources", data.sources.map(sourceRow), "no sources watched yet (run hadath watch)", 8);
      fill("events", data.events.map(eventRow), "no events stored yet", 9);
      $("alerts-count").textContent = `(${data.alerts.length})`;
      $("events-count").textContent = `(${data.events.length} newest)`;
      $("problem").hidden = true;
      $("refreshed").textContent = "updated " + new Date().toLocaleTimeString();
      document.body.dataset.loaded = String(Date.now());
    } catch (err) {
      $("problem").hidden = false;
      $("problem").textContent = "Cannot reach the hadath server: " + err.message + " (retrying)";
    }
  }

  function schedule() {
    if (timer) clearInterval(timer);
    const every = Number(new URLSearchParams(location.search).get("refresh") || $("every").value) || 15;
    timer = setInterval(refresh, every * 1000);
  }

  const q = new URLSearchParams(location.search).get("refresh");
  if (q && [...$("every").options].some((o) => o.value === q)) $("every").value = q;
  $("every").addEventListener("change", () => {
    const u = new URL(location.href); u.searchParams.set("refresh", $("every").value); history.replaceState(null, "", u);
    schedule();
  });
  refresh();
  schedule();
})();
