(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("divplan-data").textContent);
  var words = data.labels;
  var byItem = {};
  data.items.forEach(function (it) { byItem[String(it.position)] = it; });
  var deptSel = document.getElementById("dept-filter");
  var roleSel = document.getElementById("role-filter");
  var review = document.getElementById("review-filter");
  var counter = document.getElementById("shown-count");
  var card = document.getElementById("dept-card");
  var pinned = null;

  function matches(pos, key, role) {
    var it = byItem[pos];
    if (!it) { return true; }
    if (review.checked && it.review.length === 0) { return false; }
    if (!key) { return true; }
    var lead = it.leads.indexOf(key) >= 0, part = it.participants.indexOf(key) >= 0;
    if (role === "lead") { return lead; }
    if (role === "participant") { return part; }
    return lead || part;
  }

  function apply() {
    var key = deptSel.value, role = roleSel.value, shown = 0;
    document.querySelectorAll("#items tbody tr[data-item]").forEach(function (tr) {
      var ok = matches(tr.getAttribute("data-item"), key, role);
      tr.hidden = !ok;
      if (ok) { shown += 1; }
    });
    document.querySelectorAll("#source .item").forEach(function (el) {
      el.classList.toggle("dim", !matches(el.getAttribute("data-item"), key, role));
    });
    document.querySelectorAll("#matrix [data-item]").forEach(function (el) {
      el.hidden = !matches(el.getAttribute("data-item"), key, role);
    });
    document.querySelectorAll(
      ".bar[data-dept], .node[data-dept], .dept[data-dept], #matrix tr[data-dept]"
    ).forEach(function (el) {
      var mine = key !== "" && el.getAttribute("data-dept") === key;
      el.classList.toggle("selected", mine);
      if (el.matches(".bar, .node")) { el.classList.toggle("faded", key !== "" && !mine); }
    });
    document.querySelectorAll("#network .edge").forEach(function (el) {
      var on = el.getAttribute("data-a") === key || el.getAttribute("data-b") === key;
      el.classList.toggle("selected", key !== "" && on);
      el.classList.toggle("faded", key !== "" && !on);
    });
    counter.textContent = words.shown.replace("{shown}", shown)
      .replace("{total}", data.items.length);
    document.body.setAttribute("data-filter", key);
    document.body.setAttribute("data-review", review.checked ? "1" : "");
  }

  // the detail card of a department mention: how it matched, built as text (never as markup)
  function showCard(el) {
    var rows = [
      ["card_written", el.getAttribute("data-written")],
      ["card_status", words["status_" + el.getAttribute("data-status")] ||
        el.getAttribute("data-status")],
      ["card_score", el.getAttribute("data-score")],
      ["card_matched", el.getAttribute("data-matched")],
      ["card_runner_up", el.getAttribute("data-runner-up")],
      ["card_candidates", el.getAttribute("data-candidates")]
    ];
    card.textContent = "";
    var title = document.createElement("strong");
    title.textContent = el.getAttribute("data-canonical") || el.getAttribute("data-written");
    card.appendChild(title);
    var dl = document.createElement("dl");
    rows.forEach(function (row) {
      if (!row[1]) { return; }
      var dt = document.createElement("dt"), dd = document.createElement("dd");
      dt.textContent = words[row[0]];
      dd.textContent = row[1];
      dt.setAttribute("data-field", row[0].slice(5));
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    card.appendChild(dl);
    if (el.getAttribute("data-out-of-period")) {
      var p = document.createElement("p");
      p.textContent = words.card_out_of_period;
      card.appendChild(p);
    }
    card.setAttribute("data-for", el.getAttribute("data-dept"));
    card.hidden = false;
    var r = el.getBoundingClientRect();
    var top = r.bottom + 6;
    if (top + card.offsetHeight > window.innerHeight) { top = r.top - card.offsetHeight - 6; }
    card.style.top = Math.max(4, top) + "px";
    card.style.left = Math.max(4, Math.min(r.left, window.innerWidth - card.offsetWidth - 8)) + "px";
  }

  function mention(ev) {
    var el = ev.target instanceof Element ? ev.target.closest(".dept[data-status]") : null;
    return el && !el.closest(".legend") ? el : null;
  }

  document.addEventListener("mouseover", function (ev) {
    var el = mention(ev);
    if (el) { showCard(el); }
  });
  document.addEventListener("mouseout", function (ev) {
    var el = mention(ev);
    if (el && !pinned) { card.hidden = true; }
    else if (el && pinned) { showCard(pinned); }
  });

  function goTo(pos) {
    ["item-" + pos, "row-" + pos].forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) { return; }
      el.classList.remove("flash");
      void el.offsetWidth;  // restart the animation
      el.classList.add("flash");
    });
  }

  deptSel.addEventListener("change", apply);
  roleSel.addEventListener("change", apply);
  review.addEventListener("change", apply);
  document.addEventListener("click", function (ev) {
    var target = ev.target instanceof Element ? ev.target : null;
    var link = target ? target.closest("a[data-goto]") : null;
    if (link) { goTo(link.getAttribute("data-goto")); return; }
    var m = mention(ev);
    if (m) { pinned = pinned === m ? null : m; if (pinned) { showCard(m); } }
    else if (pinned) { pinned = null; card.hidden = true; }
    var el = target ? target.closest("[data-dept]") : null;
    if (!el || el.tagName === "OPTION" || el.closest(".legend") || el.id === "dept-card") {
      return;
    }
    var key = el.getAttribute("data-dept");
    deptSel.value = deptSel.value === key ? "" : key;
    apply();
  });
  apply();
})();
