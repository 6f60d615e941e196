"""Rendering the documents of each packet to PDF bytes, and binding each packet into one.

A document that is the same in every packet (the agreement; the other side's service
address confirmation; its agent's power of attorney when it names the same people) is
rendered once and its bytes reused, so the 77 per-claimant packets of the wage case
render the 77-row agreement once, not 77 times. The combined PDF binds the rendered
documents (documents.filing_combine) rather than laying them out again. The scan of
the signed agreement, when attached, is bound right after the application, before the
printed copy.
"""
from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from microcourt.documents.agreement import agreement_story
from microcourt.documents.agreement_scan import scan_document
from microcourt.documents.builder import render_pdf
from microcourt.documents.filing_application import application_story
from microcourt.documents.filing_combine import ParsedPdf, combine, parse_pdf
from microcourt.documents.materials_checklist import checklist_key, checklist_story
from microcourt.documents.mediation_proof import mediation_proof_story
from microcourt.documents.power_of_attorney import (
    confirmation_matter,
    needs_power_of_attorney,
    power_of_attorney_story,
)
from microcourt.documents.service_address import service_address_story
from microcourt.documents.styles import DocumentStyles, document_styles
from microcourt.paths import safe_file_name
from microcourt.services.filings.dto import DocumentKind, FilingSource, Packet
from microcourt.services.filings.output import WrittenFile, write_file


@dataclass(frozen=True)
class _Rendered:
    data: bytes
    parsed: ParsedPdf


@dataclass(frozen=True)
class _Planned:
    kind: DocumentKind
    title: str            # document title; the bookmark in the combined file
    key: tuple            # identical keys render identical documents
    story: Callable[[DocumentStyles], list] | None
    parsed: Callable[[], ParsedPdf] | None = None   # a document not laid out (the scan)


@dataclass(frozen=True)
class PacketFiles:
    packet: Packet
    folder: str           # relative to the case folder
    files: tuple[WrittenFile, ...]   # the separate documents, then the combined one


class PacketRenderer:
    def __init__(self, source: FilingSource):
        self.source = source
        self.styles = document_styles(False)
        self._cache: dict[tuple, _Rendered] = {}

    def write(self, root: Path, packet: Packet, folder: str) -> PacketFiles:
        """Render `packet` into `root`/`folder` (`root` the staging case folder) and
        return its files."""
        files, bound = [], []
        for position, planned in enumerate(self._plan(packet), start=1):
            rendered = self._render(planned)
            name = f"{position:02d}_{safe_file_name(planned.title)}.pdf"
            files.append(write_file(root, f"{folder}/{name}", rendered.data, planned.kind.value))
            bound.append((planned.title, rendered.parsed))
        title = f"{packet.label}_{DocumentKind.COMBINED.cn}"
        combined = combine(bound, f"{self.source.case_number} {title}")
        files.append(write_file(root, f"{folder}_{DocumentKind.COMBINED.cn}.pdf", combined,
                                DocumentKind.COMBINED.value))
        return PacketFiles(packet, folder, tuple(files))

    def _render(self, planned: _Planned) -> _Rendered:
        cached = self._cache.get(planned.key)
        if cached is None and planned.parsed is not None:
            parsed = planned.parsed()
            cached = _Rendered(combine([(planned.title, parsed)],
                                       f"{self.source.case_number} {planned.title}"), parsed)
            self._cache[planned.key] = cached
        if cached is None:
            buffer = io.BytesIO()
            render_pdf(buffer, planned.story(self.styles),
                       title=f"{planned.title}（{self.source.case_number}）", styles=self.styles,
                       subject="申请司法确认人民调解协议")
            data = buffer.getvalue()
            cached = _Rendered(data, parse_pdf(data))
            if planned.key[0] != "own":
                self._cache[planned.key] = cached
        return cached

    def _plan(self, packet: Packet) -> list[_Planned]:
        source = self.source
        plan = [
            _Planned(DocumentKind.APPLICATION, DocumentKind.APPLICATION.cn, ("own",),
                     lambda styles: application_story(source, packet, styles)),
        ]
        if source.scan:
            plan.append(_Planned(DocumentKind.SCAN, DocumentKind.SCAN.cn, ("scan",), None,
                                 lambda: scan_document(source.scan)))
        plan += [
            _Planned(DocumentKind.AGREEMENT, DocumentKind.AGREEMENT.cn, ("agreement",),
                     lambda styles: agreement_story(source.agreement, source.profile, styles,
                                                    source.agreement_readings)),
            _Planned(DocumentKind.MEDIATION_PROOF, DocumentKind.MEDIATION_PROOF.cn, ("own",),
                     lambda styles: mediation_proof_story(source, packet, styles)),
        ]
        for applicant in packet.applicants:
            plan.append(_Planned(
                DocumentKind.SERVICE_ADDRESS, f"{DocumentKind.SERVICE_ADDRESS.cn}_{applicant.name}",
                ("service", applicant.party.party_id),
                lambda styles, a=applicant: service_address_story(source, a, styles)))
        for applicant in packet.applicants:
            for agent in filter(needs_power_of_attorney, applicant.agents):
                plan.append(_Planned(
                    DocumentKind.POWER_OF_ATTORNEY,
                    f"{DocumentKind.POWER_OF_ATTORNEY.cn}_{agent.name}",
                    ("attorney", agent.agent_id, applicant.party.party_id),
                    lambda styles, a=applicant, g=agent: power_of_attorney_story(
                        a, g, confirmation_matter(source, a), styles)))
        plan.append(_Planned(DocumentKind.CHECKLIST, DocumentKind.CHECKLIST.cn,
                             ("checklist", checklist_key(packet)),
                             lambda styles: checklist_story(source, packet, styles)))
        return plan
