"""`python -m microcourt` opens the window.

This is the one module in the package that reaches the GUI, and only when run as a
program: the import sits inside main() so importing `microcourt` never loads PySide6.
"""
import sys


def main() -> int:
    from ui.app import main as gui_main  # noqa: PLC0415 - deliberate late import

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
