"""Analysis: what analysts do with parsed plans: frames, workload, networks, comparison of
two plans, and the HTML report. Heavy libraries are imported only when used.
"""
