"""微法庭助手 core: pure Python, never imports PySide6 (tests/core/test_layering.py)."""

__version__ = "0.1.0"
APP_NAME = "微法庭助手"
APP_ID = "microcourt"
