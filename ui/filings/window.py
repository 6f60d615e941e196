"""What the Judicial confirmation tab shows before generating: the 30-day window of the
signed agreement (民事诉讼法 art. 205), coloured by how much time is left; every refusal
from FilingsService.check() at once, each with a "Fix…" button; and the strong warning
once the window is missed, which must be acknowledged before generating."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from microcourt.periods import PeriodEnd, RestDay
from microcourt.services.filings.claimants import ClaimantProgress
from microcourt.services.filings.dto import FilingProblem, FilingWindow
from ui.agreements.warnings import colour
from ui.i18n import domain_label

WINDOW_SOON_DAYS = 7  # amber from a week before the last day
GREEN = QColor("#1b5e20")
AMBER = QColor("#9a5b00")  # darker than signal amber: readable on a white background
RED = QColor("#c62828")
NO_WINDOW = QColor("#37474f")
LATE_TEXT = QColor("#7f0000")
LATE_BACKGROUND = QColor("#fde3e1")
PROBLEM_BACKGROUND = QColor("#fff4c2")
PROBLEM_TEXT = QColor("#4e3b00")


def window_colour(window: FilingWindow) -> QColor:
    if window.missed:
        return RED
    return GREEN if window.days_left > WINDOW_SOON_DAYS else AMBER


class WindowLabel(QLabel):
    """"Agreement in force since …; apply by …: 18 days left", or why there is no window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filing_window")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def show_window(self, window: FilingWindow | None) -> None:
        if window is None:
            self.setText(self.tr(
                "No signed agreement yet: the 30 days to apply for judicial confirmation "
                "start when the last party, the mediator and the committee have signed."))
            colour(self, NO_WINDOW)
            return
        effective, deadline = window.effective_on.isoformat(), window.deadline.isoformat()
        if window.missed:
            text = self.tr("Agreement in force since {0}. The 30 days to apply ended on {1}, "
                           "{2} days ago.").format(effective, deadline, -window.days_left)
        elif window.days_left == 0:
            text = self.tr("Agreement in force since {0}. Today ({1}) is the last day to "
                           "apply.").format(effective, deadline)
        else:
            text = self.tr("Agreement in force since {0}. Apply by {1}: {2} days "
                           "left.").format(effective, deadline, window.days_left)
        self.setText("\n".join(filter(None, (text, self.period_text(window)))))
        colour(self, window_colour(window))

    def period_text(self, window: FilingWindow) -> str:
        return period_text(window)


def period_text(period: FilingWindow | PeriodEnd | None) -> str:
    """Which rest days moved the last day (民事诉讼法 art. 85), or the calendar's gap: the
    filing tab and the agreement's banner say it the same way."""
    translate = QCoreApplication.translate
    if period is None:
        return ""
    if period.unknown_year is not None:
        return translate(
            "WindowLabel", "The holiday calendar does not have the State Council's holidays "
            "for {0} yet: the last day is counted as {1}. If that day is a public holiday, "
            "the period ends on the first working day after it; check the State Council's "
            "notice and update the app.").format(period.unknown_year,
                                                 period.deadline.isoformat())
    if not period.moved:
        return ""
    days = translate("WindowLabel", ", ").join(domain_label(RestDay(r))
                                               for r in period.rest_days)
    return translate(
        "WindowLabel", "The thirtieth day, {0}, falls on the {1}: the period ends on the "
        "first working day after it (Civil Procedure Law art. 85).").format(
        period.nominal.isoformat(), days)


class ProgressLabel(QLabel):
    """Where each claimant's application stands (已确认 3/77，已提交 10/77，未提交 64), and
    a 驳回 ruling with what the parties may do instead when the others may still apply."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filing_progress")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # names may hold "<" or "&"
        self.hide()

    def show_progress(self, state: ClaimantProgress | None,
                      refused: FilingProblem | None = None) -> None:
        lines = []
        if state is not None and state.total > 1:
            text = self.tr("Applications: confirmed {0}/{3}, submitted {1}/{3}, not "
                           "submitted {2}").format(state.confirmed, state.with_court,
                                                   state.unfiled, state.total)
            if state.refused:
                text += self.tr("; refused {0}/{1}").format(state.refused, state.total)
            if state.any_sent and state.needing_packet():
                text += self.tr(". Generating makes the packets not yet submitted only.")
            lines.append(text)
        if refused is not None:
            lines.append(refused.message)
        self.setText("\n".join(lines))
        colour(self, RED if refused is not None else NO_WINDOW)
        self.setVisible(bool(lines))


class ProblemList(QFrame):
    """Every refusal at once, numbered, each with where to fix it and a "Fix…" button."""

    fix_requested = Signal(object)  # FilingProblem

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filing_problems")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        colour(self, PROBLEM_TEXT, PROBLEM_BACKGROUND)
        self.title = QLabel(self)
        self.title.setObjectName("filing_problems_title")
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        self.problems: list[FilingProblem] = []
        self.fix_buttons: list[QPushButton] = []
        self.hide()

    def show_problems(self, problems: list[FilingProblem] | tuple) -> None:
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.problems, self.fix_buttons = list(problems), []
        self.title.setText(self.tr("<b>Before the packet can be generated, fix this:</b>")
                           if len(self.problems) == 1 else
                           self.tr("<b>Before the packet can be generated, fix these "
                                   "{0} problems:</b>").format(len(self.problems)))
        for row, problem in enumerate(self.problems):
            text = f"{row + 1}. {problem.message}"
            if problem.fix_at:
                text += "\n" + self.tr("Where: {0}").format(problem.fix_at)
            label = QLabel(text, self)
            label.setTextFormat(Qt.TextFormat.PlainText)  # names may hold "<" or "&"
            label.setWordWrap(True)
            label.setObjectName("filing_problem")
            button = QPushButton(self.tr("Fix…"), self)
            button.setObjectName("fix_button")
            button.clicked.connect(lambda _on=False, p=problem: self.fix_requested.emit(p))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
            self.fix_buttons.append(button)
        self.setVisible(bool(self.problems))

    def texts(self) -> list[str]:
        return [p.message for p in self.problems]


class LatePanel(QFrame):
    """The missed 30-day window, in red, with what the liaison can do instead; generating
    anyway needs "I understand" ticked (passed on as acknowledge_late=True)."""

    acknowledged_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("filing_late")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(2)
        colour(self, LATE_TEXT, LATE_BACKGROUND)
        title = QLabel(self.tr("<b>The 30-day window is missed: the court will normally "
                               "not accept this application.</b>"), self)
        title.setWordWrap(True)
        self.body = QLabel(self)
        self.body.setObjectName("filing_late_text")
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.understood = QCheckBox(self.tr("I &understand, and generate the packet anyway"),
                                    self)
        self.understood.setObjectName("late_understood")
        self.understood.toggled.connect(self.acknowledged_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.body)
        layout.addWidget(self.understood)
        self.hide()

    def show_late(self, late: FilingProblem | None) -> None:
        self.understood.setChecked(False)  # each case, each check: read it again
        self.body.setText(late.message if late else "")
        self.setVisible(late is not None)

    @property
    def acknowledged(self) -> bool:
        return self.understood.isChecked()
