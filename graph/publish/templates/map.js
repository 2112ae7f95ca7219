/* The map's behavior: filters, search, focus, node cards and claim lists.
   Text from the graph is written with textContent only, never parsed as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kgraph-data").textContent);
  var FONT_COLOR = "#343434";
  var DIM_NODE = "#e2e2e2";
  var DIM_EDGE = "#ececec";
  var DIM_FONT = "#c8c8c8";

  var nodeItems = data.nodes;
  var edgeItems = data.edges;
  var nodeById = {};
  nodeItems.forEach(function (n) { nodeById[n.id] = n; });
  var edgeById = {};
  edgeItems.forEach(function (e) { edgeById[e.id] = e; });

  var state = {
    relations: new Set(Object.keys(data.relations)),
    since: null,
    until: null,
    selected: null,
    pinned: false,
    dimmed: false,
    physics: false
  };
  // What the filters currently show of each edge: {shown, claims, summary, color, arrows, width}.
  var current = {};
  var nodeShown = {};

  // ------------------------------------------------------------ filters

  function admits(claim) {
    if (!state.relations.has(claim.relation)) return false;
    if (state.since === null && state.until === null) return true;
    // As on the command line: an undated claim is outside any bounded window.
    if (claim.start === null) return false;
    if (state.since !== null && claim.end < state.since) return false;
    if (state.until !== null && claim.start > state.until) return false;
    return true;
  }

  // The same rules as edge_style() in graph/publish/maps.py, for the claims a filter leaves.
  function styleEdge(claims) {
    var counts = new Map();
    claims.forEach(function (c) { counts.set(c.relation, (counts.get(c.relation) || 0) + 1); });
    var parts = [];
    counts.forEach(function (n, r) { parts.push(data.relations[r].label + (n > 1 ? " ×" + n : "")); });
    var ways = new Set(claims.map(function (c) { return c.dir; }));
    return {
      summary: parts.join(", "),
      color: counts.size === 1 ? data.relations[counts.keys().next().value].color : data.several,
      arrows: ["to", "from"].filter(function (w) { return ways.has(w); }).join(", "),
      width: Math.round((1 + Math.log2(claims.length)) * 100) / 100
    };
  }

  function computeFilters() {
    var edgeUpdates = [];
    var touched = {};
    edgeItems.forEach(function (e) {
      var claims = e.claims.filter(admits);
      var shown = claims.length > 0;
      var style = shown ? styleEdge(claims) : {};
      var before = current[e.id];
      var now = {shown: shown, claims: claims, summary: style.summary, color: style.color,
                 arrows: style.arrows, width: style.width};
      current[e.id] = now;
      if (shown) { touched[e.from] = true; touched[e.to] = true; }
      if (!before) return;
      if (before.shown !== now.shown || before.summary !== now.summary ||
          before.arrows !== now.arrows) {
        var update = {id: e.id, hidden: !shown};
        if (shown) {
          update.summary = now.summary; update.color = now.color;
          update.arrows = now.arrows; update.width = now.width;
        }
        edgeUpdates.push(update);
      }
    });
    var nodeUpdates = [];
    nodeItems.forEach(function (n) {
      var shown = touched[n.id] === true;
      if (nodeShown[n.id] !== undefined && nodeShown[n.id] !== shown) {
        nodeUpdates.push({id: n.id, hidden: !shown});
      }
      nodeShown[n.id] = shown;
    });
    return {nodes: nodeUpdates, edges: edgeUpdates};
  }

  function applyFilters() {
    var updates = computeFilters();
    if (updates.edges.length) edges.update(updates.edges);
    if (updates.nodes.length) nodes.update(updates.nodes);
    var shownEdges = edgeItems.filter(function (e) { return current[e.id].shown; }).length;
    var shownNodes = nodeItems.filter(function (n) { return nodeShown[n.id]; }).length;
    var shownClaims = edgeItems.reduce(function (sum, e) {
      return sum + current[e.id].claims.length;
    }, 0);
    document.getElementById("shown-claims").textContent = shownClaims;
    document.getElementById("shown-edges").textContent = shownEdges;
    document.getElementById("shown-nodes").textContent = shownNodes;
    if (state.selected !== null && !nodeShown[state.selected]) unselect();
    else if (state.dimmed) highlight(state.selected);
  }

  var DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
  function pad(n) { return (n < 10 ? "0" : "") + n; }

  // "2025" is all of 2025: its first day for a lower bound, its last day for an upper one.
  function parseBound(text, upper) {
    var m = DATE.exec(text.trim());
    if (!m) return undefined;
    var year = +m[1];
    var month = m[2] ? +m[2] : (upper ? 12 : 1);
    if (month < 1 || month > 12) return undefined;
    var last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    var day = m[3] ? +m[3] : (upper ? last : 1);
    if (day < 1 || day > last) return undefined;
    return m[1] + "-" + pad(month) + "-" + pad(day);
  }

  function readDate(input, upper) {
    var text = input.value;
    if (text.trim() === "") { input.classList.remove("invalid"); return null; }
    var bound = parseBound(text, upper);
    input.classList.toggle("invalid", bound === undefined);
    return bound === undefined ? null : bound;
  }

  // ------------------------------------------------------------ drawing

  // A big map sizes nodes and labels by degree (see BIG_MAP_SCALING in map_page.py): by its
  // square root, so that hubs do not dwarf the rest.
  var scaling = data.options.nodes.scaling;
  if (scaling) {
    scaling.customScalingFunction = function (min, max, total, value) {
      return max === min ? 0.5 : Math.sqrt(Math.max(0, (value - min) / (max - min)));
    };
  }

  computeFilters();
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  var container = document.getElementById("network");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, data.options);

  window.kgraphMap = {network: network, nodes: nodes, edges: edges, state: state, ready: null};
  function ready() {
    window.kgraphMap.ready = performance.now();
    document.body.setAttribute("data-ready", "true");
  }
  // vis-network opens fitted to the canvas, but to the nodes without their labels (not yet
  // measured) and never zoomed in past 1. A small map, whose labels are all legible, is
  // fitted again once drawn; a big one is not worth a second drawing.
  network.once("afterDrawing", function () {
    if (!data.refit) { ready(); return; }
    network.fit({animation: false, maxZoomLevel: 2});
    network.once("afterDrawing", ready);
    network.redraw();
  });

  // ------------------------------------------------------------ neighborhood

  function highlight(id) {
    var keep = {};
    keep[id] = true;
    var edgeUpdates = [];
    edgeItems.forEach(function (e) {
      var now = current[e.id];
      if (!now.shown) return;
      var touches = e.from === id || e.to === id;
      if (touches) { keep[e.from] = true; keep[e.to] = true; }
      edgeUpdates.push({id: e.id, color: touches ? now.color : DIM_EDGE});
    });
    nodes.update(nodeItems.map(function (n) {
      return {id: n.id, color: keep[n.id] ? n.color : DIM_NODE,
              font: {color: keep[n.id] ? FONT_COLOR : DIM_FONT}};
    }));
    edges.update(edgeUpdates);
    state.dimmed = true;
  }

  function clearHighlight() {
    if (!state.dimmed) return;
    nodes.update(nodeItems.map(function (n) {
      return {id: n.id, color: n.color, font: {color: FONT_COLOR}};
    }));
    edges.update(edgeItems.filter(function (e) { return current[e.id].shown; }).map(function (e) {
      return {id: e.id, color: current[e.id].color};
    }));
    state.dimmed = false;
  }

  function select(id) {
    state.selected = id;
    network.selectNodes([id]);
    if (document.getElementById("highlight").checked) highlight(id);
    else clearHighlight();
  }

  function unselect() {
    state.selected = null;
    network.unselectAll();
    clearHighlight();
    hidePopup();
  }

  // ------------------------------------------------------------ popup

  var popup = document.getElementById("popup");
  var popupBody = document.getElementById("popup-body");

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // Beside the point it describes, moved and shortened as needed to stay in the window
  // (its height is capped by the style sheet; its content scrolls).
  var MARGIN = 8;
  function showPopup(content, domPoint, pinned) {
    popupBody.replaceChildren(content);
    popup.hidden = false;
    popup.scrollTop = 0;
    state.pinned = pinned;
    var box = container.getBoundingClientRect();
    var x = box.left + domPoint.x;
    var y = box.top + domPoint.y;
    var width = popup.offsetWidth;
    var height = popup.offsetHeight;
    var room = document.documentElement.clientWidth;
    var left = x + 16;
    if (left + width > room - MARGIN) left = x - 16 - width;
    left = Math.max(MARGIN, Math.min(left, room - width - MARGIN));
    var top = Math.max(MARGIN, Math.min(y + 12, window.innerHeight - height - MARGIN));
    popup.style.left = left + "px";
    popup.style.top = top + "px";
  }

  function hidePopup() {
    popup.hidden = true;
    state.pinned = false;
  }

  function facts(pairs) {
    var list = el("dl");
    pairs.forEach(function (pair) {
      if (!pair[1]) return;
      list.appendChild(el("dt", null, pair[0]));
      list.appendChild(el("dd", null, pair[1]));
    });
    return list;
  }

  function nodeCard(id) {
    var card = nodeById[id].card;
    var box = el("div", "card");
    box.appendChild(el("h3", null, card.label));
    if (card.description) box.appendChild(el("p", "description", card.description));
    box.appendChild(facts([
      ["class", card["class"] || "entity"],
      ["country", card.countries.join(", ")],
      ["party", card.parties.join(", ")],
      ["aliases", card.aliases.join(", ")],
      ["ties", String(card.degree)],
      ["id", card.id]
    ]));
    return box;
  }

  function claimBlock(claim) {
    var block = el("div", "claim");
    var relation = data.relations[claim.relation];
    var head = el("div");
    var swatch = el("span", "swatch");
    swatch.style.background = relation.color;
    head.appendChild(swatch);
    head.appendChild(el("span", "relation-name", relation.label));
    var arrow = claim.dir === "none" ? " ↔ " : " → ";
    head.appendChild(document.createTextNode(": " + claim.subject + arrow + claim.object));
    block.appendChild(head);
    var when = claim.when ? claim.when : "undated";
    if (claim.expression) when += " (“" + claim.expression + "”)";
    block.appendChild(el("div", "date", when));
    if (claim.qualifiers.length) {
      block.appendChild(el("div", "qualifiers", claim.qualifiers.map(function (q) {
        return q[0] + ": " + q[1];
      }).join("; ")));
    }
    claim.evidence.forEach(function (ev) {
      block.appendChild(el("blockquote", "quote", "“" + ev.quote + "”"));
      block.appendChild(el("p", "source", "— " + ev.cite + (ev.by ? " · per " + ev.by : "")));
    });
    return block;
  }

  function edgeCard(id) {
    var edge = edgeById[id];
    var claims = current[id].claims;
    var box = el("div", "card");
    box.appendChild(el("h3", null, nodeById[edge.from].card.label + " — " +
                            nodeById[edge.to].card.label));
    if (claims.length) box.appendChild(el("p", "summary", current[id].summary));
    var hidden = edge.claims.length - claims.length;
    var count = claims.length + (claims.length === 1 ? " claim" : " claims");
    if (hidden) count += " (" + hidden + " more hidden by the filters)";
    box.appendChild(el("p", "hint", count));
    claims.forEach(function (c) { box.appendChild(claimBlock(c)); });
    return box;
  }

  function nodePoint(id) {
    return network.canvasToDOM(network.getPosition(id));
  }

  function edgePoint(id) {
    var edge = edgeById[id];
    var a = nodePoint(edge.from);
    var b = nodePoint(edge.to);
    return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
  }

  network.on("click", function (params) {
    if (params.nodes.length) {
      select(params.nodes[0]);
      showPopup(nodeCard(params.nodes[0]), params.pointer.DOM, true);
    } else if (params.edges.length) {
      state.selected = null;
      clearHighlight();
      showPopup(edgeCard(params.edges[0]), params.pointer.DOM, true);
    } else {
      unselect();
    }
  });
  network.on("hoverNode", function (params) {
    if (!state.pinned) showPopup(nodeCard(params.node), nodePoint(params.node), false);
  });
  network.on("hoverEdge", function (params) {
    if (!state.pinned) showPopup(edgeCard(params.edge), edgePoint(params.edge), false);
  });
  network.on("blurNode", function () { if (!state.pinned) hidePopup(); });
  network.on("blurEdge", function () { if (!state.pinned) hidePopup(); });
  network.on("dragStart", function () { if (!state.pinned) hidePopup(); });
  document.getElementById("popup-close").addEventListener("click", hidePopup);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hidePopup();
  });

  // ------------------------------------------------------------ search

  function nameKey(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^0-9a-z]+/g, " ").trim();
  }

  var searchKeys = nodeItems.map(function (n) {
    var names = [n.card.label, n.card.id].concat(n.card.aliases);
    return {id: n.id, degree: n.card.degree, keys: names.map(nameKey)};
  });

  var names = document.getElementById("actor-names");
  nodeItems.map(function (n) { return n.card.label; }).sort().forEach(function (label) {
    var option = document.createElement("option");
    option.value = label;
    names.appendChild(option);
  });

  // An exact name or alias first; else names holding every word typed as a word start.
  // Among several, the most connected.
  function find(text) {
    var wanted = nameKey(text);
    if (!wanted) return null;
    var words = wanted.split(" ");
    var best = null;
    var bestRank = -1;
    searchKeys.forEach(function (entry) {
      var rank = 0;
      entry.keys.forEach(function (key) {
        if (key === wanted) { rank = Math.max(rank, 2); return; }
        var parts = key.split(" ");
        var all = words.every(function (w) {
          return parts.some(function (p) { return p.indexOf(w) === 0; });
        });
        if (all) rank = Math.max(rank, 1);
      });
      if (rank > bestRank || (rank === bestRank && best && entry.degree > best.degree)) {
        if (rank > 0) { best = entry; bestRank = rank; }
      }
    });
    return best ? best.id : null;
  }

  function focusNode(id) {
    select(id);
    network.focus(id, {scale: Math.max(network.getScale(), 1.0),
                       animation: {duration: 400, easingFunction: "easeInOutQuad"}});
    var center = {x: container.clientWidth / 2, y: container.clientHeight / 2};
    showPopup(nodeCard(id), center, true);
  }

  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var id = find(search.value);
    search.classList.toggle("not-found", id === null);
    if (id === null) { status.textContent = "no match"; return; }
    if (!nodeShown[id]) { status.textContent = "hidden by the filters"; return; }
    status.textContent = "";
    focusNode(id);
  });
  search.addEventListener("input", function () {
    search.classList.remove("not-found");
    status.textContent = "";
  });

  // ------------------------------------------------------------ controls

  function relationBoxes() {
    return Array.prototype.slice.call(document.querySelectorAll("input[name=relation]"));
  }

  function readRelations() {
    state.relations = new Set(relationBoxes().filter(function (box) { return box.checked; })
      .map(function (box) { return box.value; }));
    applyFilters();
  }

  relationBoxes().forEach(function (box) { box.addEventListener("change", readRelations); });
  document.getElementById("all-relations").addEventListener("click", function () {
    relationBoxes().forEach(function (box) { box.checked = true; });
    readRelations();
  });
  document.getElementById("no-relations").addEventListener("click", function () {
    relationBoxes().forEach(function (box) { box.checked = false; });
    readRelations();
  });

  var since = document.getElementById("since");
  var until = document.getElementById("until");
  function readDates() {
    state.since = readDate(since, false);
    state.until = readDate(until, true);
    applyFilters();
  }
  since.addEventListener("change", readDates);
  until.addEventListener("change", readDates);

  // The time slider steps through the claims' own dates; at either end it sets no bound, so
  // that undated claims show until it is moved.
  var sliderFrom = document.getElementById("slider-from");
  var sliderTo = document.getElementById("slider-to");
  var last = Math.max(data.dates.length - 1, 0);
  [sliderFrom, sliderTo].forEach(function (slider) {
    slider.max = String(last);
    slider.disabled = data.dates.length < 2;
  });
  sliderTo.value = String(last);
  function readSlider(event) {
    var from = +sliderFrom.value;
    var to = +sliderTo.value;
    if (from > to) {
      if (event.target === sliderFrom) { to = from; sliderTo.value = String(to); }
      else { from = to; sliderFrom.value = String(from); }
    }
    since.value = from === 0 ? "" : data.dates[from];
    until.value = to === last ? "" : data.dates[to];
    readDates();
  }
  sliderFrom.addEventListener("input", readSlider);
  sliderTo.addEventListener("input", readSlider);

  document.getElementById("highlight").addEventListener("change", function (event) {
    if (state.selected === null) return;
    if (event.target.checked) highlight(state.selected);
    else clearHighlight();
  });

  var physics = document.getElementById("physics");
  physics.addEventListener("click", function () {
    state.physics = !state.physics;
    network.setOptions({physics: {enabled: state.physics}});
    physics.setAttribute("aria-pressed", String(state.physics));
    physics.textContent = state.physics ? "Stop physics" : "Start physics";
  });

  document.getElementById("fit").addEventListener("click", function () {
    network.fit({animation: {duration: 300}, maxZoomLevel: 2});
  });

  // An ego map opens with its center selected, the rest not dimmed.
  if (data.center !== null) network.selectNodes([data.center]);

  window.kgraphMap.find = find;
  window.kgraphMap.focusNode = focusNode;
  window.kgraphMap.applyFilters = applyFilters;
  window.kgraphMap.current = current;
})();
