/* Right after the map's box is laid out (this script follows it in index.html): ask for the
   first view's map clusters, fitted to the box's size, before Leaflet and the other scripts load.
   map.js takes the answer (HView.get) when its map has the same size. */
"use strict";
(function () {
  const box = document.getElementById("map");
  const V = window.HView;
  if (!box || !V) return;
  V.mapSize = [box.clientWidth, box.clientHeight];  // the box's size does not depend on the data drawn around it
  V.early(V.fitPath(V.params(V.read(location.search)), V.mapSize[0], V.mapSize[1]));
})();
