"""Analysis: what analysts do with parsed plans: frames, workload, networks, comparison of
two plans, and the HTML report. Heavy libraries are imported only when used.

One job per module: ``counting`` (the plain-Python counts everything builds on), ``frames``,
``network``, ``jsonio``, ``notebook`` (``Plan._repr_html_``), ``comparison`` and ``changes``
(:func:`divplan.compare` and what it returns), ``report`` with ``source_view``, ``charts`` and
``sourcefile``; ``templates`` renders the HTML from ``analysis/templates/`` with Jinja2
(autoescaping on); ``extras`` imports pandas and networkx on demand.  ``tables`` re-exports the
names long imported from it.
"""
