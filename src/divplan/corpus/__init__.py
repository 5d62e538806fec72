"""Corpus: many documents at once: the batch engine (process pool, resume, JSON lines), the
Dask engine, and `detect`, which tells plans from other documents.
"""
