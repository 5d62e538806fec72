"""The HTML report: one self-contained page a person can read.

``divplan report FILE -o report.html`` writes it.  The page shows the plan's source text with
every item's responsibility clause highlighted and each department mention coloured by role
(lead or participant), a department filter, a workload bar chart and the collaboration network,
and a table of the items.

Why it is built this way:

- *Self-contained*: CSS, JavaScript and SVG are inline and a Content-Security-Policy forbids
  every external load, so the file opens offline, from an e-mail attachment or an archive,
  years later, exactly as written.  No chart library: the bar chart is SVG rectangles and the
  network a deterministic circular layout, so the same plan always gives the same bytes.
- *Document text is data*: plans are scraped from the web and may contain anything, so every
  piece of text goes through :func:`html.escape`, and the data the script needs is a
  ``<script type="application/json">`` block in which ``<``, ``>`` and ``&`` are written as
  ``\\u003c``, ``\\u003e``, ``\\u0026`` — a plan containing ``</script>`` cannot end it.
- *Testable*: elements carry stable ids, classes and data attributes (``#dept-filter``,
  ``#items tr[data-item]``, ``#source .item``, ``[data-dept]``) that the browser test drives.
- *No pandas*: the counts come from the plain-Python core of :mod:`divplan.analysis.tables`, so the
  report works without the ``analysis`` extra.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from divplan.analysis.tables import (
    Load,
    PlacedItem,
    dept_key,
    label,
    loads,
    pairs,
    placed_items,
    plan_id,
)
from divplan.models import Department, Plan

__all__ = ["LEAD_COLOUR", "PARTICIPANT_COLOUR", "render", "source_text", "write"]

#: Colours of the two roles (also used for the bars and nodes); distinct in hue and lightness.
LEAD_COLOUR = "#c2410c"
PARTICIPANT_COLOUR = "#1d4ed8"

_esc = html.escape


def _json_for_script(data: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` characters at all."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def source_text(plan: Plan, *, near: str | os.PathLike[str] | None = None) -> str | None:
    """The decoded source text of a plan read back from JSON, if its file is still there.

    The file named in ``plan.source.path`` is looked for as given, then beside ``near`` (e.g.
    the JSON file), and accepted only if its SHA-256 matches ``plan.source.sha256`` — spans
    point into exactly that text, and highlighting another version would mislabel it.
    """
    from divplan.errors import InputError
    from divplan.read.decode import decode

    if not plan.source.path:
        return None
    given = Path(plan.source.path)
    candidates = [given]
    if near is not None:
        base = Path(near).parent
        candidates += [base / given, base / given.name]
    for path in candidates:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() != plan.source.sha256:
            continue
        try:
            text = decode(data, plan.source.encoding, source=str(path)).text
        except InputError:
            continue
        if len(text) == plan.source.length:
            return text
    return None


# ------------------------------------------------------------------------------ source view
@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    rank: int  # nesting order for marks that start together: item < clause < department
    open: str
    close: str


def _nest(text: str, marks: Iterable[_Mark]) -> str:
    """Escaped ``text`` with the marks as properly nested tags.

    Marks are opened in (start, longest first, rank) order; a mark that would cross one already
    open (it starts inside and ends outside) is dropped rather than producing broken HTML —
    spans from the parser nest, so this only guards against hand-made plans.
    """
    ordered = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(text)),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    out: list[str] = []
    stack: list[_Mark] = []
    pos = 0

    def emit_to(end: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= end:
            top = stack.pop()
            out.append(_esc(text[pos : top.end]))
            out.append(top.close)
            pos = top.end
        if pos < end:
            out.append(_esc(text[pos:end]))
            pos = end

    for m in ordered:
        emit_to(m.start)
        if stack and m.end > stack[-1].end:
            continue  # crosses the enclosing mark
        out.append(m.open)
        stack.append(m)
    emit_to(len(text))
    return "".join(out)


def _dept_attrs(d: Department, role: str, language: str | None) -> str:
    cls = f"dept {role}" + (" unresolved" if d.id is None else "")
    name = label(d, language)
    return f'class="{cls}" data-dept="{_esc(dept_key(d))}" title="{_esc(f"{name} ({role})")}"'


def _source_view(text: str, items: list[PlacedItem], language: str | None) -> str:
    marks: list[_Mark] = []
    for p in items:
        it, r = p.item, p.item.responsibility
        marks.append(
            _Mark(
                it.span[0],
                it.span[1],
                0,
                f'<span class="item" id="item-{p.position}" data-item="{p.position}">',
                "</span>",
            )
        )
        if r.span is not None:
            marks.append(
                _Mark(
                    r.span[0],
                    r.span[1],
                    1,
                    f'<mark class="clause" data-mode="{_esc(r.mode or "")}">',
                    "</mark>",
                )
            )
        if it.deadline is not None:
            marks.append(
                _Mark(
                    it.deadline.span[0],
                    it.deadline.span[1],
                    1,
                    '<span class="deadline">',
                    "</span>",
                )
            )
        for role, depts in (("lead", r.leads), ("participant", r.participants)):
            for d in depts:
                marks.append(
                    _Mark(
                        d.span[0],
                        d.span[1],
                        2,
                        f"<span {_dept_attrs(d, role, language)}>",
                        "</span>",
                    )
                )
    return f'<div id="source" class="source">{_nest(text, marks)}</div>'


# ------------------------------------------------------------------------------ items table
def _chips(depts: list[Department], role: str, language: str | None) -> str:
    return " ".join(
        f"<span {_dept_attrs(d, role, language)}>{_esc(_short_label(d, language))}</span>"
        for d in depts
    )


def _short_label(d: Department, language: str | None, limit: int = 40) -> str:
    name = label(d, language)
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _items_table(items: list[PlacedItem], language: str | None, linked: bool) -> str:
    rows = []
    for p in items:
        it, r = p.item, p.item.responsibility
        where = f"{p.section}" + (f".{p.subsection}" if p.subsection is not None else "")
        number = _esc(str(it.number))
        if linked:
            number = f'<a href="#item-{p.position}">{number}</a>'
        others = ' <span class="others">+ others</span>' if r.others else ""
        rows.append(
            f'<tr data-item="{p.position}">'
            f"<td>{number}</td><td>{_esc(where)}</td>"
            f'<td class="text">{_esc(it.text)}</td>'
            f'<td class="mode">{_esc(r.mode or "—")}</td>'
            f"<td>{_chips(r.leads, 'lead', language)}</td>"
            f"<td>{_chips(r.participants, 'participant', language)}{others}</td>"
            f"<td>{_esc(it.deadline.text) if it.deadline else ''}</td>"
            "</tr>"
        )
    return (
        '<table id="items"><thead><tr><th>#</th><th>§</th><th>task</th><th>mode</th>'
        "<th>lead</th><th>participants</th><th>deadline</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# ------------------------------------------------------------------------------ charts
def _node_label(ld: Load) -> str:
    if ld.department.id:
        return ld.department.id
    m = ld.department.mention
    return "?" + (m if len(m) <= 10 else m[:9] + "…")


def _tip(name: str, ld: Load) -> str:
    return f"{name} [{ld.key}]: leads {len(ld.led)}, takes part in {len(ld.joined)}"


def _workload_svg(rows: list[Load], language: str | None) -> str:
    """Horizontal stacked bars: items led, then items joined, busiest department first."""
    if not rows:
        return '<svg id="workload" width="300" height="20"></svg>'
    bar_h, gap, label_w, bar_w = 16, 4, 230, 260
    top = max(r.total for r in rows)
    scale = bar_w / top if top else 0.0
    height = len(rows) * (bar_h + gap)
    parts = []
    for i, ld in enumerate(rows):
        y = i * (bar_h + gap)
        led_w = len(ld.led) * scale
        joined_w = len(ld.joined) * scale
        name = label(ld.department, language)
        shown = name if len(name) <= 34 else name[:33] + "…"
        parts.append(
            f'<g class="bar" data-dept="{_esc(ld.key)}" data-led="{len(ld.led)}" '
            f'data-joined="{len(ld.joined)}" transform="translate(0,{y})">'
            f"<title>{_esc(_tip(name, ld))}</title>"
            f'<text x="{label_w - 6}" y="{bar_h - 4}" text-anchor="end">{_esc(shown)}</text>'
            f'<rect class="lead" x="{label_w}" width="{led_w:.1f}" height="{bar_h}"/>'
            f'<rect class="participant" x="{label_w + led_w:.1f}" width="{joined_w:.1f}" '
            f'height="{bar_h}"/>'
            f'<text class="count" x="{label_w + led_w + joined_w + 4:.1f}" y="{bar_h - 4}">'
            f"{ld.total}</text></g>"
        )
    width = label_w + bar_w + 40
    return (
        f'<svg id="workload" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="items led and joined per department">{"".join(parts)}</svg>'
    )


def _network_svg(rows: list[Load], edges: dict[tuple[str, str], int], language: str | None) -> str:
    """Departments on a circle, busiest at the top going clockwise; edges weighted by count.

    A circular layout is deterministic and keeps every label readable; a force layout would
    move between renderings and needs iteration in the browser.
    """
    n = len(rows)
    radius = max(110.0, n * 7.0)
    margin = 80.0
    size = 2 * (radius + margin)
    c = size / 2
    pos: dict[str, tuple[float, float, float]] = {}
    for i, ld in enumerate(rows):
        angle = -math.pi / 2 + 2 * math.pi * i / n if n > 1 else -math.pi / 2
        r = radius if n > 1 else 0.0
        pos[ld.key] = (c + r * math.cos(angle), c + r * math.sin(angle), angle)
    top = max(edges.values(), default=1)
    lines = []
    for (a, b), w in sorted(edges.items()):
        (x1, y1, _), (x2, y2, _) = pos[a], pos[b]
        lines.append(
            f'<line class="edge" data-a="{_esc(a)}" data-b="{_esc(b)}" data-weight="{w}" '
            f'x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke-width="{0.6 + 4.4 * w / top:.2f}">'
            f"<title>{_esc(f'{a} – {b}: {w} items')}</title></line>"
        )
    nodes = []
    for ld in rows:
        x, y, angle = pos[ld.key]
        size_r = 3.0 + 2.2 * math.sqrt(ld.total)
        kind = "lead" if len(ld.led) >= len(ld.joined) else "participant"
        lx = x + (size_r + 4) * math.cos(angle)
        ly = y + (size_r + 4) * math.sin(angle)
        anchor = (
            "start" if math.cos(angle) > 0.01 else "end" if math.cos(angle) < -0.01 else "middle"
        )
        name = label(ld.department, language)
        nodes.append(
            f'<g class="node {kind}" data-dept="{_esc(ld.key)}">'
            f"<title>{_esc(_tip(name, ld))}</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{size_r:.1f}"/>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}">'
            f"{_esc(_node_label(ld))}</text></g>"
        )
    return (
        f'<svg id="network" viewBox="0 0 {size:.0f} {size:.0f}" width="{size:.0f}" '
        f'height="{size:.0f}" role="img" aria-label="departments assigned to the same items">'
        f'<g class="edges">{"".join(lines)}</g><g class="nodes">{"".join(nodes)}</g></svg>'
    )


# ------------------------------------------------------------------------------ page
_CSS = (
    (
        """
:root { --lead: LEAD; --part: PART; --lead-bg: #fde6d6; --part-bg: #dde7fb; }
* { box-sizing: border-box; }
body { margin: 0;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
  "PingFang SC", "Microsoft YaHei", sans-serif; color: #1f2328; background: #fff; }
header { padding: 1rem 1.5rem .5rem; border-bottom: 1px solid #d0d7de; }
h1 { font-size: 1.35rem; margin: 0 0 .25rem; }
h2 { font-size: 1.1rem; margin: 1rem 0 .5rem; }
.meta, #summary { color: #57606a; margin: .2rem 0; }
#summary dt, #summary dd { display: inline; margin: 0; }
#summary dd { margin-right: 1rem; font-weight: 600; color: #1f2328; }
.controls { position: sticky; top: 0; z-index: 2; background: #f6f8fa; padding: .5rem 1.5rem;
  border-bottom: 1px solid #d0d7de; display: flex; gap: 1.2rem; flex-wrap: wrap;
  align-items: center; }
.controls select { font: inherit; max-width: 28rem; }
#shown-count { font-weight: 600; }
.legend .dept { cursor: default; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem;
  padding: 0 1.5rem; }
@media (max-width: 1000px) { main { grid-template-columns: 1fr; } }
.source { white-space: pre-wrap; word-wrap: break-word; font-size: 14px; background: #fbfbfc;
  border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem; max-height: 80vh; overflow: auto;
  }
.source .item { border-radius: 3px; transition: opacity .15s; }
.source .item:target { outline: 2px solid #9a6700; }
.source .item.dim { opacity: .3; }
mark.clause { background: #fff3bf; color: inherit; border-radius: 3px; padding: 0 1px; }
.deadline { text-decoration: underline dotted #57606a; }
.dept { border-radius: 3px; padding: 0 2px; cursor: pointer; }
.dept.lead { background: var(--lead-bg); border-bottom: 2px solid var(--lead); }
.dept.participant { background: var(--part-bg); border-bottom: 2px dashed var(--part); }
.dept.unresolved { font-style: italic; }
.dept.selected { outline: 2px solid #1f2328; }
figure { margin: 0 0 1rem; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
svg text { font-size: 11px; fill: #1f2328; }
#network { width: 100%; height: auto; max-width: 720px; }
#workload { max-width: 100%; height: auto; }
.bar rect.lead, .legend-swatch.lead { fill: var(--lead); background: var(--lead); }
.bar rect.participant, .legend-swatch.participant { fill: var(--part); background: var(--part); }
.bar, .node { cursor: pointer; }
.bar.faded, .node.faded { opacity: .25; }
.bar.selected text { font-weight: 700; }
.edge { stroke: #8c959f; stroke-opacity: .45; }
.edge.faded { stroke-opacity: .06; }
.edge.selected { stroke: #1f2328; stroke-opacity: .8; }
.node circle { stroke: #fff; stroke-width: 1.5; }
.node.lead circle { fill: var(--lead); }
.node.participant circle { fill: var(--part); }
.node.selected circle { stroke: #1f2328; stroke-width: 3; }
.chart-scroll { overflow: auto; max-height: 60vh; border: 1px solid #d0d7de; border-radius: 6px;
  padding: .5rem; }
.legend-swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px;
  vertical-align: middle; }
.note { color: #57606a; font-size: 13px; }
#items-section { padding: 0 1.5rem 2rem; }
#items { border-collapse: collapse; width: 100%; font-size: 14px; }
#items th, #items td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem;
  vertical-align: top; text-align: left; }
#items th { background: #f6f8fa; position: sticky; top: 2.6rem; }
#items td.text { max-width: 42rem; }
#items td.mode { color: #57606a; }
.others { color: #57606a; font-size: 12px; }
"""
    )
    .replace("LEAD", LEAD_COLOUR)
    .replace("PART", PARTICIPANT_COLOUR)
)

_JS = r"""
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
"""


def render(plan: Plan, text: str | None = None, *, title: str | None = None) -> str:
    """The report for ``plan`` as one HTML string.

    ``text`` is the decoded source the plan was parsed from (what the spans point into); without
    it (or if its length does not match the plan's), the page has no source view and shows the
    items table only.
    """
    language = plan.language
    items = placed_items(plan)
    rows = loads(plan)
    edges = pairs(plan)
    heading = title or (plan.title.text if plan.title else None) or plan.metadata.title
    heading = heading or plan_id(plan)
    meta_bits = []
    md = plan.metadata
    if md.doc_number:
        meta_bits.append(md.doc_number.text)
    if md.issuer:
        meta_bits.append(label(md.issuer, language))
    if md.date:
        meta_bits.append(md.date)
    if plan.source.path:
        meta_bits.append(os.path.basename(plan.source.path))
    errors = sum(1 for d in plan.diagnostics if d.severity == "error")
    warnings = sum(1 for d in plan.diagnostics if d.severity == "warning")

    options = [f'<option value="">All departments ({len(rows)})</option>']
    for ld in rows:
        name = label(ld.department, language)
        options.append(
            f'<option value="{_esc(ld.key)}">{_esc(name)} — leads {len(ld.led)}, '
            f"joins {len(ld.joined)}</option>"
        )
    data = {
        "plan": plan_id(plan),
        "items": [
            {
                "position": p.position,
                "number": p.item.number,
                "leads": [dept_key(d) for d in p.item.responsibility.leads],
                "participants": [dept_key(d) for d in p.item.responsibility.participants],
            }
            for p in items
        ],
        "departments": [
            {
                "key": ld.key,
                "label": label(ld.department, language),
                "led": len(ld.led),
                "joined": len(ld.joined),
            }
            for ld in rows
        ],
    }
    has_source = text is not None and len(text) == plan.source.length
    if has_source and text is not None:
        source = _source_view(text, items, language)
    else:
        source = (
            '<div id="source" class="source unavailable"><p class="note">The source text is not '
            "available (the plan was loaded from JSON and its text file was not found or has "
            "changed); see the items below.</p></div>"
        )
    lang = "zh-Hant" if language == "zh-Hant" else "zh" if language == "zh" else "en"
    csp = (
        "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="divplan">
<link rel="icon" href="data:,">
<title>{_esc(heading)}</title>
<style>{_CSS}</style>
</head>
<body data-filter="">
<header>
<h1>{_esc(heading)}</h1>
<p class="meta">{_esc(" · ".join(meta_bits))}</p>
<dl id="summary" data-items="{len(items)}" data-departments="{len(rows)}" data-links="{len(edges)}">
<dt>items</dt> <dd>{len(items)}</dd>
<dt>departments</dt> <dd>{len(rows)}</dd>
<dt>pairs working together</dt> <dd>{len(edges)}</dd>
<dt>diagnostics</dt> <dd>{errors} errors, {warnings} warnings</dd>
</dl>
</header>
<nav class="controls" aria-label="filters">
<label>Department <select id="dept-filter">{"".join(options)}</select></label>
<label>Role <select id="role-filter"><option value="any">leads or takes part</option>
<option value="lead">leads</option><option value="participant">takes part</option></select></label>
<span id="shown-count">{len(items)} of {len(items)} items</span>
<span class="legend"><span class="dept lead">lead</span>
<span class="dept participant">participant</span>
<span class="clause-key"><mark class="clause">responsibility clause</mark></span></span>
</nav>
<main>
<section id="source-section"><h2>Source text</h2>{source}</section>
<section id="charts">
<figure><figcaption>Workload: items led
<span class="legend-swatch lead"></span> and joined <span class="legend-swatch participant"></span>
</figcaption><div class="chart-scroll">{_workload_svg(rows, language)}</div></figure>
<figure><figcaption>Who works with whom</figcaption>
<div class="chart-scroll">{_network_svg(rows, edges, language)}</div>
<p class="note">A line joins two departments named on the same item (thicker: more items).
Node size: items named on; colour: mostly leads
<span class="legend-swatch lead"></span> or mostly takes part
<span class="legend-swatch participant"></span>. Click a department to filter.</p></figure>
</section>
</main>
<section id="items-section"><h2>Items</h2>{_items_table(items, language, has_source)}</section>
<script type="application/json" id="divplan-data">{_json_for_script(data)}</script>
<script>{_JS}</script>
</body>
</html>
"""


def write(
    plan: Plan,
    path: str | os.PathLike[str],
    text: str | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Write :func:`render` to ``path`` (UTF-8) and return the path."""
    target = Path(path)
    target.write_text(render(plan, text, title=title), encoding="utf-8")
    return target
