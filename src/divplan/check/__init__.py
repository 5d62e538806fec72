"""Check: plan-level checks that produce diagnostics, the diagnostic codes and locator, and
the output formats of `divplan validate` (text, json, github, sarif).
"""
