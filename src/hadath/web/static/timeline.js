/* The timeline: stacked bars of events per bin (day, week or month) and event type, with
   fatalities as a line on a second axis. Tick labels are spaced so they never collide. */
"use strict";
window.HTimeline = (function () {
  const { svg, el, t, typeColor, typeLabel } = window.H;

  // a whole-number step giving at most 5 ticks, and the axis top (a multiple of it)
  function scale(v) {
    const raw = Math.max(1, v) / 4, p = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / p;
    const step = Math.max(1, (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p);
    return { step, top: Math.max(step, Math.ceil(Math.max(1, v) / step) * step) };
  }

  function draw(box, data) {
    box.replaceChildren();
    if (!data.bins.length) { box.append(el("p", { class: "muted", text: t("no_events") })); return; }
    const W = 640, H = 240, pad = { l: 40, r: 40, t: 12, b: 40 };
    const keys = data.bins.map((b) => b.key), index = new Map(keys.map((k, i) => [k, i]));
    const sn = scale(Math.max(...data.bins.map((b) => b.events))), sf = scale(Math.max(...data.bins.map((b) => b.fatalities)));
    const maxN = sn.top, maxF = sf.top;
    const innerW = W - pad.l - pad.r, innerH = H - pad.t - pad.b, step = innerW / keys.length;
    const bw = Math.max(1, step * 0.8);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "data-testid": "timeline-svg",
      "data-bin": data.bin, direction: "ltr" });
    const y = (n) => H - pad.b - (n / maxN) * innerH, yf = (f) => H - pad.b - (f / maxF) * innerH;
    for (let n = 0; n <= maxN; n += sn.step) {
      const yy = y(n);
      chart.append(svg("line", { x1: pad.l, x2: W - pad.r, y1: yy, y2: yy, stroke: "#eceef1" }));
      chart.append(svg("text", { x: pad.l - 4, y: yy + 4, "text-anchor": "end", class: "axis" }, n));
    }
    for (let f = 0; f <= maxF; f += sf.step) {
      chart.append(svg("text", { x: W - pad.r + 4, y: yf(f) + 4, "text-anchor": "start", class: "axis fat" }, f));
    }
    const stack = new Array(keys.length).fill(0);
    for (const s of data.series) {
      const i = index.get(s.key), y0 = y(stack[i]);
      stack[i] += s.n;
      const bar = svg("rect", { x: pad.l + i * step + (step - bw) / 2, y: y(stack[i]), width: bw,
        height: Math.max(0.5, y0 - y(stack[i])), fill: typeColor(s.event_type), class: "bar" });
      bar.append(svg("title", {}, `${s.key} · ${typeLabel(s.event_type)}: ${s.n}`));
      chart.append(bar);
    }
    const pts = data.bins.map((b, i) => `${pad.l + i * step + step / 2},${yf(b.fatalities)}`).join(" ");
    chart.append(svg("polyline", { points: pts, fill: "none", stroke: "#111", "stroke-width": 1.5, class: "fatalities-line" }));
    // at most ~7 date labels, evenly spaced
    const every = Math.max(1, Math.ceil(keys.length / 7));
    for (let i = 0; i < keys.length; i += every) {
      chart.append(svg("text", { x: pad.l + i * step + step / 2, y: H - pad.b + 16, "text-anchor": "middle", class: "axis tick" }, keys[i]));
    }
    chart.append(svg("text", { x: pad.l, y: H - 4, class: "axis" }, `${t("n_events")} (${t("bin_" + data.bin)})`));
    chart.append(svg("text", { x: W - pad.r, y: H - 4, "text-anchor": "end", class: "axis fat" }, `— ${t("fatalities_series")}`));
    box.append(chart);
  }

  return { draw };
})();
