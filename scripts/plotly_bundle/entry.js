// The plotly.js the dashboard's charts load (src/ui/plotly_frame/plotly-charts.min.js): the core
// (scatter, axes, legend, hover, shapes, annotations) with the trace types the chart builders in
// src/charts/ make, and nothing else. Built by scripts/plotly_bundle/build.sh.
//
// Keep TRACES in step with the builders: tests/charts/test_bundle_traces.py draws every builder and
// fails on a trace type that is not registered here. Left out: the traces no chart uses (box,
// violin, contour, histogram*, image, scatterternary, pie) and the `calendars` component (world
// calendars). Evaluating the script in Debian's chromium, 5 fresh pages each, load average 6.5:
// the cartesian bundle 0.64 s (median), this one 0.17 s, this one with calendars 0.28 s.
'use strict';

var Plotly = require('plotly.js/lib/core'); // includes scatter

// TRACES: scatter (core), bar, heatmap
Plotly.register([
    require('plotly.js/lib/bar'),
    require('plotly.js/lib/heatmap'),
]);

module.exports = Plotly;
