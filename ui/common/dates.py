"""The app's dates in Qt terms. "Today" is the Asia/Shanghai date (timeutil.today_local),
never the PC's own (Qt's current date): a village PC whose clock or zone is off must
still default every date field to the day it is in China."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from microcourt.timeutil import today_local


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def today_qdate() -> QDate:
    return to_qdate(today_local())
