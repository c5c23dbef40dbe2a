// Rasd reader: hovering or clicking an item of the side panel lights up exactly its words in the
// text (an event: its trigger and its actors and place in that sentence; a quote: its words, cue
// and speaker), and clicking marked words lights up their items and scrolls the side panel to
// the first of them. Plain DOM, no framework, no network. The pages work without it.
(function () {
  "use strict";
  function refsOf(el) {
    return (el.getAttribute("data-ref") || "").split(" ").filter(Boolean);
  }
  function clear(root) {
    root.querySelectorAll(".hl").forEach(function (n) { n.classList.remove("hl"); });
  }
  function light(root, refs) {
    var first = null;
    root.querySelectorAll("#doc-text [data-refs]").forEach(function (n) {
      var mine = n.getAttribute("data-refs").split(" ");
      for (var i = 0; i < refs.length; i++) {
        if (mine.indexOf(refs[i]) >= 0) { n.classList.add("hl"); if (!first) { first = n; } break; }
      }
    });
    return first;
  }
  // Scroll the side panel (its own scroll box) so that ``item`` is in view, without moving the page.
  function showInPanel(panel, item) {
    if (!panel || !item) { return; }
    var top = item.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    if (top < panel.scrollTop || top + item.offsetHeight > panel.scrollTop + panel.clientHeight) {
      panel.scrollTop = Math.max(0, top - panel.clientHeight / 3);
    }
  }
  function init() {
    var root = document.getElementById("reader");
    if (!root) { return; }
    var panel = root.querySelector(".panel");
    var pinned = null;
    root.querySelectorAll(".panel .item").forEach(function (item) {
      item.addEventListener("mouseenter", function () {
        if (pinned) { return; }
        clear(root); item.classList.add("hl"); light(root, refsOf(item));
      });
      item.addEventListener("mouseleave", function () { if (!pinned) { clear(root); } });
      item.addEventListener("click", function (ev) {
        if (ev.target.closest("a")) { return; }
        clear(root);
        if (pinned === item) { pinned = null; return; }
        pinned = item; item.classList.add("hl");
        var first = light(root, refsOf(item));
        if (first && first.scrollIntoView) { first.scrollIntoView({block: "center"}); }
      });
      item.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { item.click(); } });
    });
    root.querySelectorAll("#doc-text [data-refs]").forEach(function (n) {
      n.addEventListener("click", function () {
        var refs = n.getAttribute("data-refs").split(" ").filter(function (r) { return r.indexOf("bp:") !== 0; });
        clear(root); pinned = null;
        if (!refs.length) { return; }
        light(root, refs);
        // Scroll the panel to the item the click most likely meant: an event or a quote over
        // the entity whose name it contains.
        var order = ["ev:", "quote:", "date:", "mt:", "ent:"], best = null, bestRank = 99;
        root.querySelectorAll(".panel .item").forEach(function (item) {
          var ref = item.getAttribute("data-ref");
          if (refs.indexOf(ref) >= 0) {
            item.classList.add("hl"); pinned = item;
            var rank = order.findIndex(function (p) { return ref.indexOf(p) === 0; });
            if (rank < 0) { rank = 98; }
            if (rank < bestRank) { best = item; bestRank = rank; }
          }
        });
        showInPanel(panel, best);
      });
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", init); } else { init(); }
})();
