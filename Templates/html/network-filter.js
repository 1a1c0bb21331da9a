/* Operator network: a progressive filter. Without JavaScript the country links jump to each
 * country's section; with it, choosing a country or a type hides the other operators. */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.querySelector(".js-filter");
    var select = document.getElementById("type-filter");
    var showAll = document.getElementById("show-all");
    var status = document.getElementById("filter-status");
    if (!panel || !select || !showAll) return;
    panel.hidden = false;
    var country = "";
    function apply() {
      var shown = 0;
      var sections = document.querySelectorAll("section.country");
      for (var i = 0; i < sections.length; i++) {
        var section = sections[i];
        var countryMatches = !country || section.getAttribute("data-country") === country;
        var visible = 0;
        var cards = section.querySelectorAll(".operator");
        for (var j = 0; j < cards.length; j++) {
          var match = countryMatches && (!select.value || cards[j].getAttribute("data-type") === select.value);
          cards[j].hidden = !match;
          if (match) visible++;
        }
        section.hidden = visible === 0;
        shown += visible;
      }
      if (status) status.textContent = String(shown);
    }
    var links = document.querySelectorAll(".filter a[data-country]");
    for (var k = 0; k < links.length; k++) {
      links[k].addEventListener("click", function () {
        country = this.getAttribute("data-country");
        apply();
      });
    }
    select.addEventListener("change", apply);
    showAll.addEventListener("click", function () { country = ""; select.value = ""; apply(); });
    if (location.hash.indexOf("#country-") === 0) {
      country = location.hash.substring(9).toUpperCase();
      apply();
    }
  });
})();
