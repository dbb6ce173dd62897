/* The map's first view before Leaflet runs: the clusters of the fitted answer (first.js asked
   for it while the page loaded) drawn as the same rings and markers, placed in Web Mercator as
   Leaflet will place them. Leaflet and map.js run after the table's paint and replace it when
   they draw their own cells; until then it is a picture (no clicks). map.js draws its rings
   with ring() from here, so both look the same. */
"use strict";
window.HPreview = (function () {
  const { el } = window.H;
  const MAX_LAT = 85.0511287798;

  // a point's pixel at a zoom, as Leaflet's EPSG:3857 projects it
  function px(lat, lon, zoom) {
    const scale = 256 * Math.pow(2, zoom), y = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI / 180;
    return [scale * (lon + 180) / 360, scale * (0.5 - Math.log(Math.tan(Math.PI / 4 + y / 2)) / (2 * Math.PI))];
  }

  // a cluster's ring: its event types as a conic gradient, its count in the middle
  function ring(cell) {
    let at = 0;
    const stops = cell.types.map(([type, n]) => {
      const from = at;
      at += (n / cell.n) * 360;
      return `${window.H.typeColor(type)} ${from}deg ${at}deg`;
    });
    const size = cell.n < 10 ? 34 : cell.n < 100 ? 40 : cell.n < 1000 ? 48 : 56;
    const node = el("div", { class: "cluster-ring", style: { background: `conic-gradient(${stops.join(", ")})`,
      width: size + "px", height: size + "px" } }, el("span", { text: cell.n < 10000 ? cell.n : Math.round(cell.n / 1000) + "k" }));
    return { node, size };
  }

  // size: the box's [width, height] when known (first.js measured it), else read (a layout)
  function draw(box, out, size) {
    clear(box);
    if (!out || !out.center || !out.cells || !out.cells.length) return;
    const [cx, cy] = px(out.center[0], out.center[1], out.zoom), [w, h] = size || [box.clientWidth, box.clientHeight];
    const ox = Math.round(cx - w / 2), oy = Math.round(cy - h / 2);
    const layer = el("div", { class: "map-preview", "aria-hidden": "true" });
    for (const c of out.cells) {
      const [x, y] = px(c.lat, c.lon, out.zoom);
      const one = c.n === 1 && c.events && c.events.length;
      const { node, size } = one ? { node: el("div", { class: "pv-marker " + window.H.typeClass(c.events[0].event_type) }), size: 14 } : ring(c);
      const half = Math.round(size / 2);
      node.style.position = "absolute";
      node.style.width = node.style.height = size + "px";
      node.style.left = (Math.round(x - ox) - half) + "px";
      node.style.top = (Math.round(y - oy) - half) + "px";
      layer.append(node);
    }
    box.append(layer);
  }

  // the types' colours under the map (drawn with the page: the map's box never moves)
  function legend() {
    const box = document.getElementById("legend");
    box.replaceChildren();
    for (const type of window.H.types) {
      box.append(el("span", { class: "key" }, el("i", { style: { background: window.H.typeColor(type) } }), window.H.typeLabel(type)));
    }
  }

  function clear(box) {
    for (const old of box.querySelectorAll(".map-preview")) old.remove();
  }

  return { px, ring, draw, clear, legend };
})();
