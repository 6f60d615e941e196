"""The window's entry point in the bundle (the `microcourt` gui-script in a venv), and the
command line's where microcourt-cli is a link to this program (packaging/manifest.py).

With MICROCOURT_BUNDLE_SELFTEST=FILE set, it checks the bundle from inside instead of
opening the window (packaging/bundle_selftest.py, run by packaging/smoke.py)."""
import os
import sys
from pathlib import Path

if Path(sys.argv[0]).name.startswith("microcourt-cli"):  # the link to this program
    from microcourt.cli import main as cli_main

    sys.exit(cli_main())

if os.environ.get("MICROCOURT_BUNDLE_SELFTEST"):
    from bundle_selftest import run

    sys.exit(run(os.environ["MICROCOURT_BUNDLE_SELFTEST"]))

from ui.app import main

sys.exit(main())
