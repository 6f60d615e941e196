import pytest

from microcourt.domain import CaseStatus as S
from microcourt.errors import UserError
from microcourt.services.cases.lifecycle import TRANSITIONS, allowed_next, check_transition


def test_the_normal_path_is_allowed():
    path = [S.REGISTERED, S.IN_MEDIATION, S.AGREEMENT_REACHED, S.CONFIRMATION_APPLIED,
            S.CONFIRMED, S.PERFORMED, S.CLOSED]
    for src, dst in zip(path, path[1:]):
        check_transition(src, dst)


@pytest.mark.parametrize("src, dst", [(S.REGISTERED, S.CONFIRMED), (S.CLOSED, S.IN_MEDIATION),
                                      (S.MEDIATION_FAILED, S.CONFIRMATION_APPLIED),
                                      (S.REGISTERED, S.AGREEMENT_REACHED),
                                      (S.PERFORMED, S.IN_MEDIATION)])
def test_senseless_transitions_refused_with_the_options(src, dst):
    with pytest.raises(UserError) as info:
        check_transition(src, dst)
    assert src.cn in info.value.message and dst.cn in info.value.message


def test_closing_an_open_case_needs_a_reason():
    with pytest.raises(UserError):
        check_transition(S.IN_MEDIATION, S.CLOSED)
    check_transition(S.IN_MEDIATION, S.CLOSED, reason="双方撤回")
    check_transition(S.PERFORMED, S.CLOSED)


def test_every_status_has_an_entry_and_closed_is_final():
    assert set(TRANSITIONS) == set(S)
    assert allowed_next(S.CLOSED) == ()
