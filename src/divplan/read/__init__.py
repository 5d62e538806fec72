"""Read: bytes or a document file become text plus an offset map back to the source.
Plain text today (BOM, UTF-8, GB18030); each reader states what it guarantees.
"""
