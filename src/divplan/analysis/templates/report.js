(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("divplan-data").textContent);
  var byItem = {};
  data.items.forEach(function (it) { byItem[String(it.position)] = it; });
  var deptSel = document.getElementById("dept-filter");
  var roleSel = document.getElementById("role-filter");
  var counter = document.getElementById("shown-count");

  function matches(pos, key, role) {
    var it = byItem[pos];
    if (!key || !it) { return true; }
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
    document.querySelectorAll(".bar[data-dept], .node[data-dept], .dept[data-dept]").forEach(
      function (el) {
        var mine = key !== "" && el.getAttribute("data-dept") === key;
        el.classList.toggle("selected", mine);
        if (!el.classList.contains("dept")) { el.classList.toggle("faded", key !== "" && !mine); }
      });
    document.querySelectorAll("#network .edge").forEach(function (el) {
      var on = el.getAttribute("data-a") === key || el.getAttribute("data-b") === key;
      el.classList.toggle("selected", key !== "" && on);
      el.classList.toggle("faded", key !== "" && !on);
    });
    counter.textContent = shown + " of " + data.items.length + " items";
    document.body.setAttribute("data-filter", key);
  }

  deptSel.addEventListener("change", apply);
  roleSel.addEventListener("change", apply);
  document.addEventListener("click", function (ev) {
    var el = ev.target instanceof Element ? ev.target.closest("[data-dept]") : null;
    if (!el || el.tagName === "OPTION" || el.closest(".legend")) { return; }
    var key = el.getAttribute("data-dept");
    deptSel.value = deptSel.value === key ? "" : key;
    apply();
  });
  apply();
})();
