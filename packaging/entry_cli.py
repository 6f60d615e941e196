"""microcourt-cli's entry point in the bundle (the console script in a venv)."""
import sys

from microcourt.cli import main

sys.exit(main())
