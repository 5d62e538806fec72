"""Corpus: many documents at once, as a library below the command line.

``jobs`` is one file's job (options in, an outcome out) and the per-process registry cache;
``outputs`` names each output so that none collide and records what made it (``--resume``);
``batch`` the local engine (process pool, resume, sinks) and ``dask`` the cluster engine, both
built on ``jobs`` and independent of each other; ``detect`` (scoring) and ``evidence`` (what it
scores) tell plans from other documents.  Nothing here imports :mod:`divplan.cli`: the
``divplan parse`` command that drives these engines is :mod:`divplan.cli.parse_command`.
"""
