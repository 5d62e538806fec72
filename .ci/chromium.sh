#!/usr/bin/env bash
# Install Debian's headless-capable Chromium for the report's browser test (tests/test_report.py).
#
# Idempotent: does nothing when /usr/bin/chromium is already there.  Always exits 0: where the
# package cannot be installed (no root, no apt, no network) the browser test skips and says why,
# rather than failing the whole CI run on an environment problem.
set -u
if command -v chromium >/dev/null 2>&1; then
    echo "chromium.sh: $(command -v chromium) already installed"
    exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "chromium.sh: apt-get not available; browser tests will be skipped" >&2
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo -n"
    else
        echo "chromium.sh: not root and no sudo; browser tests will be skipped" >&2
        exit 0
    fi
fi
export DEBIAN_FRONTEND=noninteractive
if $SUDO apt-get update -q && $SUDO apt-get install -y -q chromium chromium-driver; then
    echo "chromium.sh: installed $(command -v chromium || echo '?')"
else
    echo "chromium.sh: could not install chromium; browser tests will be skipped" >&2
fi
exit 0
