"""Shared paths for the tests."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "data" / "raw"
STRUCTURED = ROOT / "data" / "structured"
GOLD = ROOT / "tests" / "gold"
SEED = RAW / "sme-division-plan-2012.en.txt"

sys.path.insert(0, str(Path(__file__).resolve().parent))
