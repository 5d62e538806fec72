"""Analysis: what analysts do with parsed plans: frames, workload, networks, plots, comparison
of two plans, and the HTML report built for review. Heavy libraries are imported only when used.

One job per module: ``counting`` (the plain-Python counts everything builds on), ``frames`` (the
pandas tables of a plan) and ``corpus_frames`` (of many, and of the plans: :func:`divplan.frames`),
``network``, ``jsonio`` (JSON and JSON Lines read back), ``notebook`` (``Plan._repr_html_`` and
``Comparison._repr_html_``), ``comparison`` and ``changes`` (:func:`divplan.compare` and what it
returns), ``plots`` (matplotlib figures, ``plan.plot``), ``report`` with ``review`` (what a
reviewer must check), ``source_view``, ``charts``, ``labels`` (the page's words in the plan's
language) and ``sourcefile``; ``templates`` renders the HTML from ``analysis/templates/`` with
Jinja2 (autoescaping on); ``extras`` imports pandas, networkx and matplotlib on demand.
``tables`` re-exports the names long imported from it.
"""
