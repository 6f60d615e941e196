"""The reading attestation printed on the agreement and the service address form:
"本文书已由×××于×年×月×日向当事人×××宣读，当事人表示听明白。" (issue 18), one line per party
whose recorded, understood reading matches the wording printed. Mediation records are
signed "经当事人校阅或向当事人宣读后"; the form itself says "或者已由他人向我宣读".
Kept in one small function so any document can add it after its own text."""
from __future__ import annotations

from reportlab.platypus import Flowable

from microcourt.documents.inputs.reading import ReadingAttestation
from microcourt.documents.styles import DocumentStyles
from microcourt.documents.text import paragraph
from microcourt.timeutil import format_date_cn


def attestation_line(attestation: ReadingAttestation) -> str:
    return (f"本文书已由{attestation.read_by}于{format_date_cn(attestation.read_on)}"
            f"向当事人{attestation.party_name}宣读，当事人表示听明白。")


def attestation_story(attestations: tuple[ReadingAttestation, ...],
                      styles: DocumentStyles) -> list[Flowable]:
    return [paragraph(attestation_line(a), styles.plain) for a in attestations]
