// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";
  // On a phone the filter panel starts folded, a chosen filter too (its chip shows it), so the first hit
  // is near the top; on wider screens it stays open beside the results.
  var toggle = document.querySelector(".facets-toggle");
  if (toggle && window.matchMedia("(max-width: 48rem)").matches) {
    toggle.removeAttribute("open");
  }
  // Suggest speakers, bodies and topics while typing (the plain form works without this).
  var box = document.getElementById("q");
  var list = document.getElementById("q-suggestions");
  var timer = null;
  if (box && list && window.fetch) {
    box.addEventListener("input", function () {
      clearTimeout(timer);
      var words = box.value.split(/\s+/);
      var last = words[words.length - 1];
      if (last.length < 2) return;
      timer = setTimeout(function () {
        fetch("/api/complete?q=" + encodeURIComponent(last)).then(function (r) { return r.json(); }).then(function (items) {
          list.textContent = "";
          items.forEach(function (item) {
            var opt = document.createElement("option");
            opt.value = words.slice(0, -1).concat(['"' + item + '"']).join(" ");
            list.appendChild(opt);
          });
        }).catch(function () {});
      }, 150);
    });
  }
  // Press "/" to jump to the search box.
  document.addEventListener("keydown", function (e) {
    var q = document.getElementById("q");
    if (e.key === "/" && q && document.activeElement !== q && !/input|textarea/i.test(document.activeElement.tagName)) {
      e.preventDefault();
      q.focus();
      q.select();
    }
  });
})();
