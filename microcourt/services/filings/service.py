"""Judicial confirmation (司法确认): checking, generating the filing packets, the 30-day
windows, and the filing record after upload. Each public method is one user action.

`generate` is a progress generator (services.progress): the UI runs it off the GUI
thread with a progress bar and cancel; closing it part-way removes the staging folder,
so a cancelled or failed run leaves no file and no record behind.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from microcourt.db.models import Case, Filing, FilingDocument
from microcourt.domain import FilingMode, FilingStatus
from microcourt.errors import NotFound, UserError
from microcourt.paths import safe_file_name
from microcourt.services.cases.mapping import load_case, log
from microcourt.services.filings import rules as checks
from microcourt.services.filings import windows
from microcourt.services.filings.claimants import ClaimantProgress
from microcourt.services.filings.dto import (
    FilingInfo,
    FilingProblem,
    FilingRefused,
    FilingSource,
    FilingUpdate,
    FilingWindow,
    GenerationResult,
)
from microcourt.services.filings.output import PacketFolders, Staging
from microcourt.services.filings.queries import (
    claimant_labels,
    filing_info,
    in_force,
    load_filings,
    load_source,
)
from microcourt.services.filings.record import apply_update, follow_case
from microcourt.services.kernel import changes
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.progress import Progress
from microcourt.services.kernel.rules import (
    ADMIN,
    CASE,
    EVERYONE,
    EXPORT,
    FILING,
    ROWS_BY_CASE,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.timeutil import now_utc, today_local


@dataclass(frozen=True)
class FilingCheck:
    """What the liaison sees before pressing "generate"."""

    case_number: str
    problems: tuple[FilingProblem, ...]   # refusals, every one at once
    late: FilingProblem | None            # the missed-window warning, if any
    window: FilingWindow | None
    default_mode: str                     # FilingMode value
    claimants: int
    progress: str = ""                    # 已确认 3/77，已提交 10/77，未提交 64 (several claimants)
    refused: FilingProblem | None = None  # a 驳回 ruling on this version, and what instead
    to_generate: int = 0                  # packets a per-claimant run makes now
    state: ClaimantProgress | None = None # each claimant's application, for the views
    warnings: tuple[str, ...] = ()        # said before generating, not refused

    @property
    def ready(self) -> bool:
        return not self.problems


class FilingsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- before generating -----------------------------------------------------------

    @allowed(EVERYONE, what="查看司法确认申请")
    @mediator_scope(arg="case_ref", kind=CASE)
    def check(self, case_ref: int | str, today: date | None = None) -> FilingCheck:
        today = today or today_local()
        source = self._source(case_ref, today)
        state = source.progress
        return FilingCheck(source.case_number, tuple(checks.problems(source)),
                           checks.late(source, today), checks.window(source, today),
                           checks.default_mode(source).value, len(source.claimants),
                           state.summary_cn() if state and state.total > 1 else "",
                           checks.refused_notice(source),
                           len(checks.packets(source, FilingMode.PER_CLAIMANT)), state,
                           tuple(w for w in (checks.scan_warning(source),) if w))

    @allowed(EVERYONE, what="查看司法确认申请")
    @mediator_scope(arg="case_ref", kind=CASE)
    def window(self, case_ref: int | str, today: date | None = None) -> FilingWindow | None:
        """The case's 30 days to apply (民事诉讼法 art. 205), None without a signed agreement."""
        today = today or today_local()
        return checks.window(self._source(case_ref, today), today)

    @allowed(EVERYONE, what="查看司法确认申请")
    @only_own(ROWS_BY_CASE)
    def windows_closing(self, within_days: int = 7, today: date | None = None,
                        include_missed: bool = False) -> list[FilingWindow]:
        """Signed agreements with a claimant not yet submitted whose window ends within
        `within_days`, soonest first; `include_missed` adds those already past."""
        today = today or today_local()
        with self.ctx.db.reading() as session:
            return windows.windows_closing(session, within_days, today, include_missed)

    # -- generating ------------------------------------------------------------------

    @allowed(ADMIN, what=EXPORT)
    def generate(self, case_ref: int | str, out_dir: str | Path, mode: str | None = None,
                 acknowledge_late: bool = False, today: date | None = None
                 ) -> Iterator[Progress]:
        """Write the packets of the case's signed agreement under `out_dir`/<case number>
        and record them; returns a GenerationResult. Raises FilingRefused (nothing
        written) listing every problem; a missed window too, unless `acknowledge_late`."""
        today = today or today_local()
        source = self._source(case_ref, today)
        chosen = FilingMode(mode) if mode else checks.default_mode(source)
        problems = checks.problems(source)
        if (wrong_mode := checks.mode_problem(source, chosen)) is not None:
            problems.append(wrong_mode)
        late = checks.late(source, today)
        if late and not (acknowledge_late and not problems):
            problems.append(late)
        if problems:
            raise FilingRefused(source.case_number, problems)
        from microcourt.services.filings.render import PacketRenderer  # reportlab on need

        plan = checks.packets(source, chosen)
        source = self._with_readings(source)
        written = []
        with Staging(Path(out_dir), safe_file_name(source.case_number),
                     self.ctx.paths.root) as staging:
            renderer = PacketRenderer(source)
            folders = PacketFolders(self._kept_folders(source.case_id, staging.target),
                                    max(len(source.claimants), 1))
            for packet in plan:
                yield Progress(len(written), len(plan) + 1, f"正在生成：{packet.label}")
                written.append(renderer.write(staging.path, packet, folders.name(packet)))
            yield Progress(len(plan), len(plan) + 1, "正在保存")
            filings = self._record(source, chosen, staging, written)
        warnings = tuple(w for w in (late.message if late else None, checks.scan_warning(source))
                         if w)
        return GenerationResult(str(staging.target), chosen.value, tuple(filings), warnings)

    def _record(self, source: FilingSource, mode: FilingMode, staging: Staging,
                written) -> list[FilingInfo]:
        """One transaction for every filing and file; the folder is published inside it
        and put back if the transaction cannot commit."""
        try:
            with self.ctx.db.transaction() as session:
                case = load_case(session, source.case_id)
                stale = _entries(session, case.id, staging.target, generated=True)
                replaced = session.scalars(delete(Filing).where(
                    Filing.case_id == case.id, Filing.status == FilingStatus.GENERATED.value)
                    .returning(Filing.id)).all()
                changes.note(session, changes.Changes(filings=replaced, cases={case.id}))
                rows = [self._filing_row(source, mode, staging.target, packet_files)
                        for packet_files in written]
                session.add_all(rows)
                session.flush()
                log(session, self.ctx.actor, case, "filing",
                    f"生成司法确认申请材料（{mode.cn}，{len(rows)}份）", action="filing.generate",
                    mode=mode.value, packets=len(rows), agreement=source.agreement.id)
                staging.publish(stale)
                labels = claimant_labels(session, case.id)
                infos = [filing_info(row, case.number, labels) for row in rows]
        except BaseException:
            staging.rollback()
            raise
        staging.commit()
        return infos

    def _filing_row(self, source: FilingSource, mode: FilingMode, target: Path,
                    packet_files) -> Filing:
        documents = [FilingDocument(kind=f.kind, file_name=f.relative, sha256=f.sha256,
                                    size_bytes=f.size_bytes) for f in packet_files.files]
        return Filing(case_id=source.case_id, agreement_id=source.agreement.id,
                      claimant_id=packet_files.packet.claimant_id, mode=mode.value,
                      status=FilingStatus.GENERATED.value,
                      output_dir=str(target / packet_files.folder), generated_at=now_utc(),
                      court=source.court or None, notes="", documents=documents)

    # -- the record ------------------------------------------------------------------

    @allowed(EVERYONE, what="查看司法确认申请")
    @mediator_scope(arg="case_ref", kind=CASE)
    def list_for_case(self, case_ref: int | str) -> list[FilingInfo]:
        with self.ctx.db.reading() as session:
            case = load_case(session, case_ref)
            labels = claimant_labels(session, case.id)
            return [filing_info(f, case.number, labels) for f in load_filings(session, case.id)]

    @allowed(EVERYONE, what="查看司法确认申请")
    @mediator_scope(arg="case_ref", kind=CASE)
    def current(self, case_ref: int | str) -> list[FilingInfo]:
        """Each claimant's latest filing of the agreement in force (the one whose record
        goes on), in the claimants' order: a packet made again after a return replaces
        the returned one."""
        with self.ctx.db.reading() as session:
            case = load_case(session, case_ref)
            agreement = in_force(session, case.id)
            rows = [f for f in load_filings(session, case.id)
                    if agreement is not None and f.agreement_id == agreement.id]
            latest = {f.claimant_id: f for f in rows}  # by id: the newest wins
            labels = claimant_labels(session, case.id)
            return [filing_info(f, case.number, labels)
                    for f in sorted(latest.values(), key=lambda f: f.id)]

    @allowed(EVERYONE, what="查看司法确认申请")
    @mediator_scope(arg="filing_id", kind=FILING)
    def get(self, filing_id: int) -> FilingInfo:
        with self.ctx.db.reading() as session:
            filing = self._load(session, filing_id)
            case = session.get(Case, filing.case_id)
            return filing_info(filing, case.number, claimant_labels(session, case.id))

    @allowed(ADMIN, what="登记司法确认进展")
    def update(self, filing_ids: int | list[int], update: FilingUpdate,
               today: date | None = None) -> list[FilingInfo]:
        """Record what happened to one filing or several of one case at once (the 77
        uploaded the same day): all are changed or, on any error, none."""
        today = today or today_local()
        ids = [filing_ids] if isinstance(filing_ids, int) else list(filing_ids)
        if not ids:
            raise UserError("请先选择要更新的司法确认申请。")
        with self.ctx.db.transaction() as session:
            rows = [self._load(session, filing_id) for filing_id in ids]
            case_ids = {row.case_id for row in rows}
            if len(case_ids) > 1:
                raise UserError("一次只能更新同一案件的司法确认申请。")
            if len(rows) > 1 and update.court_case_number:
                raise UserError("每份申请的法院案号不同，请逐份填写法院案号。")
            target = [apply_update(row, update, today) for row in rows][0]
            case = load_case(session, case_ids.pop())
            log(session, self.ctx.actor, case, "filing",
                f"司法确认申请{len(rows)}份：{target.cn}" + _detail_note(update),
                action="filing.update", filings=ids, status=target.value)
            follow_case(session, self.ctx.actor, case)
            session.flush()
            labels = claimant_labels(session, case.id)
            return [filing_info(row, case.number, labels) for row in rows]

    # -- helpers ---------------------------------------------------------------------

    def _with_readings(self, source: FilingSource) -> FilingSource:
        """The attestations of readings of the agreement and of each service address
        form, as the packet prints them (issue 18)."""
        from microcourt.services.readings.attest import (  # noqa: PLC0415
            agreement_attestations,
            service_address_attestations,
        )
        with self.ctx.db.reading() as session:
            agreement = agreement_attestations(session, source.agreement, source.profile)
            forms = service_address_attestations(session, source)
        return dataclasses.replace(source, agreement_readings=agreement,
                                   service_address_readings=tuple(forms.items()))

    def _kept_folders(self, case_id: int, target: Path) -> set[str]:
        """The entries of the case folder that packets on record (sent) occupy."""
        with self.ctx.db.reading() as session:
            return _entries(session, case_id, target, generated=False)

    def _source(self, case_ref: int | str, today: date) -> FilingSource:
        with self.ctx.db.reading() as session:
            return load_source(session, case_ref, today)

    @staticmethod
    def _load(session, filing_id: int) -> Filing:
        filing = session.get(Filing, filing_id)
        if filing is None:
            raise NotFound(f"没有编号为{filing_id}的司法确认申请，可能已被删除。")
        return filing


def _entries(session, case_id: int, target: Path, generated: bool) -> set[str]:
    """The top-level entries of `target` (packet folders, combined PDFs) that the case's
    generated filings (or, `generated` False, its sent ones) have files in."""
    status = Filing.status == FilingStatus.GENERATED.value
    rows = session.execute(select(Filing.output_dir, FilingDocument.file_name)
                           .join(FilingDocument, FilingDocument.filing_id == Filing.id)
                           .where(Filing.case_id == case_id,
                                  status if generated else ~status)).all()
    return {Path(name).parts[0] for folder, name in rows
            if folder and Path(folder).parent == target}


def _detail_note(update: FilingUpdate) -> str:
    bits = []
    if update.court_case_number:
        bits.append(f"法院案号{update.court_case_number}")
    if update.correction_deadline:
        bits.append(f"补正期限{update.correction_deadline.isoformat()}")
    if update.ruling_on:
        bits.append(f"裁定日期{update.ruling_on.isoformat()}")
    return f"（{'，'.join(bits)}）" if bits else ""
