/* Shared helpers: DOM building (text only: data never goes through innerHTML), the API,
   and the words of the current language (labels, types, actors, places). */
"use strict";
window.H = (function () {
  const I18N = window.HADATH_I18N, TYPES = window.HADATH_TYPES, SUBTYPES = window.HADATH_SUBTYPES;
  const H = {
    lang: localStorage.getItem("hadath-lang") || ((navigator.language || "").startsWith("ar") ? "ar" : "en"),
    vocab: { actors: {}, generic: [], countries: {}, admin1: {} },
  };
  H.$ = (id) => document.getElementById(id);
  H.el = function (tag, props, ...children) {
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
  };
  H.svg = function (tag, attrs, text) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = String(text);
    return node;
  };
  H.api = window.HView.api;
  H.t = (key) => (I18N[H.lang] && I18N[H.lang][key]) || I18N.en[key] || key;
  H.ar = () => H.lang === "ar";
  H.typeLabel = (type) => (H.ar() && TYPES[type] ? TYPES[type].ar : type || "");
  H.typeColor = (type) => (TYPES[type] ? TYPES[type].color : "#7f7f7f");
  H.typeClass = (type) => (TYPES[type] ? "t-" + type.toLowerCase().replace(/[^a-z]+/g, "-") : "t-other");
  H.types = Object.keys(TYPES);
  H.subtypes = (type) => (type ? Object.keys(SUBTYPES[type] || {}) : Object.values(SUBTYPES).flatMap(Object.keys));
  H.subLabel = function (sub) {
    if (!H.ar() || !sub) return sub || "";
    for (const group of Object.values(SUBTYPES)) if (group[sub]) return group[sub];
    return sub;
  };
  H.countryLabel = (c) => (H.ar() && c && H.vocab.countries[c]) || c || "";
  H.admin1Label = (a) => (H.ar() && a && H.vocab.admin1[a]) || a || "";
  H.actorLabel = function (name) {
    if (!H.ar() || !name) return name || "";
    if (H.vocab.actors[name]) return H.vocab.actors[name];
    for (const [pre, suf, ar] of H.vocab.generic) {
      if (name.startsWith(pre) && name.endsWith(suf) && name.length > pre.length + suf.length) {
        const country = name.slice(pre.length, name.length - suf.length);
        return `${ar} (${H.countryLabel(country)})`;
      }
    }
    return name;
  };
  H.placeLabel = (e) => (H.ar() ? e.location_ar || e.location : e.location || e.location_ar) || "";
  H.fieldLabel = (f) => H.t(f);
  // 12,345: by hand (Intl's first formatter costs ~50 ms of ICU loading on the first paint)
  H.number = function (n) {
    if (n === null || n === undefined) return "";
    const x = Number(n);
    return Number.isInteger(x) ? String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : x.toLocaleString("en-US");
  };
  H.setLang = function (lang) {
    H.lang = lang;
    localStorage.setItem("hadath-lang", lang);
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = H.t(node.dataset.i18n);
    H.$("lang").textContent = H.t("lang_other");
    document.title = H.t("title");
  };
  H.token = () => H.$("token").value.trim();
  return H;
})();
