"""Reading documents aloud (issue 18): the script of each document, the record of a
reading, the state of each party's reading of the agreement, the WAV of a reading, and
which voice this installation uses.

A reading is recorded against the digest of the wording read; `record` refuses one
whose document has changed since the script was taken (read it again), so the record
never claims a party heard words they did not hear. In a case it also leaves a
timeline event; every one is in the audit log.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from microcourt.db.models import AppSetting, Case, DocumentReading
from microcourt.documents.text import check_printable
from microcourt.errors import UserError, ValidationError
from microcourt.services.audit import chain as audit
from microcourt.services.cases.mapping import log
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    AGREEMENT,
    CASE,
    EVERYONE,
    MEDIATOR,
    allowed,
    mediator_scope,
)
from microcourt.services.readings import queries
from microcourt.services.readings.dto import (
    DocumentScript,
    PartyReading,
    ReadableDocument,
    ReadDocument,
    ReadingInfo,
)
from microcourt.services.readings.scripts import build_script, filing_documents
from microcourt.speech.choice import SETTING_KEY, EngineChoice, parse_choice
from microcourt.speech.engine import Speed
from microcourt.timeutil import format_date_cn, today_local
from microcourt.validation.text import clean_name

MAX_READER = 50
CHANGED = ("{title}在朗读之后有了改动，这次宣读不能记录。请重新朗读现在的文本，"
           "再确认当事人是否听明白。")


class ReadingsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    # -- scripts ----------------------------------------------------------------------

    # Reading aloud is the work of whoever sits with the party on the case; the script says
    # what the printed paper says (full ID numbers on the agreement, as printed). The
    # consent notice has no case: it is read at registration, which is the liaison's.
    @allowed(ADMIN, MEDIATOR, what="朗读文书")
    @mediator_scope(arg="case_id", kind=CASE)
    def script(self, document: str, case_id: int | None, subject_id: int,
               today: date | None = None) -> DocumentScript:
        """The document's printed wording as a script. `subject_id` names which one:
        the agreement's id, the party (consent notice, service address form), the
        agent (power of attorney), the hearing participant (notice)."""
        with self.ctx.db.reading() as session:
            return build_script(self.ctx, session, document, case_id, subject_id,
                                today or today_local())

    @allowed(ADMIN, MEDIATOR, what="朗读文书")
    @mediator_scope(arg="case_id", kind=CASE)
    def filing_documents(self, case_id: int, today: date | None = None
                         ) -> list[ReadableDocument]:
        """The packet's papers that can be read to a party (service address forms,
        powers of attorney); empty before the agreement is signed."""
        with self.ctx.db.reading() as session:
            return filing_documents(session, case_id, today or today_local())

    # -- the record -------------------------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="记录宣读")
    @mediator_scope(arg="case_id", kind=CASE)
    def record(self, document: str, case_id: int | None, subject_id: int, party_id: int,
               digest: str, understood: bool, read_by: str | None = None, voice: str = "",
               read_on: date | None = None) -> ReadingInfo:
        """The liaison confirms that the document (as it read, `digest`) was read to the
        party and whether they said they understood."""
        read_on = read_on or today_local()
        if read_on > today_local():
            raise ValidationError("read_on", "宣读日期不能晚于今天。")
        reader = clean_name(read_by if read_by is not None else self.ctx.actor.name)
        if not reader:
            raise ValidationError("read_by", "请填写宣读人的姓名。")
        if len(reader) > MAX_READER:
            raise ValidationError("read_by", f"宣读人姓名最多{MAX_READER}个字。")
        check_printable(reader, "read_by")  # it is printed on the agreement
        with self.ctx.db.transaction() as session:
            script = build_script(self.ctx, session, document, case_id, subject_id, read_on)
            if script.digest != digest:
                raise UserError(CHANGED.format(title=script.title))
            listener = next((p for p in script.listeners if p.party_id == party_id), None)
            if listener is None:
                raise ValidationError("party_id", f"{script.title}不是给这位当事人的，"
                                                  "请选择听读的当事人。")
            row = DocumentReading(
                case_id=script.case_id, party_id=party_id, document=script.document,
                subject_id=script.subject_id, version=script.version, title=script.title,
                digest=digest, read_by=reader, operator_id=self.ctx.actor.operator_id,
                voice=voice[:100], understood=bool(understood), read_on=read_on)
            session.add(row)
            session.flush()
            self._log(session, row, listener.name)
            return queries.reading_info(row, listener.name)

    def _log(self, session, row: DocumentReading, party_name: str) -> None:
        said = "当事人表示听明白" if row.understood else "当事人表示没有听明白"
        how = f"（用{row.voice}朗读）" if row.voice else ""
        note = (f"{row.read_by}于{format_date_cn(row.read_on)}向{party_name}宣读"
                f"{row.title}{how}，{said}。")
        details = dict(document=row.document, version=row.version, party=row.party_id,
                       understood=row.understood, read_by=row.read_by,
                       digest=row.digest[:16], reading=row.id)
        if row.case_id is None:
            audit.record(session, self.ctx.actor, "reading.record", "party", row.party_id,
                         **details)
        else:
            log(session, self.ctx.actor, session.get(Case, row.case_id), "reading", note,
                action="reading.record", **details)

    @allowed(EVERYONE, what="查看宣读记录")
    @mediator_scope(arg="case_id", kind=CASE)
    def for_case(self, case_id: int) -> list[ReadingInfo]:
        with self.ctx.db.reading() as session:
            return queries.readings(session, case_id=case_id)

    @allowed(EVERYONE, what="查看宣读记录")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def agreement_status(self, agreement_id: int, today: date | None = None
                         ) -> list[PartyReading]:
        """Each party of the agreement against its current wording (the signing dialog
        shows it; signing refuses a stale or not-understood one)."""
        from microcourt.services.agreements.queries import load_agreement  # noqa: PLC0415

        with self.ctx.db.reading() as session:
            case_id = load_agreement(session, agreement_id).case_id
            script = build_script(self.ctx, session, ReadDocument.AGREEMENT, case_id,
                                  agreement_id, today or today_local())
            latest = queries.latest_by_party(session, case_id, ReadDocument.AGREEMENT)
            return queries.party_readings(
                latest, ((p.party_id, p.name) for p in script.listeners), script.digest)

    # -- sound files ------------------------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="导出朗读声音")
    @mediator_scope(arg="case_id", kind=CASE)
    def write_wav(self, document: str, case_id: int | None, subject_id: int,
                  out_path: str | Path, speed: str = Speed.NORMAL) -> float:
        """What the offline voice says for the document, as a WAV file (written
        atomically, audited like a printout); returns its length in seconds."""
        from microcourt.speech.offline import OfflineEngine  # noqa: PLC0415
        from microcourt.speech.wav import write_wav  # noqa: PLC0415

        script = self.script(document, case_id, subject_id)
        seconds = write_wav(OfflineEngine(), script.script, out_path, Speed(speed))
        audit.record_export(self.ctx, "reading.wav", "case" if case_id else "party",
                            case_id or subject_id, document=document, subject=subject_id,
                            seconds=round(seconds, 1), file=Path(out_path).name)
        return seconds

    # -- which voice ------------------------------------------------------------------

    @allowed(EVERYONE, what="查看设置")
    def engine_choice(self) -> EngineChoice:
        with self.ctx.db.reading() as session:
            row = session.get(AppSetting, SETTING_KEY)
            return parse_choice(row.value if row else None)

    @allowed(ADMIN, what="修改设置")
    def set_engine_choice(self, choice: str) -> EngineChoice:
        """The administrator's choice in Settings (audited)."""
        try:
            chosen = EngineChoice(choice)
        except ValueError as exc:
            raise ValidationError("engine", "请选择自动、系统语音或离线语音。") from exc
        with self.ctx.db.transaction() as session:
            row = session.get(AppSetting, SETTING_KEY)
            if row is None:
                session.add(AppSetting(key=SETTING_KEY, value=chosen.value))
            else:
                row.value = chosen.value
            audit.record(session, self.ctx.actor, "settings.speech", None, None,
                         engine=chosen.value)
        return chosen
