"""The Jinja2 environment every HTML page and fragment of :mod:`divplan.analysis` renders with.

Why it exists: document text is data — plans are scraped from the web and may contain anything —
so markup is written in template files under ``analysis/templates/`` and every value put into
them is escaped by the template engine (``autoescape=True``), never by hand in Python.  The
environment is built once, on first use, and cached; jinja2 is imported only then, so importing
the analysis modules stays cheap.

Two choices keep the output exactly what the earlier hand-written HTML was, byte for byte:

- values are escaped as :func:`html.escape` does (``&#x27;`` and ``&quot;`` for quotes, where
  MarkupSafe would write ``&#39;`` and ``&#34;``): the environment's ``finalize`` hook escapes
  each ``{{ value }}`` that way and hands autoescaping a :class:`~markupsafe.Markup`, so nothing
  is escaped twice and nothing is left unescaped;
- a trailing newline is kept (``keep_trailing_newline``) and templates strip the whitespace that
  only lays them out with ``{%-``/``{#- #}`` markers.

:func:`script_json` (the ``script_json`` filter) is the one value that is not escaped: JSON for a
``<script type="application/json">`` block, safe because it contains no ``<``, ``>`` or ``&``.
"""

from __future__ import annotations

import functools
import html
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jinja2
    from markupsafe import Markup

__all__ = ["environment", "render", "script_json"]


def script_json(data: object) -> Markup:
    """JSON safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` characters at all.

    They are written as ``\\u003c``, ``\\u003e``, ``\\u0026``, so a plan containing
    ``</script>`` cannot end the element; the result is marked safe for the templates.
    """
    from markupsafe import Markup

    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@functools.cache
def environment() -> jinja2.Environment:
    """The environment: templates of this package, autoescaping on, built once."""
    import jinja2
    from markupsafe import Markup

    def escape(value: Any) -> Any:
        """A template value as :func:`html.escape` writes it; markup (macros, filters) as is."""
        if hasattr(value, "__html__"):
            return value
        return Markup(html.escape(str(value)))

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("divplan.analysis", "templates"),
        autoescape=True,
        finalize=escape,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["script_json"] = script_json
    return env


def render(name: str, **context: Any) -> str:
    """Template ``name`` (in ``analysis/templates/``) rendered with ``context``."""
    return environment().get_template(name).render(**context)
