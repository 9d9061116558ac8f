// Progressive enhancement only: every feature works without this file.
(function () {
  "use strict";
  // On a phone the filter panel starts folded; on wider screens it stays open.
  var toggle = document.querySelector(".facets-toggle");
  if (toggle && window.matchMedia("(max-width: 48rem)").matches) {
    var anySelected = toggle.querySelector("a.selected");
    if (!anySelected) toggle.removeAttribute("open");
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
