"""Notice: the document that issues a plan: its document number, dates, issuer, addressees
and title, read from the lines before (and after) the plan.
"""

