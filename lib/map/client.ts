/**
 * The map page's script, inlined into the page. Plain ES2017 that every current browser runs
 * without a build step. It reads the embedded JSON, draws one circle per placed event, filters
 * by date and fills the side panel. Every text from the data goes in through `textContent` or
 * `setAttribute`, never as HTML.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var data = JSON.parse(document.getElementById("rasd-data").textContent);
  var layer = document.getElementById("events");
  var from = document.getElementById("from");
  var to = document.getElementById("to");
  var shown = document.getElementById("shown");
  var unplacedList = document.getElementById("unplaced");
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  var drawn = [];
  var selected = null;

  function el(name, text, attrs) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    return node;
  }

  // A place name may be Arabic in an English line: isolated, its direction neither spreads to
  // the figures after it ("· 1 killed" would be drawn left of an Arabic name) nor takes theirs.
  function isolated(text) {
    return el("bdi", text, { dir: "auto", class: "place" });
  }

  // An element of text pieces and nodes, in reading order.
  function line(name, parts, attrs) {
    var node = el(name, null, attrs);
    parts.forEach(function (part) {
      node.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
    });
    return node;
  }

  function open(event, circle) {
    if (selected) selected.classList.remove("selected");
    selected = circle || null;
    if (selected) selected.classList.add("selected");
    body.textContent = "";
    body.appendChild(line("p", [event.date + (event.dated ? "" : " (undated)") + " \u00b7 ", isolated(event.place)], { class: "when" }));
    body.appendChild(el("p", event.summary, { class: "summary", id: "panel-summary" }));
    var figures = el("dl", null, { class: "figures" });
    figures.appendChild(el("dt", "Killed"));
    figures.appendChild(el("dd", event.killed === null ? "not reported" : event.killed));
    figures.appendChild(el("dt", "Wounded"));
    figures.appendChild(el("dd", event.wounded === null ? "not reported" : event.wounded));
    body.appendChild(figures);
    body.appendChild(el("h3", "Evidence (Arabic, as published)"));
    event.evidence.forEach(function (sentence) {
      body.appendChild(el("blockquote", sentence, { dir: "rtl", lang: "ar", class: "evidence" }));
    });
    body.appendChild(el("h3", "Reports (" + event.reports.length + ")"));
    var list = el("ul", null, { class: "reports" });
    event.reports.forEach(function (report) {
      var item = el("li");
      var title = report.url
        ? el("a", report.title, { href: report.url, target: "_blank", rel: "noopener noreferrer", dir: "auto" })
        : el("span", report.title, { dir: "auto" });
      item.appendChild(title);
      item.appendChild(el("div", report.outlet + (report.published ? " \u00b7 " + report.published.slice(0, 16).replace("T", " ") : ""), { class: "outlet" }));
      list.appendChild(item);
    });
    body.appendChild(list);
    panel.hidden = false;
    document.getElementById("panel-close").focus();
  }

  // Largest first, so smaller circles lie on top and stay clickable.
  data.events.slice().sort(function (a, b) { return b.r - a.r; }).forEach(function (event) {
    if (event.x === null || event.y === null) return;
    var circle = document.createElementNS(SVG, "circle");
    circle.setAttribute("cx", event.x);
    circle.setAttribute("cy", event.y);
    circle.setAttribute("r", event.r);
    circle.setAttribute("fill", data.colours[event.type]);
    circle.setAttribute("class", "event" + (event.approximate ? " approximate" : ""));
    circle.setAttribute("tabindex", "0");
    circle.setAttribute("role", "button");
    circle.setAttribute("aria-label", event.summary);
    circle.setAttribute("data-id", event.id);
    var tip = document.createElementNS(SVG, "title");
    tip.textContent = event.summary;
    circle.appendChild(tip);
    circle.addEventListener("click", function () { open(event, circle); });
    circle.addEventListener("keydown", function (e) {
      if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(event, circle); }
    });
    layer.appendChild(circle);
    drawn.push({ event: event, node: circle });
  });

  data.events.forEach(function (event) {
    if (event.x !== null && event.y !== null) return;
    var item = el("li");
    var button = line("button", [
      event.date + " \u00b7 ", isolated(event.place), " \u00b7 " + (event.killed === null ? "?" : event.killed) + " killed"
    ], { type: "button", "data-id": event.id });
    button.addEventListener("click", function () { open(event, null); });
    item.appendChild(button);
    unplacedList.appendChild(item);
    drawn.push({ event: event, node: item });
  });
  document.getElementById("unplaced-box").hidden = unplacedList.children.length === 0;

  function filter() {
    var count = 0;
    drawn.forEach(function (d) {
      var visible = (!from.value || d.event.date >= from.value) && (!to.value || d.event.date <= to.value);
      d.node.style.display = visible ? "" : "none";
      if (visible) count++;
    });
    shown.textContent = count + " of " + data.events.length + " events shown";
  }
  from.addEventListener("input", filter);
  to.addEventListener("input", filter);
  document.getElementById("reset").addEventListener("click", function () {
    from.value = from.min;
    to.value = to.max;
    filter();
  });
  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    if (selected) { selected.classList.remove("selected"); selected.focus(); selected = null; }
  });
  filter();
})();
`;
