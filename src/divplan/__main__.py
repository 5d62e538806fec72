"""``python -m divplan``: the same command as ``divplan``."""

from divplan.cli import main

raise SystemExit(main())
