import sys

from microcourt.cli import main

sys.exit(main())
