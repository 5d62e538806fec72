"""``python -m divplan``: the same command as ``divplan``."""

from divplan.cli.app import main

raise SystemExit(main())
