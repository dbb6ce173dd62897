/* The event page: the article with every evidence span highlighted, the fields, the review
   form (several fields in one save; a place is chosen from the gazetteer), history, sources. */
"use strict";
window.HEvent = (function () {
  const H = window.H, { $, el, t, api } = H;
  const FIELD_COLORS = window.HADATH_FIELDS;
  const SHOWN = ["event_id_cnty", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "country", "admin1", "admin2", "location", "location_ar", "latitude", "longitude", "geo_precision", "fatalities",
    "fatalities_low", "fatalities_high", "injuries", "source", "source_url", "status", "pipeline_version", "cluster_id", "flags"];
  // the review form: [field, kind]
  const EDIT = [["event_type", "type"], ["sub_event_type", "subtype"], ["event_date", "date"], ["time_precision", "prec"],
    ["actor1", "text"], ["inter1", "inter"], ["actor2", "text"], ["inter2", "inter"], ["assoc_actor_1", "text"],
    ["assoc_actor_2", "text"], ["civilian_targeting", "civ"], ["place", "place"], ["geo_precision", "prec"],
    ["fatalities", "int"], ["fatalities_low", "int"], ["fatalities_high", "int"], ["fatalities_estimate", "bool"],
    ["injuries", "int"], ["notes", "text"]];
  const S = { event: null, place: null };

  function highlighted(text, evidence) {
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
      frag.append(el("mark", { class: "evidence", "data-fields": fields.join(" "), title: fields.map(t).join(", "),
        style: { background: FIELD_COLORS[fields[0]] || "#ffe082" }, text: piece }));
    }
    return frag;
  }

  function display(f, v) {
    if (v === null || v === undefined) return "";
    if (Array.isArray(v)) return v.join(", ");
    if (f === "event_type") return H.typeLabel(v);
    if (f === "sub_event_type") return H.subLabel(v);
    if (f === "actor1" || f === "actor2") return H.actorLabel(v);
    if (f === "country") return H.countryLabel(v);
    if (f === "admin1") return H.admin1Label(v);
    if (f === "status") return t(v);
    return String(v);
  }

  function select(name, options, value) {
    const s = el("select", { name, "data-testid": "e-" + name });
    for (const [v, label] of options) s.append(el("option", { value: v, text: label }));
    s.value = value === null || value === undefined ? "" : String(value);
    return s;
  }

  function input(name, kind, e) {
    const v = e[name];
    if (kind === "type") return select(name, H.types.map((x) => [x, H.typeLabel(x)]), v);
    if (kind === "subtype") return select(name, H.subtypes(e.event_type).map((x) => [x, H.subLabel(x)]), v);
    if (kind === "prec") return select(name, [["1", "1"], ["2", "2"], ["3", "3"]], v);
    if (kind === "civ") return select(name, [["", "—"], ["Civilian targeting", "Civilian targeting"]], v);
    if (kind === "bool") {
      const c = el("input", { name, type: "checkbox", "data-testid": "e-" + name });
      c.checked = !!v;
      return c;
    }
    if (kind === "place") return placePicker(e);
    const attrs = { name, "data-testid": "e-" + name, value: v === null || v === undefined ? "" : v };
    if (kind === "date") attrs.type = "date";
    if (kind === "int" || kind === "inter") Object.assign(attrs, { type: "number", min: kind === "inter" ? 1 : 0, max: kind === "inter" ? 8 : null });
    if (kind === "inter") attrs.placeholder = t("inter_new");
    return el("input", attrs);
  }

  function placePicker(e) {
    const box = el("div", { class: "place-picker" });
    const q = el("input", { type: "search", name: "place_q", placeholder: t("place_search"), "data-testid": "e-place-q",
      value: e.location_ar || e.location || "" });
    const list = el("ul", { class: "place-list", "data-testid": "e-place-list" });
    const chosen = el("span", { class: "muted", "data-testid": "e-place-chosen" });
    async function search() {
      list.replaceChildren();
      if (!q.value.trim()) return;
      const found = await api("/v1/places?" + new URLSearchParams({ q: q.value.trim(), limit: 8 })).catch(() => []);
      for (const p of found) {
        const label = `${p.location}${p.location_ar ? " · " + p.location_ar : ""} — ${[p.admin1, p.country].filter(Boolean).join(", ")} (${p.feature_class})`;
        list.append(el("li", {}, el("button", { type: "button", "data-place-id": p.id, text: t("place_choose"), onclick: () => {
          S.place = { name: q.value.trim(), id: p.id };
          chosen.textContent = "✓ " + label;
          list.replaceChildren();
        } }), " " + label));
      }
    }
    q.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); search(); } });
    box.append(q, el("button", { type: "button", text: t("search"), "data-testid": "e-place-search", onclick: search }), chosen, list);
    return box;
  }

  function renderForm(e) {
    S.place = null;
    const box = $("r-edit");
    box.replaceChildren();
    for (const [f, kind] of EDIT) {
      const node = input(f, kind, e);
      box.append(el("label", { class: kind === "place" || f === "notes" ? "wide" : null }, el("span", { text: t(f) }), node));
      if (kind === "type") node.addEventListener("change", () => {
        const sub = box.querySelector("select[name=sub_event_type]");
        sub.replaceChildren(...H.subtypes(node.value).map((x) => el("option", { value: x, text: H.subLabel(x) })));
      });
    }
  }

  function changedFields() {
    const e = S.event, out = {}, form = $("r-edit");
    for (const [f, kind] of EDIT) {
      if (kind === "place") continue;
      const node = form.querySelector(`[name=${f}]`);
      let v = kind === "bool" ? node.checked : node.value.trim();
      const old = e[f] === null || e[f] === undefined ? (kind === "bool" ? false : "") : (kind === "bool" ? !!e[f] : String(e[f]));
      if (v === old) continue;
      if (kind === "inter" && v === "") continue;
      out[f] = v === "" ? null : v;
    }
    if (S.place) out.place = S.place;
    return out;
  }

  function render(e) {
    S.event = e;
    $("ev-title").textContent = `${H.typeLabel(e.event_type)} — ${H.subLabel(e.sub_event_type)}`;
    const art = e.article || {};
    $("ev-meta").textContent = [art.source, art.published, art.title].filter(Boolean).join(" · ");
    $("ev-text").replaceChildren(highlighted(art.text || "", e.evidence));
    const legend = $("ev-legend");
    legend.replaceChildren(el("span", { class: "muted", text: t("evidence") + ": " }));
    for (const field of Object.keys(e.evidence || {})) {
      legend.append(el("span", { class: "key" }, el("i", { style: { background: FIELD_COLORS[field] || "#ffe082" } }), t(field)));
    }
    const tbody = $("ev-fields");
    tbody.replaceChildren();
    for (const f of SHOWN) {
      const corrected = e.corrections && f in e.corrections;
      const conf = !corrected && e.confidence && e.confidence[f] !== undefined ? ` (${Math.round(e.confidence[f] * 100)}%)` : "";
      tbody.append(el("tr", { "data-field": f, class: corrected ? "corrected" : null },
        el("th", { text: t(f), title: f }), el("td", { text: display(f, e[f]) + conf })));
    }
    renderForm(e);
    const hist = $("ev-history");
    hist.replaceChildren();
    for (const r of e.reviews || []) {
      const changes = Object.entries(r.changes || {}).map(([f, [a, b]]) => `${f}: ${a ?? "∅"} → ${b ?? "∅"}`).join("; ");
      hist.append(el("li", { text: `${r.created_at.slice(0, 19).replace("T", " ")} · ${r.reviewer} · ${r.action}` +
        (changes ? ` · ${changes}` : "") + (r.note ? ` · “${r.note}”` : "") }));
    }
    const src = $("ev-sources");
    src.replaceChildren();
    const m = e.merged;
    if (m && m.event_count > 1) {  // the merged event this report belongs to
      const range = m.fatalities_low !== m.fatalities_high ? ` (${H.number(m.fatalities_low)}–${H.number(m.fatalities_high)})` : "";
      src.append(el("li", { class: "merged-summary", "data-testid": "ev-merged",
        text: `${t("merged_fatalities")}: ${m.fatalities_best === null ? "?" : H.number(m.fatalities_best)}${range} · ` +
          `${H.number(m.event_count)} ${t("n_reports")} · ${H.number(m.source_count)} ${t("n_outlets")}` }));
    }
    for (const s of e.sources || []) {
      const label = `${s.source || s.domain || "?"}${s.title ? " — " + s.title : ""}`;
      const safe = s.url && /^https?:\/\//i.test(s.url);
      src.append(el("li", {}, safe ? el("a", { href: s.url, rel: "noopener noreferrer", target: "_blank", text: label })
        : el("span", { text: label }), s.event_id !== e.id ? el("a", { href: `#/event/${s.event_id}`, text: ` #${s.event_id}` }) : ""));
    }
  }

  async function show(id) {
    $("overview").hidden = true;
    $("event").hidden = false;
    $("r-msg").textContent = "";
    try {
      render(await api(`/v1/events/${encodeURIComponent(id)}`));
    } catch (err) {
      $("ev-title").textContent = err.message;
      $("ev-text").replaceChildren();
    }
    document.body.dataset.ready = "1";
  }

  async function submit(action) {
    const msg = $("r-msg"), token = H.token();
    msg.textContent = "";
    msg.className = "msg";
    if (!token) { msg.textContent = t("need_token"); msg.className = "msg error"; return; }
    const body = { action, note: $("review").elements.note.value.trim() || null };
    if (action === "correct") {
      body.fields = changedFields();
      if (!Object.keys(body.fields).length) { msg.textContent = t("nothing_changed"); msg.className = "msg error"; return; }
    }
    try {
      const e = await api(`/v1/events/${S.event.id}/review`, { method: "POST",
        headers: { "Content-Type": "application/json", Authorization: "Bearer " + token }, body: JSON.stringify(body) });
      render(e);
      msg.textContent = t("saved");
      msg.className = "msg ok";
    } catch (err) {
      msg.textContent = err.status === 401 ? t("need_token") : err.message;
      msg.className = "msg error";
    }
  }

  return { show, submit, rerender: () => S.event && render(S.event), get current() { return S.event; } };
})();
