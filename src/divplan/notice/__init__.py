"""Notice: the document that issues a plan: its document number, dates, issuer, addressees
and title, read from the lines before (and after) the plan.
"""


from divplan.notice.dates import find_dates, parse_date
from divplan.notice.docnumber import DocNumber, find_doc_numbers, parse_doc_number
from divplan.notice.reader import Field, Notice, read_notice

__all__ = [
    "DocNumber",
    "Field",
    "Notice",
    "find_dates",
    "find_doc_numbers",
    "parse_date",
    "parse_doc_number",
    "read_notice",
]
