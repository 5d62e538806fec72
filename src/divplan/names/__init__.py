"""Names: the time-aware department registry (loading, indexes, matching), resolution of
mentions into Department values, local units, and the unresolved-mention review loop.
"""
