// Chronique — un peu de JavaScript sans dépendance : infobulles des surlignages et liens des entités.
(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.id = "tip";
  tip.setAttribute("role", "tooltip");
  document.body.appendChild(tip);

  // Innermost highlighted span under the pointer, plus the quotation around it if any.
  function tipText(el) {
    var lines = [];
    for (var n = el; n && n !== document.body; n = n.parentElement) {
      if (n.dataset && n.dataset.tip && lines.indexOf(n.dataset.tip) < 0) lines.push(n.dataset.tip);
    }
    return lines.join("\n");
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
    if (!el) { tip.style.display = "none"; return; }
    tip.textContent = tipText(el);  // textContent: never parsed as HTML
    tip.style.display = "block";
  });
  document.addEventListener("mousemove", function (ev) {
    if (tip.style.display === "block") {
      tip.style.left = Math.min(ev.clientX + 12, window.innerWidth - tip.offsetWidth - 8) + "px";
      tip.style.top = (ev.clientY + 16) + "px";
    }
  });
  // Entity mentions carry data-href (links cannot nest inside quotation spans safely).
  document.addEventListener("click", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-href]") : null;
    if (el && el.dataset.href.charAt(0) === "/") window.location.href = el.dataset.href;
  });
  // Layer toggles of the article page: each checkbox shows or hides one layer; "seul" keeps only it.
  var layers = document.getElementById("layers");
  var text = document.querySelector(".article-text");
  if (layers && text) {
    var boxes = layers.querySelectorAll("input[data-layer]");
    var apply = function () {
      boxes.forEach(function (b) { text.classList.toggle("off-" + b.dataset.layer, !b.checked); });
    };
    layers.addEventListener("change", apply);
    layers.addEventListener("click", function (ev) {
      var only = ev.target.closest ? ev.target.closest("[data-only]") : null;
      if (!only) return;
      boxes.forEach(function (b) { b.checked = !only.dataset.only || b.dataset.layer === only.dataset.only; });
      apply();
    });
  }
})();
