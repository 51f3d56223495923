// Dossier search, on search.html. The index ships as shards, scripts that call window.DOSSIER_SEARCH_SHARD,
// because a page opened from file:// may load scripts but may not fetch files. The page loads shard 0 (the
// kinds, the number of shards, and names: actors, places, outlets, events); the shards with quotes, claims,
// articles and the names' longer texts are loaded by this script the first time someone searches, after the
// names have answered. Results build with DOM calls only (textContent, createElement), never from markup.
//
// Ranking, in order: names (and aliases) of actors, places, outlets and events that are the query, then those
// whose words the query's words begin (the more of the name the query covers, the higher); then everything by
// relevance: each query word scores by the best field it begins a word of (title 8, aliases 4, detail 2, text 1;
// three quarters for a word it only begins), plus a bonus where the words stand together as typed. Every word
// must match somewhere. Ties go to the shorter title, then the kinds' order, then title and address, so the
// order never depends on the browser. Case, accents, curly or straight quotes and dashes do not matter.
(function () {
  "use strict";
  var LIMIT = 50;                       // results shown per kind
  var SNIPPET_BEFORE = 8, SNIPPET_AFTER = 24;   // words of context around a match in a longer text
  var WEIGHTS = [8, 4, 2, 1];           // title, aliases, detail, text
  var PREFIX = 0.75;                    // a word the query word only begins counts this much of a whole word
  // A text in pieces, words and what stands between them. A word is letters, digits and marks, with the
  // apostrophes inside it ("Iran's", "Asa’ib") kept as part of it.
  var PIECE = /[\p{L}\p{N}\p{M}]+(?:['\u2019\u02bc][\p{L}\p{N}\p{M}]+)*|[^\p{L}\p{N}\p{M}]+/gu;
  var IS_WORD = /^[\p{L}\p{N}\p{M}]/u;
  // Letters that carry no separable accent.
  var LETTERS = { "\u0131": "i", "\u00f8": "o", "\u0142": "l", "\u0111": "d", "\u00f0": "d", "\u00fe": "th", "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe" };

  var index = { kinds: null, shards: 0, names: 0, entries: [], arrived: 0, missing: 0, wanted: false, requested: false, base: null };
  var ui = null;

  // Each shard calls this as it loads: shard 0 before the page is ready, the others whenever they arrive.
  window.DOSSIER_SEARCH_SHARD = function (n, part) {
    if (n === 0) {
      index.kinds = part.kinds;
      index.shards = part.shards;
      index.names = part.names;
      index.base = document.currentScript.src;
      for (var s = 1; s < index.names; s++) load(s);
    }
    part.entries.forEach(function (row, i) {
      index.entries[part.first + i] = {
        kind: row[0], url: index.kinds[row[0]][3].replace("*", row[1]), title: row[2], detail: row[3] || "",
        text: row[4] || "", aliases: row[5] || [], isName: n < index.names, folded: null
      };
    });
    (part.texts || []).forEach(function (pair) {
      var entry = index.entries[pair[0]];
      entry.text = pair[1];
      entry.folded = null;
    });
    landed();
  };

  function load(n) {
    var script = document.createElement("script");
    script.src = new URL(n + ".js", index.base).href;
    script.onerror = function () { index.missing++; landed(); };
    document.head.appendChild(script);
  }

  // A shard has loaded or failed to: search again once the names are all in, and once everything is.
  function landed() {
    index.arrived++;
    if (index.wanted) loadTexts();
    if (ui && (index.arrived === index.names || index.arrived === index.shards)) ui.update();
  }

  // The longer texts are wanted from the first search on; they load once every name has arrived, since
  // their texts point back at names.
  function loadTexts() {
    index.wanted = true;
    if (index.requested || index.arrived < index.names) return;
    index.requested = true;
    for (var n = index.names; n < index.shards; n++) load(n);
  }

  function complete() { return index.arrived === index.shards; }

  // Lower case, accents off, apostrophes inside words dropped ("Asa’ib" is "asaib").
  function foldWord(word) {
    var folded = word.toLowerCase();
    if (/[^\x00-\x7f]/.test(folded)) {
      folded = folded.normalize("NFD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
        .replace(/[\u0131\u00f8\u0142\u0111\u00f0\u00fe\u00df\u00e6\u0153]/g, function (c) { return LETTERS[c]; });
    }
    return folded.replace(/['\u2019\u02bc]/g, "");
  }

  // The words of a text, folded, each after one space: " qassem soleimani". A word "begins with" a query
  // word w where the text holds " " + w. The same words as PIECE finds, each through foldWord (dropping every
  // apostrophe joins only the words PIECE joins), done on the whole text at once because the first search
  // folds every text in the index; texts whose only non-ASCII characters are punctuation (curly quotes,
  // dashes, "·") take the quicker way.
  function fold(text) {
    if (!text) return "";
    var folded = text.toLowerCase().replace(/['\u2019\u02bc]/g, "");
    folded = /[^\x00-\x7f\u00a0\u00b7\u2000-\u206f]/.test(folded)
      ? foldWord(folded).replace(/[^\p{L}\p{N}\p{M}]+/gu, " ")
      : folded.replace(/[^a-z0-9]+/g, " ");
    folded = folded.trim();
    return folded ? " " + folded : "";
  }

  function folded(entry) {
    if (!entry.folded) {
      var aliases = entry.aliases.map(fold);
      entry.folded = {
        fields: [fold(entry.title), aliases.join(""), fold(entry.detail), fold(entry.text)],
        names: entry.isName ? [fold(entry.title)].concat(aliases) : []
      };
    }
    return entry.folded;
  }

  // 2: field has the word whole; 1: a word of it begins with it; 0: neither.
  function wordIn(field, spaced) {
    var found = 0;
    for (var at = field.indexOf(spaced); at >= 0; at = field.indexOf(spaced, at + 1)) {
      var end = at + spaced.length;
      if (end === field.length || field.charCodeAt(end) === 32) return 2;
      found = 1;
    }
    return found;
  }

  function rank(entry, query) {
    var f = folded(entry), relevance = 0;
    for (var i = 0; i < query.spaced.length; i++) {
      var best = 0;
      for (var j = 0; j < 4 && !best; j++) {
        var hit = wordIn(f.fields[j], query.spaced[i]);
        if (hit) best = WEIGHTS[j] * (hit === 2 ? 1 : PREFIX);
      }
      if (!best) return null;
      relevance += best;
    }
    if (query.spaced.length > 1) {
      for (var k = 0; k < 4; k++) {
        if (f.fields[k].indexOf(query.phrase) >= 0) { relevance += WEIGHTS[k]; break; }
      }
    }
    // Names: 2 where the query is a name or an alias; 1 where it begins words of one.
    var tier = 0, closeness = 0;
    for (var n = 0; n < f.names.length && tier < 2; n++) {
      var name = f.names[n];
      if (name === query.phrase) { tier = 2; closeness = 1; }
      else if (query.spaced.every(function (w) { return name.indexOf(w) >= 0; })) {
        tier = 1;
        closeness = Math.max(closeness, query.phrase.length / name.length);
      }
    }
    return { entry: entry, tier: tier, closeness: closeness, relevance: relevance };
  }

  function order(a, b) {
    return b.tier - a.tier || b.closeness - a.closeness || b.relevance - a.relevance ||
      a.entry.title.length - b.entry.title.length || a.entry.kind - b.entry.kind ||
      compare(a.entry.title, b.entry.title) || compare(a.entry.url, b.entry.url);
  }

  function compare(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function parse(text) {
    var words = fold(text).split(" ").filter(Boolean);
    words = words.filter(function (w, i) { return words.indexOf(w) === i; });
    return { words: words, spaced: words.map(function (w) { return " " + w; }), phrase: " " + words.join(" ") };
  }

  // Every match, best first: the names the query names or begins, then the rest in groups by kind, each group
  // where its best match stands.
  function search(text) {
    var query = parse(text), hits = [];
    if (query.words.length === 0) return { query: query, groups: [], total: 0 };
    index.entries.forEach(function (entry) {
      var hit = rank(entry, query);
      if (hit) hits.push(hit);
    });
    hits.sort(order);
    var names = { heading: "Names", hits: [] }, groups = [names], byKind = {};
    hits.forEach(function (hit) {
      var group = hit.tier > 0 ? names : byKind[hit.entry.kind];
      if (!group) groups.push(group = byKind[hit.entry.kind] = { heading: index.kinds[hit.entry.kind][1], hits: [] });
      group.hits.push(hit);
    });
    return { query: query, groups: groups.filter(function (g) { return g.hits.length > 0; }), total: hits.length };
  }

  function begins(word, query) {
    var w = foldWord(word);
    return query.words.some(function (q) { return w.indexOf(q) === 0; });
  }

  // Appends text to node, each word that a query word begins wrapped in <mark>.
  function highlight(node, text, query) {
    (text.match(PIECE) || []).forEach(function (piece) { append(node, piece, query); });
  }

  function append(node, piece, query) {
    if (IS_WORD.test(piece) && begins(piece, query)) {
      var mark = document.createElement("mark");
      mark.textContent = piece;
      node.appendChild(mark);
    } else {
      node.appendChild(document.createTextNode(piece));
    }
  }

  // The part of a longer text around its first match, with the matched words marked; null where none matches.
  function snippet(text, query) {
    var pieces = text.match(PIECE) || [];
    var words = [];
    pieces.forEach(function (piece, i) { if (IS_WORD.test(piece)) words.push(i); });
    var first = -1;
    for (var w = 0; w < words.length && first < 0; w++) if (begins(pieces[words[w]], query)) first = w;
    if (first < 0) return null;
    var from = first <= SNIPPET_BEFORE ? 0 : words[first - SNIPPET_BEFORE];
    var to = first + SNIPPET_AFTER >= words.length ? pieces.length : words[first + SNIPPET_AFTER];
    var p = document.createElement("p");
    p.className = "search-snippet";
    if (from > 0) p.appendChild(document.createTextNode("… "));
    pieces.slice(from, to).forEach(function (piece) { append(p, piece, query); });
    if (to < pieces.length) p.appendChild(document.createTextNode(" …"));
    return p;
  }

  // What to show under a result whose title lacks a word of the query: the aliases, where one matched,
  // else the text around the first match.
  function context(entry, query) {
    var title = fold(entry.title);
    if (query.spaced.every(function (w) { return title.indexOf(w) >= 0; })) return null;
    if (entry.aliases.length > 0 && query.spaced.some(function (w) { return fold(entry.aliases.join(" ")).indexOf(w) >= 0; })) {
      var p = document.createElement("p");
      p.className = "search-snippet";
      p.appendChild(document.createTextNode("Also: "));
      highlight(p, entry.aliases.join(", "), query);
      return p;
    }
    return entry.text ? snippet(entry.text, query) : null;
  }

  function item(hit, query) {
    var entry = hit.entry, kind = index.kinds[entry.kind];
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = entry.url;
    highlight(a, entry.title, query);
    li.appendChild(a);
    var meta = document.createElement("span");
    meta.className = "meta";
    var label = document.createElement("span");
    label.className = "search-kind";
    label.textContent = kind[2];
    meta.appendChild(label);
    if (entry.detail) {
      meta.appendChild(document.createTextNode(" · "));
      highlight(meta, entry.detail, query);
    }
    li.appendChild(document.createTextNode(" "));
    li.appendChild(meta);
    var more = context(entry, query);
    if (more) li.appendChild(more);
    return li;
  }

  function render(results, container, status) {
    container.textContent = "";
    if (results.query.words.length === 0) {
      status.textContent = "Type a name, a word of a quote, an outlet or an event.";
      return;
    }
    var count = results.total === 1 ? "1 result" : results.total + " results";
    status.textContent = complete() ? (results.total === 0 ? "No results." : count + ".")
      : (results.total === 0 ? "No names match; searching quotes, claims and articles…" : count + " so far; searching quotes, claims and articles…");
    if (index.missing > 0) status.textContent += " Part of the search index could not be loaded, so some results may be missing.";
    results.groups.forEach(function (group) {
      var section = document.createElement("section");
      section.className = "search-group";
      var heading = document.createElement("h2");
      heading.textContent = group.heading + " (" + group.hits.length + ")";
      section.appendChild(heading);
      var list = document.createElement("ol");
      list.className = "search-results";
      group.hits.slice(0, LIMIT).forEach(function (hit) { list.appendChild(item(hit, results.query)); });
      section.appendChild(list);
      if (group.hits.length > LIMIT) {
        var note = document.createElement("p");
        note.className = "meta";
        note.textContent = "The first " + LIMIT + " of " + group.hits.length + " are shown; add a word to narrow the search.";
        section.appendChild(note);
      }
      container.appendChild(section);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    // Both boxes on the page search: the page's own and the one in the site's header.
    var inputs = [document.getElementById("search-input"), document.getElementById("site-search-input")].filter(Boolean);
    if (!container || !status || inputs.length === 0) return;
    if (!index.kinds) {
      status.textContent = "The search index could not be loaded.";
      return;
    }
    document.getElementById("search-noscript-note").hidden = true;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    inputs.forEach(function (input) { input.value = query; });

    ui = {
      update: function () {
        if (query.trim()) loadTexts();
        render(search(query), container, status);
      }
    };

    function typed(source) {
      query = source.value;
      inputs.forEach(function (input) { if (input !== source && input.value !== query) input.value = query; });
      // The address keeps the query, so that a result's Back button and a shared link return to it.
      var address = window.location.pathname + (query ? "?q=" + encodeURIComponent(query) : "") + window.location.hash;
      try { window.history.replaceState(null, "", address); } catch (e) { /* some browsers refuse for file:// */ }
      ui.update();
    }

    inputs.forEach(function (input) {
      input.addEventListener("input", function () { typed(input); });
      input.form.addEventListener("submit", function (event) {
        event.preventDefault();
        typed(input);
      });
    });
    ui.update();
    inputs[0].focus();
  });
})();
