// Clicking a highlight selects the facts it belongs to and scrolls to their cards; clicking a card
// selects its highlights. Clicking a correction line selects it for copying. No server, no library.
(function () {
  function clear() {
    document.querySelectorAll(".selected").forEach(function (el) { el.classList.remove("selected"); });
  }
  function select(ids) {
    clear();
    ids.forEach(function (id) {
      var card = document.getElementById("f-" + id);
      if (card) { card.classList.add("selected"); }
      document.querySelectorAll("mark[data-facts~='" + id + "']").forEach(function (m) { m.classList.add("selected"); });
    });
    var first = document.getElementById("f-" + ids[0]);
    if (first) { first.scrollIntoView({block: "nearest"}); }
  }
  document.querySelectorAll("mark[data-facts]").forEach(function (mark) {
    mark.addEventListener("click", function () { select(mark.dataset.facts.split(" ")); });
  });
  document.querySelectorAll("section.fact").forEach(function (card) {
    card.addEventListener("click", function (event) {
      if (event.target.tagName === "INPUT") { return; }
      select([card.dataset.fact]);
      var mark = document.querySelector("mark[data-facts~='" + card.dataset.fact + "']");
      if (mark) { mark.scrollIntoView({block: "center"}); }
    });
  });
  document.querySelectorAll("input.line").forEach(function (input) {
    input.addEventListener("focus", function () { input.select(); });
  });
  if (location.hash.indexOf("#f-") === 0) { select([location.hash.slice(3)]); }
})();
