/* newsparse report: hover/click a quote for its card, pick a source's quotes, filter sources.
   The script never builds HTML from data: it clones cards rendered (and escaped) by the server side. */
(function () {
  "use strict";
  var popover = document.getElementById("popover");
  var pinned = null;

  function marksOf(cardId) {
    return document.querySelectorAll('mark.q[data-card="' + cardId + '"]');
  }
  function setActive(cardId, on) {
    marksOf(cardId).forEach(function (m) { m.classList.toggle("active", on); });
  }
  function show(mark) {
    var cardId = mark.getAttribute("data-card");
    var card = document.getElementById(cardId);
    if (!card) { return; }
    popover.replaceChildren.apply(popover, Array.prototype.map.call(card.childNodes, function (n) { return n.cloneNode(true); }));
    popover.setAttribute("data-card", cardId);
    popover.hidden = false;
    var box = mark.getBoundingClientRect();
    var width = popover.offsetWidth;
    var left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8);
    popover.style.left = Math.max(window.scrollX + 8, left) + "px";
    popover.style.top = (window.scrollY + box.bottom + 6) + "px";
    setActive(cardId, true);
  }
  function hide() {
    var cardId = popover.getAttribute("data-card");
    if (cardId) { setActive(cardId, false); }
    popover.hidden = true;
    popover.classList.remove("pinned");
    popover.removeAttribute("data-card");
    pinned = null;
  }
  function quoteMark(target) {
    return target && target.closest ? target.closest("mark.q") : null;
  }

  document.addEventListener("mouseover", function (event) {
    var mark = quoteMark(event.target);
    if (mark && !pinned) { hide(); show(mark); }
  });
  document.addEventListener("mouseout", function (event) {
    var mark = quoteMark(event.target);
    if (mark && !pinned && !quoteMark(event.relatedTarget)) { hide(); }
  });
  document.addEventListener("click", function (event) {
    var mark = quoteMark(event.target);
    if (mark) {
      var cardId = mark.getAttribute("data-card");
      if (pinned === cardId) { hide(); return; }
      hide(); show(mark);
      pinned = cardId;
      popover.classList.add("pinned");
      return;
    }
    if (pinned && !popover.contains(event.target)) { hide(); }
  });
  document.addEventListener("focusin", function (event) {
    var mark = quoteMark(event.target);
    if (mark && !pinned) { hide(); show(mark); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
    var mark = quoteMark(event.target);
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); mark.click(); }
  });

  // "Who said what" list: jump to the quote in the text.
  document.querySelectorAll("a.goto").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var first = marksOf(link.getAttribute("data-card"))[0];
      if (!first) { return; }  // let the browser follow the link
      event.preventDefault();
      event.stopPropagation();  // the document's click handler would close the card again
      first.scrollIntoView({ block: "center" });
      first.classList.remove("flash");
      void first.offsetWidth;
      first.classList.add("flash");
      hide();
      pinned = link.getAttribute("data-card");
      first.focus({ preventScroll: true });
      show(first);
      popover.classList.add("pinned");
    });
  });

  // Sidebar: click a source to pick out its quotes everywhere; click again to clear.
  var picked = null;
  document.querySelectorAll("button.actor").forEach(function (button) {
    button.addEventListener("click", function () {
      var key = button.getAttribute("data-speaker-key");
      picked = picked === key ? null : key;
      document.querySelectorAll("button.actor").forEach(function (b) {
        b.setAttribute("aria-pressed", String(b.getAttribute("data-speaker-key") === picked));
      });
      document.body.classList.toggle("picking", picked !== null);
      var first = null;
      document.querySelectorAll("mark.q, a.goto").forEach(function (el) {
        var on = picked !== null && el.getAttribute("data-speaker-key") === picked;
        var target = el.tagName === "A" ? el.parentElement : el;
        target.classList.toggle("picked", on);
        if (on && !first && el.tagName === "MARK") { first = el; }
      });
      if (first) { first.scrollIntoView({ block: "center" }); }
    });
  });

  var filter = document.getElementById("actor-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      var query = filter.value.trim().toLowerCase();
      document.querySelectorAll(".actors li").forEach(function (li) {
        li.hidden = query !== "" && (li.getAttribute("data-name") || "").indexOf(query) === -1;
      });
    });
  }
})();
