"""The window's entry point in the bundle (the `microcourt` gui-script in a venv).

With MICROCOURT_BUNDLE_SELFTEST=FILE set, it checks the bundle from inside instead of
opening the window (packaging/bundle_selftest.py, run by packaging/smoke.py)."""
import os
import sys

if os.environ.get("MICROCOURT_BUNDLE_SELFTEST"):
    from bundle_selftest import run

    sys.exit(run(os.environ["MICROCOURT_BUNDLE_SELFTEST"]))

from ui.app import main

sys.exit(main())
