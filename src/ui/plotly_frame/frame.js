// A Streamlit custom component (protocol v1, by hand: no build step) that draws one plotly figure
// with a plotly.js of our own (plotly-charts.min.js: the core with scatter, bar and heatmap; 1.2 MB
// instead of Streamlit's 4.7 MB plotly.js; scripts/plotly_bundle/) and sends back the clicked point, in the shape st.plotly_chart's selection has:
// {selection: {points: [{curve_number, point_number, point_index, x, y, customdata}], point_indices,
// box: [], lasso: []}, sig}. `sig` names the figure the point belongs to.
//
// Streamlit -> frame: {type: "streamlit:render", args: {spec, config, height, select, titled, sig}}.
// Frame -> Streamlit: {isStreamlitMessage: true, type: "streamlit:componentReady" | "streamlit:setFrameHeight" |
// "streamlit:setComponentValue", ...}.
"use strict";
(function () {
  var args = null;      // the latest render's arguments
  var drawn = null;     // the signature of the figure on screen
  var sent = null;      // the last value sent, as JSON
  var chart = null;
  var EMPTY = {points: [], point_indices: [], box: [], lasso: []};

  function send(type, data) {
    var message = {isStreamlitMessage: true, type: type};
    for (var k in data) message[k] = data[k];
    window.parent.postMessage(message, "*");
  }

  function point(p) {
    return {curve_number: p.curveNumber, point_number: p.pointNumber, point_index: p.pointIndex,
            x: p.x, y: p.y, customdata: p.customdata};
  }

  function select(selection) {
    var value = JSON.stringify({selection: selection, sig: drawn});
    if (value === sent) return;
    sent = value;
    send("streamlit:setComponentValue", {value: JSON.parse(value), dataType: "json"});
  }

  function onSelected(e) {
    if (!e) return;
    var indices = [];
    (e.points || []).forEach(function (p) {
      if (typeof p.pointIndex === "number" && indices.indexOf(p.pointIndex) < 0) indices.push(p.pointIndex);
    });
    select({points: (e.points || []).map(point), point_indices: indices, box: [], lasso: []});
  }

  function draw() {
    if (!args || !window.Plotly || !chart || drawn === args.sig) return;
    var fig = JSON.parse(args.spec);
    var layout = fig.layout || {};
    delete layout.width;  // the frame's width, as st.plotly_chart uses the container's
    layout.autosize = true;
    layout.height = args.height;
    if (args.titled === false && layout.title) {  // the page's heading above says it: no title, and its room given to the plot
      layout.title = Object.assign({}, layout.title, {text: ""});
      if (layout.margin && typeof layout.margin.t === "number") layout.margin.t = Math.max(24, layout.margin.t - 40);
    }
    if (args.select) {  // as st.plotly_chart with on_select and selection_mode="points"
      layout.clickmode = layout.clickmode || "event+select";
      layout.hovermode = layout.hovermode || "closest";
      layout.dragmode = layout.dragmode || "pan";
    }
    var config = Object.assign({}, args.config || {}, {responsive: true});
    var first = drawn === null;
    drawn = args.sig;
    sent = null;
    window.Plotly.react(chart, fig.data || [], layout, config);
    if (first && args.select) {
      chart.on("plotly_selected", onSelected);
      chart.on("plotly_deselect", function () { select(EMPTY); });
      chart.on("plotly_doubleclick", function () { select(EMPTY); });
    }
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.source !== window.parent || !data || data.type !== "streamlit:render") return;
    args = data.args;
    send("streamlit:setFrameHeight", {height: args.height});
    draw();
  });
  document.addEventListener("DOMContentLoaded", function () {
    chart = document.getElementById("chart");
    draw();  // plotly.js (deferred) has run by now
  });
  send("streamlit:componentReady", {apiVersion: 1});
})();
