"""The case lifecycle: which status may follow which.

registered -> in mediation -> agreement reached | mediation failed
agreement reached -> judicial confirmation applied -> confirmed | refused
confirmed -> performed -> closed; failed or refused -> closed (or back to mediation).
An agreement may also be performed without confirmation (many are), and any open case may
be closed with a reason (e.g. the parties withdrew).
"""
from __future__ import annotations

from microcourt.domain import CaseStatus as S
from microcourt.errors import UserError

TRANSITIONS: dict[S, tuple[S, ...]] = {
    S.REGISTERED: (S.IN_MEDIATION, S.CLOSED),
    S.IN_MEDIATION: (S.AGREEMENT_REACHED, S.MEDIATION_FAILED, S.CLOSED),
    S.AGREEMENT_REACHED: (S.CONFIRMATION_APPLIED, S.PERFORMED, S.IN_MEDIATION, S.CLOSED),
    S.MEDIATION_FAILED: (S.IN_MEDIATION, S.CLOSED),
    S.CONFIRMATION_APPLIED: (S.CONFIRMED, S.REFUSED, S.AGREEMENT_REACHED),
    S.CONFIRMED: (S.PERFORMED, S.CLOSED),
    S.REFUSED: (S.IN_MEDIATION, S.CLOSED),
    S.PERFORMED: (S.CLOSED,),
    S.CLOSED: (),
}
# Leaving the normal path needs a reason in the timeline.
NEEDS_REASON = {(S.AGREEMENT_REACHED, S.IN_MEDIATION), (S.CONFIRMATION_APPLIED,
                S.AGREEMENT_REACHED), (S.REFUSED, S.IN_MEDIATION),
                (S.MEDIATION_FAILED, S.IN_MEDIATION)}


def allowed_next(current: str) -> tuple[S, ...]:
    return TRANSITIONS[S(current)]


def check_transition(current: str, target: str, reason: str = "") -> None:
    src, dst = S(current), S(target)
    if dst not in TRANSITIONS[src]:
        options = "、".join(s.cn for s in TRANSITIONS[src]) or "无（案件已结案）"
        raise UserError(f"案件当前状态是“{src.cn}”，不能改为“{dst.cn}”。可以改为：{options}。")
    needs_reason = (src, dst) in NEEDS_REASON or (dst is S.CLOSED and src not in (
        S.PERFORMED, S.MEDIATION_FAILED, S.REFUSED, S.CONFIRMED))
    if needs_reason and not reason.strip():
        raise UserError(f"把案件从“{src.cn}”改为“{dst.cn}”需要填写原因。")
