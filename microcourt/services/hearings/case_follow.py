"""How the case follows a hearing that was held, inside the caller's transaction.

* The first mediation session held moves a registered case into mediation, when the
  case is ready for it (an applicant, a respondent, a mediator who has not stepped aside,
  recusal questions answered: 特邀调解规定 art. 15); otherwise the timeline says why not.
* "Agreement reached" moves a case in mediation to "agreement reached" (the lifecycle
  in case_lifecycle.py); in any other status the timeline notes it and the status stays.
* "No agreement" and "adjourned" change no status: one session without agreement does
  not end the mediation; the liaison decides that on the case page.
"""
from __future__ import annotations

from microcourt.db.models import Case, CaseEvent, Hearing
from microcourt.domain import CaseStatus, HearingKind, HearingOutcome
from microcourt.services.agreements.signing import change_case_status
from microcourt.services.cases.rules import mediation_problems
from microcourt.services.kernel.context import Actor
from microcourt.timeutil import now_utc

MEDIATION_KINDS = {HearingKind.VIDEO_MEDIATION.value, HearingKind.ONSITE_MEDIATION.value}


def _note(case: Case, actor: Actor, note: str) -> None:
    case.events.append(CaseEvent(at=now_utc(), actor=actor.name, kind="hearing", note=note))


def follow_case(case: Case, hearing: Hearing, actor: Actor) -> None:
    """`case` must be loaded with its parties, mediators and events."""
    is_mediation = hearing.kind in MEDIATION_KINDS or hearing.mediator_id is not None
    if case.status == CaseStatus.REGISTERED.value and is_mediation:
        problems = mediation_problems(case)
        if problems:
            _note(case, actor, "调解已举行，但案件还不能转为“调解中”：" + "；".join(problems))
        else:
            change_case_status(case, CaseStatus.IN_MEDIATION, actor, "首次调解已举行。")
    if hearing.outcome != HearingOutcome.AGREEMENT.value:
        return
    if case.status == CaseStatus.IN_MEDIATION.value:
        change_case_status(case, CaseStatus.AGREEMENT_REACHED, actor,
                           f"{HearingKind(hearing.kind).cn}中双方达成协议。")
    else:
        _note(case, actor, f"{HearingKind(hearing.kind).cn}中双方达成协议；案件状态仍为"
                           f"“{CaseStatus(case.status).cn}”。")
