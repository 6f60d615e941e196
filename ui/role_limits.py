"""Buttons a role may not use (issue 13, item 4): disabled, with the services' own
refusal as the tooltip, so a mediator sees at once why and never meets the refusal
after filling a form. The shell applies this to every page it builds (MainWindow); the
rule is read off the service method's decorator (microcourt.services.kernel.rules), so
the window and the services cannot disagree. A page that enables a button on its own
(after a selection) cannot undo it: the limit holds the button disabled."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from microcourt.services.kernel.guard import refusal
from microcourt.services.kernel.rules import rule_of

# page key -> {attribute of the page holding the button: (service, method it calls)}
LIMITS: dict[str, dict[str, tuple[str, str]]] = {
    "parties": {"new_person_button": ("parties", "register"),
                "new_org_button": ("parties", "register"),
                "import_button": ("parties", "create_many")},
    "cases": {"new_button": ("cases", "create_case")},
    "mediators": {"add_button": ("mediators", "create"), "edit_button": ("mediators", "update"),
                  "active_button": ("mediators", "set_active")},
    "settings": {"save_button": ("settings", "save_profile")},
}


def refusal_for(services, service: str, method: str) -> str | None:
    """What the services would answer the logged-in operator, or None if allowed."""
    function = getattr(getattr(services, service).unguarded_type, method)
    rule = rule_of(function)
    actor = services.ctx.actor
    if rule is not None and rule.declared and actor.role in rule.roles:
        return None
    return refusal(actor, rule).message if rule is not None else None


class _HeldDisabled(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange and watched.isEnabled():
            watched.setEnabled(False)
        return False


def apply_role_limits(page: QWidget, key: str, services) -> list[QWidget]:
    """Disable what the operator may not use on `page`; returns the widgets limited."""
    limited = []
    for attribute, (service, method) in LIMITS.get(key, {}).items():
        widget = getattr(page, attribute, None)
        reason = refusal_for(services, service, method) if widget is not None else None
        if reason is None:
            continue
        holder = _HeldDisabled(widget)
        widget.installEventFilter(holder)
        widget.setEnabled(False)
        widget.setToolTip(reason)
        limited.append(widget)
    return limited
