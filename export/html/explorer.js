// kg explorer: draws the exported selection (#kg-data, see export/html.cpp) on a
// canvas at the positions Graphviz gave it, with d3 v3 for zoom, pan and the
// quadtree that finds the node under the pointer. Opened with the URL fragment
// #selftest it drives its own controls and writes PASS or FAIL into #selftest.
(function () {
  'use strict';

  var errors = [];
  window.addEventListener('error', function (e) { errors.push('error: ' + e.message + ' at ' + e.lineno); });
  var consoleError = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    consoleError.apply(console, arguments);
  };

  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var nodes = data.nodes, edges = data.edges, sentences = data.sentences;
  var $ = function (id) { return document.getElementById(id); };
  var canvas = $('graph'), ctx = canvas.getContext('2d');
  var NODE_R = 9, MEETING_R = 4;
  var degree = nodes.map(function () { return 0; });
  edges.forEach(function (e) { degree[e.s]++; degree[e.t]++; });
  $('title').textContent = document.title;

  // ---- names: the same key as kg's name lookup (graph::name_key) ----------------
  // NFKD, case folded, accents of Latin/Greek/Cyrillic dropped, apostrophes unified,
  // every run of other non-alphanumerics one space.
  var ACCENTS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
  var APOSTROPHES = /['\u2018\u2019\u201b\u02bc\uff07\u2032]/g;
  var OTHER = /[^\p{L}\p{N}\p{M}']+/gu;
  function nameKey(s) {
    return s.normalize('NFKD').toLowerCase().normalize('NFKD').replace(ACCENTS, '').replace(/\p{Cf}/gu, '')
      .replace(APOSTROPHES, "'").replace(OTHER, ' ').trim().normalize('NFC');
  }

  // Edit distance, abandoned above `limit`.
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (cur[j] < best) best = cur[j];
      }
      if (best > limit) return limit + 1;
      prev = cur;
    }
    return prev[b.length];
  }

  // How well a query key matches a node: 0 exact, 1 prefix, 2 word prefix, 3 inside,
  // 4+ within a few edits of the name or one of its words; -1 no match.
  function matchScore(q, node) {
    var best = -1, limit = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    node.keys.forEach(function (k) {
      var s = -1;
      if (k === q) s = 0;
      else if (k.lastIndexOf(q, 0) === 0) s = 1;
      else if (k.indexOf(' ' + q) >= 0) s = 2;
      else if (k.indexOf(q) >= 0) s = 3;
      else if (limit > 0) {
        var d = distance(q, k, limit);
        k.split(' ').forEach(function (w) { d = Math.min(d, distance(q, w, limit)); });
        if (d <= limit) s = 3 + d;
      }
      if (s >= 0 && (best < 0 || s < best)) best = s;
    });
    return best;
  }

  function search(text) {
    var q = nameKey(text), found = [];
    if (!q) return found;
    nodes.forEach(function (n, i) {
      if (!n.keys) return;
      var s = matchScore(q, n);
      if (s >= 0) found.push({ index: i, score: s });
    });
    found.sort(function (a, b) {
      return a.score - b.score || nodes[a.index].label.localeCompare(nodes[b.index].label);
    });
    return found;
  }

  // ---- filters -----------------------------------------------------------------
  var state = {
    types: {}, relations: {}, from: 0, to: 0,
    meetingsAsNodes: !!data.meetingsAsNodes,
    focus: null,          // entity indices shown (expand), or null for all
    selectedNode: -1, selectedEdge: -1, matches: []
  };
  var present = { types: [], relations: [] };
  nodes.forEach(function (n) {
    if (n.type !== 'MEETING' && present.types.indexOf(n.type) < 0) present.types.push(n.type);
  });
  edges.forEach(function (e) {
    var r = e.relation === 'PARTICIPATED_IN' ? 'MET' : e.relation;
    if (present.relations.indexOf(r) < 0) present.relations.push(r);
  });
  present.types.sort();
  present.relations.sort();
  present.types.forEach(function (t) { state.types[t] = true; });
  present.relations.forEach(function (r) { state.relations[r] = true; });

  var allDates = [];
  (function () {
    var seen = {};
    edges.forEach(function (e) { e.dates.forEach(function (d) { if (!seen[d]) { seen[d] = true; allDates.push(d); } }); });
    allDates.sort();
    state.to = Math.max(allDates.length - 1, 0);
  })();
  function dateFiltered() { return allDates.length > 0 && (state.from > 0 || state.to < allDates.length - 1); }
  // As kg's --from/--to: undated relations (ROLE, MEMBER_OF...) are timeless.
  function datesWithin(dates) {
    if (!dateFiltered() || !dates.length) return true;
    var lo = allDates[state.from], hi = allDates[state.to];
    for (var i = 0; i < dates.length; i++) if (dates[i] >= lo && dates[i] <= hi) return true;
    return false;
  }

  function entityShown(i) {
    var n = nodes[i];
    return n.type !== 'MEETING' && state.types[n.type] && (!state.focus || state.focus[i]);
  }
  function edgeShown(e) {
    if (e.relation === 'PARTICIPATED_IN') {
      if (!state.meetingsAsNodes || !state.relations.MET) return false;
    } else {
      if (!state.relations[e.relation]) return false;
      if (e.fromMeeting && state.meetingsAsNodes) return false;
    }
    return entityShown(e.s) && (nodes[e.t].type === 'MEETING' || entityShown(e.t)) && datesWithin(e.dates);
  }

  var visibleNodes = [], visibleEdges = [], shownNode = [], tree = null;
  function recompute() {
    visibleEdges = [];
    shownNode = nodes.map(function () { return false; });
    var linked = nodes.map(function () { return false; });
    edges.forEach(function (e, i) {
      if (!edgeShown(e)) return;
      visibleEdges.push(i);
      linked[e.s] = linked[e.t] = true;
    });
    visibleNodes = [];
    nodes.forEach(function (n, i) {
      // Meetings show with a shown participant link.
      var show = n.type === 'MEETING' ? linked[i] : entityShown(i);
      if (show || i === state.selectedNode) { shownNode[i] = true; visibleNodes.push(i); }
    });
    tree = d3.geom.quadtree().x(function (i) { return nodes[i].x; }).y(function (i) { return nodes[i].y; })(visibleNodes);
    var c = $('counts');
    c.textContent = visibleNodes.length + ' nodes, ' + visibleEdges.length + ' edges shown';
    c.setAttribute('data-nodes', visibleNodes.length);
    c.setAttribute('data-edges', visibleEdges.length);
    c.setAttribute('data-meetings', visibleNodes.filter(function (i) { return nodes[i].type === 'MEETING'; }).length);
    $('date-range').textContent = allDates.length ? allDates[state.from] + ' \u2013 ' + allDates[state.to] +
      (dateFiltered() ? ' and undated' : ' (all)') : 'no dates';
    redraw();
  }

  // ---- drawing -------------------------------------------------------------------
  var width = 0, height = 0, ratio = window.devicePixelRatio || 1;
  var moved = false;  // by the user: until then a resized window fits the drawing again
  var zoom = d3.behavior.zoom().scaleExtent([0.01, 40]).on('zoom', function () {
    if (d3.event.sourceEvent) moved = true;
    redraw();
  });
  d3.select(canvas).call(zoom).on('dblclick.zoom', null);

  function resize() {
    width = canvas.clientWidth || 600;
    height = canvas.clientHeight || 400;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }

  function fit(indices) {
    if (!indices.length) return;
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    indices.forEach(function (i) {
      var n = nodes[i];
      x0 = Math.min(x0, n.x); y0 = Math.min(y0, n.y); x1 = Math.max(x1, n.x); y1 = Math.max(y1, n.y);
    });
    var pad = 60, k = Math.min((width - 2 * pad) / Math.max(x1 - x0, 1), (height - 2 * pad) / Math.max(y1 - y0, 1), 4);
    // Big layouts are wide (Graphviz spreads thousands of nodes over 100,000 points):
    // zooming out must reach at least the whole of them.
    zoom.scaleExtent([Math.min(k / 4, zoom.scaleExtent()[0]), 40]);
    zoom.scale(k).translate([width / 2 - k * (x0 + x1) / 2, height / 2 - k * (y0 + y1) / 2]);
    redraw();
  }
  function centreOn(x, y, k) {
    zoom.scale(k).translate([width / 2 - k * x, height / 2 - k * y]);
    redraw();
  }
  function toScreen(x, y) {
    var t = zoom.translate(), k = zoom.scale();
    return [x * k + t[0], y * k + t[1]];
  }
  function toGraph(sx, sy) {
    var t = zoom.translate(), k = zoom.scale();
    return [(sx - t[0]) / k, (sy - t[1]) / k];
  }

  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; draw(); });
  }

  function colour(key) { return data.colours[key] || '#888'; }

  function draw() {
    var t = zoom.translate(), k = zoom.scale();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.setTransform(ratio * k, 0, 0, ratio * k, ratio * t[0], ratio * t[1]);
    var lo = toGraph(0, 0), hi = toGraph(width, height);
    var inView = function (n) { return n.x >= lo[0] - 50 && n.x <= hi[0] + 50 && n.y >= lo[1] - 50 && n.y <= hi[1] + 50; };

    // Edges, one path per relation type.
    var byRelation = {};
    visibleEdges.forEach(function (i) {
      var r = edges[i].relation === 'PARTICIPATED_IN' ? 'MET' : edges[i].relation;
      (byRelation[r] = byRelation[r] || []).push(i);
    });
    ctx.lineWidth = 1 / k;
    ctx.globalAlpha = visibleEdges.length > 3000 ? 0.35 : 0.7;
    Object.keys(byRelation).forEach(function (r) {
      ctx.strokeStyle = colour(r);
      ctx.beginPath();
      byRelation[r].forEach(function (i) {
        var a = nodes[edges[i].s], b = nodes[edges[i].t];
        ctx.moveTo(a.x, a.y);
        ctx.lineTo(b.x, b.y);
      });
      ctx.stroke();
    });
    ctx.globalAlpha = 1;
    // Arrowheads of directed relations, when few enough to read.
    if (visibleEdges.length <= 3000 && k > 0.3) {
      visibleEdges.forEach(function (i) {
        var e = edges[i];
        if (!e.directed || e.relation === 'PARTICIPATED_IN') return;
        var a = nodes[e.s], b = nodes[e.t];
        var dx = b.x - a.x, dy = b.y - a.y, len = Math.sqrt(dx * dx + dy * dy);
        if (len < 1) return;
        var ux = dx / len, uy = dy / len, tipX = b.x - ux * NODE_R, tipY = b.y - uy * NODE_R, s = 6 / Math.max(k, 0.5);
        ctx.fillStyle = colour(e.relation);
        ctx.beginPath();
        ctx.moveTo(tipX, tipY);
        ctx.lineTo(tipX - ux * s - uy * s * 0.5, tipY - uy * s + ux * s * 0.5);
        ctx.lineTo(tipX - ux * s + uy * s * 0.5, tipY - uy * s - ux * s * 0.5);
        ctx.fill();
      });
    }
    if (state.selectedEdge >= 0 && visibleEdges.indexOf(state.selectedEdge) >= 0) {
      var se = edges[state.selectedEdge];
      ctx.strokeStyle = '#e31a1c';
      ctx.lineWidth = 4 / k;
      ctx.beginPath();
      ctx.moveTo(nodes[se.s].x, nodes[se.s].y);
      ctx.lineTo(nodes[se.t].x, nodes[se.t].y);
      ctx.stroke();
    }

    // Nodes, at least a couple of pixels wide however far out.
    var minR = 2 / k, inside = [];
    ctx.lineWidth = 1 / k;
    ctx.strokeStyle = '#333';
    visibleNodes.forEach(function (i) {
      var n = nodes[i];
      if (!inView(n)) return;
      inside.push(i);
      var meeting = n.type === 'MEETING';
      ctx.fillStyle = meeting ? colour('MET') : colour(n.type);
      ctx.beginPath();
      ctx.arc(n.x, n.y, Math.max(meeting ? MEETING_R : NODE_R, minR), 0, 2 * Math.PI);
      ctx.fill();
      if (k > 0.25) ctx.stroke();
    });
    var marked = {};
    state.matches.slice(0, 50).forEach(function (m) { marked[m.index] = true; });
    if (state.selectedNode >= 0) marked[state.selectedNode] = true;
    ctx.strokeStyle = '#e31a1c';
    ctx.lineWidth = 3 / k;
    Object.keys(marked).forEach(function (i) {
      var n = nodes[i];
      if (!shownNode[i]) return;
      ctx.beginPath();
      ctx.arc(n.x, n.y, Math.max(NODE_R, minR) + 4 / k, 0, 2 * Math.PI);
      ctx.stroke();
    });

    // Labels in screen space: all of them when few are in view, else the marked ones.
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = '11px "DejaVu Sans", Helvetica, Arial, sans-serif';
    ctx.textBaseline = 'top';
    ctx.textAlign = 'center';
    // Names that would overlap one already drawn are left out (zoom in to see them):
    // the marked ones first, then by number of relations.
    var labelled = (inside.length <= 250 ? inside : inside.filter(function (i) { return marked[i]; }))
      .filter(function (i) { return nodes[i].type !== 'MEETING' || marked[i]; });
    labelled.sort(function (a, b) { return (marked[b] ? 1 : 0) - (marked[a] ? 1 : 0) || degree[b] - degree[a]; });
    var placed = [];
    labelled.forEach(function (i) {
      var n = nodes[i];
      var p = toScreen(n.x, n.y), text = n.type === 'MEETING' ? (n.date || 'meeting') : n.label;
      if (text.length > 40) text = text.slice(0, 39) + '\u2026';
      var y = p[1] + Math.max((n.type === 'MEETING' ? MEETING_R : NODE_R) * k, 2) + 2;
      var half = ctx.measureText(text).width / 2 + 2, box = [p[0] - half, y, p[0] + half, y + 13];
      var clash = placed.some(function (r) { return box[0] < r[2] && box[2] > r[0] && box[1] < r[3] && box[3] > r[1]; });
      if (clash && !marked[i]) return;
      placed.push(box);
      ctx.lineWidth = 3;
      ctx.strokeStyle = 'rgba(255,255,255,0.85)';
      ctx.strokeText(text, p[0], y);
      ctx.fillStyle = '#222';
      ctx.fillText(text, p[0], y);
    });
  }

  // ---- hit testing ---------------------------------------------------------------
  function nodeAt(sx, sy) {
    if (!tree) return -1;
    var g = toGraph(sx, sy), k = zoom.scale();
    var i = tree.find(g);
    if (i === undefined) return -1;
    var n = nodes[i], r = Math.max(n.type === 'MEETING' ? MEETING_R : NODE_R, 2 / k) + 3 / k;
    var dx = n.x - g[0], dy = n.y - g[1];
    return dx * dx + dy * dy <= r * r ? i : -1;
  }
  function segmentDistance(px, py, a, b) {
    var dx = b.x - a.x, dy = b.y - a.y, len = dx * dx + dy * dy;
    var t = len ? Math.max(0, Math.min(1, ((px - a.x) * dx + (py - a.y) * dy) / len)) : 0;
    var x = a.x + t * dx - px, y = a.y + t * dy - py;
    return Math.sqrt(x * x + y * y);
  }
  function edgeAt(sx, sy) {
    var g = toGraph(sx, sy), k = zoom.scale(), best = -1, bestD = 5 / k;
    visibleEdges.forEach(function (i) {
      var d = segmentDistance(g[0], g[1], nodes[edges[i].s], nodes[edges[i].t]);
      if (d < bestD) { bestD = d; best = i; }
    });
    return best;
  }

  var down = null;
  canvas.addEventListener('mousedown', function (ev) { down = [ev.clientX, ev.clientY]; });
  canvas.addEventListener('click', function (ev) {
    if (down && Math.abs(down[0] - ev.clientX) + Math.abs(down[1] - ev.clientY) > 4) { down = null; return; }
    down = null;
    var box = canvas.getBoundingClientRect(), sx = ev.clientX - box.left, sy = ev.clientY - box.top;
    var n = nodeAt(sx, sy);
    if (n >= 0) return select(n);
    var e = edgeAt(sx, sy);
    if (e >= 0) return selectEdge(e);
    state.selectedNode = state.selectedEdge = -1;
    $('card').innerHTML = '';
    $('evidence').innerHTML = '';
    recompute();
  });

  // ---- the panel -----------------------------------------------------------------
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function facts(pairs) {
    var dl = el('dl');
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === '' || (Array.isArray(p[1]) && !p[1].length)) return;
      dl.appendChild(el('dt', p[0]));
      dl.appendChild(el('dd', Array.isArray(p[1]) ? p[1].join(', ') : String(p[1])));
    });
    return dl;
  }
  function documentList(docs) {
    var ul = el('ul');
    docs.forEach(function (d) {
      var date = data.documents[d];
      ul.appendChild(el('li', d + (date ? ' (' + date + ')' : '')));
    });
    return ul;
  }
  function typeTag(type) {
    var t = el('span', type, 'type');
    t.style.background = type === 'MEETING' ? '#dbe9f6' : colour(type);
    return t;
  }
  function button(text, action) {
    var b = el('button', text);
    b.type = 'button';
    b.addEventListener('click', action);
    return b;
  }

  // The evidence of an edge or a meeting: each sentence with its document, date and rule.
  function showEvidence(title, evidence) {
    var box = $('evidence');
    box.innerHTML = '';
    box.appendChild(el('h3', title));
    if (!evidence || !evidence.length) { box.appendChild(el('p', 'No evidence recorded.', 'hint')); return; }
    evidence.forEach(function (ev) {
      var text = ev.sentence >= 0 ? sentences[ev.sentence] : '(sentence text not available)';
      box.appendChild(el('blockquote', text, 'sentence'));
      var date = data.documents[ev.doc];
      box.appendChild(el('div', ev.doc + (date ? ', ' + date : '') + ' \u2014 rule ' + ev.rule +
        ', confidence ' + ev.confidence, 'source'));
    });
  }

  function neighbours(i) {
    var out = {};
    out[i] = true;
    edges.forEach(function (e) {
      if (e.relation === 'PARTICIPATED_IN') {
        if (!state.relations.MET || (e.s !== i && e.t !== i)) return;
        nodes[e.t].participants.forEach(function (p) { out[p] = true; });  // fellow participants
        return;
      }
      if (!state.relations[e.relation] || !datesWithin(e.dates)) return;
      if (e.s === i) out[e.t] = true;
      if (e.t === i) out[e.s] = true;
    });
    return out;
  }
  function expand(i, add) {
    var n = neighbours(i);
    if (add && state.focus) Object.keys(n).forEach(function (j) { state.focus[j] = true; });
    else state.focus = n;
    recompute();
    fit(visibleNodes);
  }

  function select(i) {
    var n = nodes[i];
    state.selectedNode = i;
    state.selectedEdge = -1;
    var card = $('card');
    card.innerHTML = '';
    var h = el('h2', n.label + ' ');
    h.appendChild(typeTag(n.type));
    card.appendChild(h);
    if (n.type === 'MEETING') {
      card.appendChild(facts([['date', n.date], ['place', n.place], ['mode', n.mode], ['status', n.status],
        ['CAMEO', n.cameo], ['PLOVER', n.plover_mode],
        ['participants', n.participants.map(function (p) { return nodes[p].label; })]]));
      card.appendChild(el('h3', 'Documents'));
      card.appendChild(documentList(n.documents));
      showEvidence('Evidence of the meeting', n.evidence);
    } else {
      card.appendChild(facts([['aliases', n.aliases], ['mentions', n.mentions],
        ['seen', n.first_seen ? n.first_seen + (n.last_seen && n.last_seen !== n.first_seen ? ' \u2013 ' + n.last_seen : '') : '']]));
      if (n.roles.length) {
        card.appendChild(el('h3', 'Roles'));
        var ul = el('ul');
        n.roles.forEach(function (r) {
          ul.appendChild(el('li', (r.title || 'role') + ' of ' + r.of + (r.date ? ', ' + r.date : '') +
            (r.documents.length ? ' (' + r.documents.join(', ') + ')' : '')));
        });
        card.appendChild(ul);
      }
      card.appendChild(el('h3', 'Documents'));
      card.appendChild(documentList(n.documents));
      card.appendChild(button('only this and its neighbours', function () { expand(i, false); }));
      card.appendChild(button('add its neighbours', function () { expand(i, true); }));
      $('evidence').innerHTML = '';
    }
    recompute();
  }

  function selectEdge(i) {
    var e = edges[i];
    if (e.relation === 'PARTICIPATED_IN') return select(e.t);  // a participant's link: its meeting
    state.selectedEdge = i;
    state.selectedNode = -1;
    var card = $('card');
    card.innerHTML = '';
    var h = el('h2', nodes[e.s].label + (e.directed ? ' \u2192 ' : ' \u2014 ') + nodes[e.t].label + ' ');
    h.appendChild(typeTag(e.relation));
    card.appendChild(h);
    card.appendChild(facts([['relation', e.label], ['count', e.count], ['dates', e.dates], ['places', e.places],
      ['modes', e.modes], ['titles', e.titles], ['amounts', e.amounts]]));
    card.appendChild(el('h3', 'Documents'));
    card.appendChild(documentList(e.documents));
    showEvidence('Evidence', e.evidence);
    recompute();
  }

  // ---- controls ------------------------------------------------------------------
  function checkboxes(box, keys, swatchClass, onChange) {
    keys.forEach(function (key) {
      var label = el('label'), input = el('input'), mark = el('span', null, swatchClass);
      input.type = 'checkbox';
      input.checked = true;
      input.value = key;
      input.addEventListener('change', function () { onChange(key, input.checked); });
      mark.style.background = colour(key);
      label.appendChild(input);
      label.appendChild(mark);
      label.appendChild(document.createTextNode(key));
      box.appendChild(label);
    });
  }
  checkboxes($('types'), present.types, 'swatch', function (t, on) { state.types[t] = on; recompute(); });
  checkboxes($('relations'), present.relations, 'line', function (r, on) { state.relations[r] = on; recompute(); });

  var fromInput = $('date-from'), toInput = $('date-to');
  fromInput.max = toInput.max = String(Math.max(allDates.length - 1, 0));
  toInput.value = String(state.to);
  function datesChanged(moved) {
    var a = +fromInput.value, b = +toInput.value;
    if (a > b) { if (moved === fromInput) toInput.value = String(a); else fromInput.value = String(b); }
    state.from = +fromInput.value;
    state.to = +toInput.value;
    recompute();
  }
  fromInput.addEventListener('input', function () { datesChanged(fromInput); });
  toInput.addEventListener('input', function () { datesChanged(toInput); });

  var meetingsBox = $('meetings');
  meetingsBox.checked = state.meetingsAsNodes;
  meetingsBox.disabled = !nodes.some(function (n) { return n.type === 'MEETING'; });
  meetingsBox.addEventListener('change', function () { state.meetingsAsNodes = meetingsBox.checked; recompute(); });
  $('show-all').addEventListener('click', function () { state.focus = null; recompute(); fit(visibleNodes); });

  var searchBox = $('search'), matchList = $('matches');
  function showMatches() {
    state.matches = search(searchBox.value);
    matchList.innerHTML = '';
    state.matches.slice(0, 20).forEach(function (m, pos) {
      var n = nodes[m.index], li = el('li', n.label + ' ');
      if (pos === 0) li.className = 'active';
      li.setAttribute('data-index', m.index);
      li.appendChild(el('small', n.type + (n.aliases.length ? ' \u00b7 ' + n.aliases.slice(0, 3).join(', ') : '')));
      li.addEventListener('click', function () { goTo(m.index); });
      matchList.appendChild(li);
    });
    redraw();
  }
  function goTo(i) {
    matchList.innerHTML = '';
    if (!entityShown(i)) {
      state.focus = null;
      state.types[nodes[i].type] = true;
      Array.prototype.forEach.call($('types').querySelectorAll('input'), function (input) {
        if (input.value === nodes[i].type) input.checked = true;
      });
    }
    select(i);
    centreOn(nodes[i].x, nodes[i].y, Math.max(zoom.scale(), 1.5));
  }
  searchBox.addEventListener('input', showMatches);
  searchBox.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter' && state.matches.length) goTo(state.matches[0].index);
    if (ev.key === 'Escape') { searchBox.value = ''; showMatches(); }
  });

  window.addEventListener('resize', function () {
    resize();
    if (moved) redraw();
    else fit(overview());
  });

  // ---- start -----------------------------------------------------------------------
  // The view to start from: the entities with relations (those without are in rows
  // under them, a pan or a zoom away), or everything when none has any.
  function overview() {
    var linked = visibleNodes.filter(function (i) { return degree[i] > 0; });
    return linked.length ? linked : visibleNodes;
  }
  resize();
  recompute();
  fit(overview());
  draw();  // the first frame now, not at the next animation frame
  var firstRender = performance.now();
  document.body.setAttribute('data-first-render-ms', firstRender.toFixed(0));

  // ---- #selftest -------------------------------------------------------------------
  // Drives the page through its own controls and events. Parameters in the fragment:
  // name (typed into the search; repeated for several searches), expect (the node id
  // each must find first, in the same order), from and to
  // (a date range) with edges (the edges then shown with MET edges) and edges_meetings
  // (with meeting nodes), as many as kg export --from --to gives; neighbours (how many
  // the last node found has); edges_without_person and edges_without_met (the edges
  // left when PERSON or MET is unticked).
  function selftest(params) {
    var log = [], failed = false;
    function check(ok, what) { log.push((ok ? 'ok   ' : 'FAIL ') + what); if (!ok) failed = true; return ok; }
    function fire(target, type) { target.dispatchEvent(new Event(type, { bubbles: true })); }
    function clickAt(x, y) {
      var box = canvas.getBoundingClientRect();
      canvas.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: box.left + x, clientY: box.top + y }));
    }
    function count() { return +$('counts').getAttribute('data-edges'); }
    function evidenceText() { return $('evidence').textContent; }
    function setMeetings(on) { if (meetingsBox.checked !== on) meetingsBox.click(); }
    // A point of edge i on screen that no other shown edge or node is near.
    function clearPointOfEdge(i) {
      var e = edges[i], a = nodes[e.s], b = nodes[e.t];
      centreOn((a.x + b.x) / 2, (a.y + b.y) / 2, Math.min(Math.max(200 / Math.max(Math.hypot(b.x - a.x, b.y - a.y), 1), 0.05), 40));
      var k = zoom.scale();
      for (var f = 0.3; f <= 0.71; f += 0.1) {
        var gx = a.x + f * (b.x - a.x), gy = a.y + f * (b.y - a.y), clear = true;
        visibleNodes.forEach(function (j) {
          if (Math.hypot(nodes[j].x - gx, nodes[j].y - gy) * k < 16) clear = false;
        });
        visibleEdges.forEach(function (j) {
          if (j !== i && segmentDistance(gx, gy, nodes[edges[j].s], nodes[edges[j].t]) * k < 8) clear = false;
        });
        if (clear) return toScreen(gx, gy);
      }
      return null;
    }

    // Searches: each name typed, the first match must be the expected node, and
    // Enter opens its card.
    var names = params.getAll('name'), expects = params.getAll('expect');
    names.forEach(function (name, q) {
      searchBox.value = name;
      fire(searchBox, 'input');
      var first = matchList.firstChild;
      if (!check(!!first, 'search "' + name + '" lists matches (' + state.matches.length + ')')) return;
      var found = nodes[+first.getAttribute('data-index')];
      check(!expects[q] || found.id === expects[q],
        'search "' + name + '" finds ' + found.id + ' first' + (expects[q] ? ', expected ' + expects[q] : ''));
      searchBox.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      check($('card').textContent.indexOf(found.label) >= 0, 'Enter opens the card of ' + found.label);
    });
    check(names.length > 0, names.length + ' searches');

    // Expanding: the last card found, alone with its neighbours, then everything again.
    var allNodes = +$('counts').getAttribute('data-nodes');
    var only = Array.prototype.filter.call($('card').querySelectorAll('button'), function (b) {
      return b.textContent.indexOf('only this') === 0;
    })[0];
    if (params.get('neighbours') && check(!!only, 'the card offers its neighbours')) {
      only.click();
      var shownNodes = +$('counts').getAttribute('data-nodes');
      check(shownNodes === +params.get('neighbours') + 1, 'only it and its neighbours: ' + shownNodes +
        ' nodes shown, expected 1 + ' + params.get('neighbours'));
      $('show-all').click();
      check(+$('counts').getAttribute('data-nodes') === allNodes, 'show all shows all ' + allNodes + ' nodes again');
    }

    // Type and relation filters, through their checkboxes.
    function toggle(box, value) {
      Array.prototype.forEach.call($(box).querySelectorAll('input'), function (input) {
        if (input.value === value) input.click();
      });
    }
    [['types', 'PERSON', 'edges_without_person'], ['relations', 'MET', 'edges_without_met']].forEach(function (f) {
      if (!params.get(f[2])) return;
      var before = count();
      toggle(f[0], f[1]);
      check(count() === +params.get(f[2]), 'without ' + f[1] + ': ' + count() + ' edges shown, expected ' + params.get(f[2]));
      toggle(f[0], f[1]);
      check(count() === before, 'with ' + f[1] + ' again: ' + before + ' edges');
    });

    // A MET edge clicked shows its evidence sentence.
    setMeetings(false);
    var total = count(), clicked = false;
    for (var v = 0; v < visibleEdges.length && !clicked; v++) {
      var i = visibleEdges[v], e = edges[i];
      if (e.relation !== 'MET' || !e.evidence.some(function (x) { return x.sentence >= 0; })) continue;
      var p = clearPointOfEdge(i);
      if (!p) continue;
      clickAt(p[0], p[1]);
      clicked = true;
      var want = e.evidence.filter(function (x) { return x.sentence >= 0; }).map(function (x) { return sentences[x.sentence]; });
      check(state.selectedEdge === i, 'click at (' + p[0].toFixed(0) + ',' + p[1].toFixed(0) + ') selects MET edge ' +
        nodes[e.s].label + ' -- ' + nodes[e.t].label);
      check(want.every(function (s) { return evidenceText().indexOf(s) >= 0; }), 'evidence panel shows: ' + want[0]);
      log.push('evidence ' + e.evidence[0].doc + ': ' + want[0]);
    }
    check(clicked, 'a MET edge with evidence could be clicked');

    // The date range.
    if (params.get('from')) {
      var lo = allDates.findIndex(function (d) { return d >= params.get('from'); });
      var hi = -1;
      allDates.forEach(function (d, j) { if (d <= params.get('to')) hi = j; });
      toInput.value = String(hi);
      fire(toInput, 'input');
      fromInput.value = String(lo);
      fire(fromInput, 'input');
      var shown = count();
      check(shown === +params.get('edges'), 'dates ' + allDates[lo] + '..' + allDates[hi] + ': ' + shown +
        ' of ' + total + ' edges shown, expected ' + params.get('edges'));
      check(shown !== total, 'the date range changes the edges shown');
    }

    // Meetings as nodes, then a meeting clicked shows its evidence.
    setMeetings(true);
    if (params.get('edges_meetings'))
      check(count() === +params.get('edges_meetings'), 'meetings as nodes: ' + count() + ' edges shown, expected ' +
        params.get('edges_meetings'));
    var meeting = visibleNodes.filter(function (j) { return nodes[j].type === 'MEETING'; })[0];
    if (check(meeting !== undefined, 'meeting nodes are shown (' + $('counts').getAttribute('data-meetings') + ')')) {
      centreOn(nodes[meeting].x, nodes[meeting].y, 8);
      clickAt(width / 2, height / 2);
      var m = nodes[meeting], ms = m.evidence.filter(function (x) { return x.sentence >= 0; });
      check(state.selectedNode === meeting, 'click selects ' + m.label);
      check(ms.length > 0 && evidenceText().indexOf(sentences[ms[0].sentence]) >= 0,
        'evidence panel shows the meeting\'s sentence');
    }
    setMeetings(false);
    fromInput.value = '0';
    fire(fromInput, 'input');
    toInput.value = toInput.max;
    fire(toInput, 'input');
    check(count() === total, 'the whole date range shows all ' + total + ' edges again');
    fit(visibleNodes);
    draw();
    check(errors.length === 0, 'no errors');
    var out = $('selftest');
    out.hidden = false;
    out.textContent = (failed ? 'FAIL' : 'PASS') + '\n' + log.join('\n') + '\n';
  }

  function report() {
    if (!errors.length) return;
    var e = $('errors');
    e.hidden = false;
    e.textContent = errors.join('\n');
  }
  // #node=ID or #edge=ID (export ids) opens that card, as a link into the page.
  (function () {
    var params = new URLSearchParams(location.hash.slice(1));
    var node = params.get('node'), edge = params.get('edge');
    nodes.forEach(function (n, i) { if (node && n.id === node) goTo(i); });
    edges.forEach(function (e, i) { if (edge && e.id === edge) selectEdge(i); });
  })();
  if (location.hash.lastIndexOf('#selftest', 0) === 0) {
    try {
      selftest(new URLSearchParams(location.hash.slice(1)));
    } catch (err) {
      errors.push('selftest: ' + err + (err.stack ? '\n' + err.stack : ''));
      $('selftest').hidden = false;
      $('selftest').textContent = 'FAIL\nselftest threw ' + err + '\n';
    }
  }
  report();
  window.addEventListener('error', report);
})();
