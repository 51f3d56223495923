// Dossier search: runs over window.DOSSIER_SEARCH (search-index.js), so it works from file:// with no fetch.
// Matching folds case and diacritics and treats each query word as a prefix of a word in the entry.
(function () {
  "use strict";
  var LIMIT = 50;

  function fold(text) {
    return (text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019\u201b\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, "\"")
      .toLowerCase();
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function matches(entryWords, queryWords) {
    return queryWords.every(function (q) {
      return entryWords.some(function (w) { return w.indexOf(q) === 0; });
    });
  }

  // Appends text to a node with every word that starts with a query word wrapped in <mark>.
  function highlight(node, text, queryWords) {
    var pattern = /[\p{L}\p{N}]+|[^\p{L}\p{N}]+/gu;
    var part;
    while ((part = pattern.exec(text)) !== null) {
      var piece = part[0];
      var folded = fold(piece);
      var hit = queryWords.some(function (q) { return folded.indexOf(q) === 0; });
      if (hit) {
        var mark = document.createElement("mark");
        mark.textContent = piece;
        node.appendChild(mark);
      } else {
        node.appendChild(document.createTextNode(piece));
      }
    }
  }

  function search(index, query) {
    var queryWords = words(query);
    var groups = {};
    if (queryWords.length === 0) return { words: queryWords, groups: groups, total: 0 };
    var total = 0;
    index.forEach(function (entry) {
      if (!entry._words) entry._words = words(entry.t + " " + (entry.d || "") + " " + (entry.x || ""));
      if (matches(entry._words, queryWords)) {
        (groups[entry.k] = groups[entry.k] || []).push(entry);
        total++;
      }
    });
    return { words: queryWords, groups: groups, total: total };
  }

  // kinds: [name, title] of every kind, in the site's order; the index lists them with its entries.
  function render(kinds, results, container, status) {
    container.textContent = "";
    if (results.words.length === 0) {
      status.textContent = "Type a name, a word of a quote, an outlet or an event.";
      return;
    }
    status.textContent = results.total === 0 ? "No results." : results.total + (results.total === 1 ? " result." : " results.");
    kinds.forEach(function (kind) {
      var list = results.groups[kind[0]];
      if (!list) return;
      var section = document.createElement("section");
      section.className = "search-group";
      var heading = document.createElement("h2");
      heading.textContent = kind[1] + " (" + list.length + ")";
      section.appendChild(heading);
      var ul = document.createElement("ul");
      list.slice(0, LIMIT).forEach(function (entry) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = entry.u;
        highlight(a, entry.t, results.words);
        li.appendChild(a);
        if (entry.d) {
          var detail = document.createElement("span");
          detail.className = "meta";
          detail.appendChild(document.createTextNode(" — "));
          highlight(detail, entry.d, results.words);
          li.appendChild(detail);
        }
        ul.appendChild(li);
      });
      section.appendChild(ul);
      container.appendChild(section);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("search-input");
    var container = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var data = window.DOSSIER_SEARCH;
    if (!input || !container || !status || !data) return;
    var index = data.entries;
    document.getElementById("search-noscript-note").hidden = true;
    var params = new URLSearchParams(window.location.search);
    input.value = params.get("q") || "";
    var update = function () { render(data.kinds, search(index, input.value), container, status); };
    input.addEventListener("input", update);
    document.getElementById("search-form").addEventListener("submit", function (event) {
      event.preventDefault();
      update();
    });
    update();
    input.focus();
  });
})();
