"""Attaching the scanned signed original to an agreement version (issue 11).

The court confirms the agreement as signed, fingerprinted and sealed (人民调解法 29),
so the liaison scans the signed paper and attaches it to the version it signs; every
packet of that version binds it (filings.render). Only a signed version takes a scan:
a draft has no signed original yet, and a superseded version is no longer filed.
Attaching again replaces the files (a page was missing, a better scan). Decision: the
files live in the database (agreement_scan), not in the data folder, see the model.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from microcourt.db.models import Agreement, AgreementScan, Case
from microcourt.documents.inputs.filing import ScanFile
from microcourt.domain import AgreementStatus
from microcourt.errors import NotFound, UserError, ValidationError
from microcourt.services.cases.mapping import log
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    AGREEMENT,
    EVERYONE,
    MEDIATOR,
    allowed,
    mediator_scope,
)
from microcourt.services.scans.dto import ScanFileInfo, ScanInfo
from microcourt.timeutil import now_utc

MAX_FILES = 200


class ScansService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def scan_of(self, agreement_id: int) -> ScanInfo | None:
        """The version's attached scan (names, pages, sizes), None without one."""
        with self.ctx.db.reading() as session:
            rows = _rows(session, agreement_id)
            return _info(agreement_id, rows) if rows else None

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def attach(self, agreement_id: int, paths: list[str | Path]) -> ScanInfo:
        """Attach the files (a PDF, or one JPEG/PNG per page, in page order) as the scan
        of the signed version, replacing any attached before. Every file is checked
        first: a bad one is refused by name and nothing is stored."""
        from microcourt.documents.agreement_scan import inspect_scan  # noqa: PLC0415

        if not paths:
            raise ValidationError("scan", "请选择签署原件的扫描件（PDF，或每页一张JPEG/PNG图片）。")
        if len(paths) > MAX_FILES:
            raise ValidationError("scan", f"一次最多附{MAX_FILES}个文件，请把扫描件合并为PDF。")
        files = [inspect_scan(Path(p).name, _read(Path(p))) for p in paths]
        with self.ctx.db.transaction() as session:
            agreement, case = self._signed(session, agreement_id)
            for old in _rows(session, agreement.id):  # ORM deletes: the change model sees them
                session.delete(old)
            session.flush()
            session.add_all([_row(agreement.id, n, f, self.ctx.actor.name)
                             for n, f in enumerate(files, start=1)])
            pages = sum(f.pages for f in files)
            log(session, self.ctx.actor, case, "agreement",
                f"附第{agreement.version}版调解协议签署原件扫描件（{len(files)}个文件，{pages}页）",
                action="agreement.scan", agreement=agreement.id, files=len(files), pages=pages,
                sha256=[hashlib.sha256(f.content).hexdigest() for f in files])
            session.flush()
            return _info(agreement.id, _rows(session, agreement.id))

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def remove(self, agreement_id: int) -> None:
        """Take the scan off (the wrong paper was scanned); packets made before keep it."""
        with self.ctx.db.transaction() as session:
            agreement, case = self._signed(session, agreement_id)
            gone = _rows(session, agreement.id)
            for old in gone:
                session.delete(old)
            if not gone:
                raise UserError(f"第{agreement.version}版调解协议没有附扫描件。")
            log(session, self.ctx.actor, case, "agreement",
                f"删除第{agreement.version}版调解协议的签署原件扫描件",
                action="agreement.scan_remove", agreement=agreement.id)

    @staticmethod
    def _signed(session, agreement_id: int) -> tuple[Agreement, Case]:
        agreement = session.get(Agreement, agreement_id)
        if agreement is None:
            raise NotFound(f"没有编号为{agreement_id}的调解协议，可能已被删除。")
        if agreement.status != AgreementStatus.SIGNED:
            state = "尚未签署" if agreement.status == AgreementStatus.DRAFT else "已被新版本取代"
            raise UserError(f"第{agreement.version}版调解协议{state}，不能附签署原件扫描件："
                            "请在签署生效的版本上附。")
        return agreement, session.get(Case, agreement.case_id)


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ValidationError("scan", f"无法读取扫描件“{path.name}”：{exc.strerror or exc}。"
                              ) from None


def _row(agreement_id: int, position: int, scan: ScanFile, actor: str) -> AgreementScan:
    return AgreementScan(agreement_id=agreement_id, position=position, file_name=scan.file_name,
                         media_type=scan.media_type, content=scan.content,
                         sha256=hashlib.sha256(scan.content).hexdigest(),
                         size_bytes=len(scan.content), pages=scan.pages, attached_at=now_utc(),
                         attached_by=actor)


def _rows(session, agreement_id: int) -> list[AgreementScan]:
    return list(session.scalars(select(AgreementScan).where(
        AgreementScan.agreement_id == agreement_id).order_by(AgreementScan.position)))


def _info(agreement_id: int, rows: list[AgreementScan]) -> ScanInfo:
    return ScanInfo(agreement_id, tuple(ScanFileInfo(r.file_name, r.media_type, r.pages,
                                                     r.size_bytes, r.sha256) for r in rows),
                    rows[0].attached_at, rows[0].attached_by)
