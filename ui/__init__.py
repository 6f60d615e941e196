"""The PySide6 window of 微法庭助手. Widgets call services (microcourt.services), never SQL;
long jobs go through ui.operations."""
