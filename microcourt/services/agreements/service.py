"""Mediation agreements: the use cases an agreement editor and the CLI call.

Each public method is one user action in its own session and returns plain data
(agreement_data). Drafts are edited freely and saved often; recording the signing locks
a version; a change after that is a new version that supersedes the old one when it is
signed. Payments are recorded against the installments of the signed version.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import delete, select

from microcourt.db.models import CourtProfile, Party, Payment
from microcourt.domain import AgreementStatus
from microcourt.errors import NotFound, UserError, ValidationError
from microcourt.services.agreements import drafts, signing
from microcourt.services.agreements import installments as plans
from microcourt.services.agreements.dto import (
    AgreementDetail,
    AgreementDraft,
    AgreementVersion,
    ConfirmationWindow,
    InstallmentInfo,
    InstallmentRow,
    OverdueInstallment,
    SignatureEntry,
    confirmation_deadline,
)
from microcourt.services.agreements.queries import (
    build_detail,
    case_id_by_number,
    installment_info,
    load_agreement,
    load_case,
    version_info,
    versions_of,
)
from microcourt.services.agreements.templates import ClauseTemplates
from microcourt.services.agreements.text import clean_prose
from microcourt.services.audit import chain as audit
from microcourt.services.kernel import changes
from microcourt.services.kernel.context import AppContext
from microcourt.services.kernel.rules import (
    ADMIN,
    AGREEMENT,
    CASE,
    DELETE,
    EVERYONE,
    INSTALLMENT,
    MEDIATOR,
    ROWS_BY_CASE,
    allowed,
    mediator_scope,
    only_own,
)
from microcourt.services.settings.service import CourtProfileData
from microcourt.timeutil import today_local


class AgreementsService:
    def __init__(self, ctx: AppContext):
        self.ctx = ctx
        self.templates = ClauseTemplates(ctx)

    # -- reading ------------------------------------------------------------------------

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="case_number", kind=CASE)
    def case_id_for_number(self, case_number: str) -> int:
        """The case with this registry number (上田微调〔2026〕第1号), or NotFound."""
        with self.ctx.db.reading() as session:
            return case_id_by_number(session, case_number)

    @allowed(ADMIN, MEDIATOR, what="打印调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def write_pdf(self, agreement_id: int, out_path, large_print: bool = False):
        """The 人民调解协议书 as printed for signing (full ID numbers: a legal document),
        written atomically and audited."""
        from pathlib import Path  # noqa: PLC0415

        from microcourt.documents.agreement import build_agreement_pdf  # noqa: PLC0415
        from microcourt.services.settings.service import SettingsService  # noqa: PLC0415

        detail = self.get(agreement_id)
        profile = SettingsService(self.ctx).profile()
        path = build_agreement_pdf(detail, Path(out_path), large_print=large_print,
                                   court_profile=profile,
                                   attestations=self._attestations(detail, profile))
        audit.record_export(self.ctx, "agreement.pdf", "agreement", agreement_id,
                            case=detail.case_number, version=detail.version,
                            large_print=large_print)
        return path

    def _attestations(self, detail: AgreementDetail, profile):
        from microcourt.services.readings.attest import agreement_attestations  # noqa: PLC0415

        with self.ctx.db.reading() as session:
            return agreement_attestations(session, detail, profile or CourtProfileData())

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def get(self, agreement_id: int, today: date | None = None) -> AgreementDetail:
        with self.ctx.db.reading() as session:
            return build_detail(session, load_agreement(session, agreement_id),
                                today or today_local())

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="case_id", kind=CASE)
    def current(self, case_id: int, today: date | None = None) -> AgreementDetail | None:
        """The newest version (a draft being prepared, or the one in force), or None."""
        with self.ctx.db.reading() as session:
            found = versions_of(session, case_id)
            return build_detail(session, found[-1], today or today_local()) if found else None

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="case_id", kind=CASE)
    def in_force(self, case_id: int, today: date | None = None) -> AgreementDetail | None:
        """The signed version that is not superseded (what a filing is made from)."""
        with self.ctx.db.reading() as session:
            signed = [a for a in versions_of(session, case_id)
                      if a.status == AgreementStatus.SIGNED]
            return build_detail(session, signed[-1], today or today_local()) if signed else None

    @allowed(EVERYONE, what="查看调解协议")
    @mediator_scope(arg="case_id", kind=CASE)
    def versions(self, case_id: int) -> list[AgreementVersion]:
        with self.ctx.db.reading() as session:
            return [version_info(a) for a in versions_of(session, case_id)]

    # -- drafts -------------------------------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="case_id", kind=CASE)
    def create_draft(self, case_id: int, from_template: bool = True) -> AgreementDetail:
        """Version 1, prefilled from the case (and the category's clause templates)."""
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id)
            existing = versions_of(session, case_id)
            if existing:
                raise UserError(f"案件{case.number}已有调解协议（第{existing[-1].version}版），"
                                "请打开它继续编辑，或在已签署的协议上生成新版本。")
            profile = session.scalar(select(CourtProfile).limit(1))
            place = (profile.room or profile.name) if profile else ""
            agreement = drafts.new_draft(session, case, from_template, place)
            audit.record(session, self.ctx.actor, "agreement.create", "agreement",
                         agreement.id, case=case.number, version=1)
            return build_detail(session, agreement, today_local())

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def save_draft(self, agreement_id: int, draft: AgreementDraft) -> AgreementDetail:
        with self.ctx.db.transaction() as session:
            agreement = load_agreement(session, agreement_id)
            drafts.ensure_editable(agreement)
            case = load_case(session, agreement.case_id)
            drafts.apply_draft(session, agreement, case, draft)
            session.flush()
            return build_detail(session, agreement, today_local())

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="case_id", kind=CASE)
    def import_draft(self, case_id: int, draft: AgreementDraft, rows: list[InstallmentRow],
                     reason: str = "导入协议内容") -> AgreementDetail:
        """A draft from given text and plan in one step (the command line's import): the
        case's draft is replaced, a signed agreement gets a new version; the same checks
        as saving in the editor, and all or nothing."""
        with self.ctx.db.transaction() as session:
            case = load_case(session, case_id)
            found = versions_of(session, case_id)
            if not found:
                agreement = drafts.new_draft(session, case, False, draft.signing_place)
            elif found[-1].status == AgreementStatus.DRAFT:
                agreement = found[-1]
            else:
                agreement = signing.copy_as_new_version(session, found[-1], case, reason,
                                                        self.ctx.actor)
            plans.set_rows(session, agreement, case, rows)
            if draft.total_fen is None and rows:
                draft = replace(draft, total_fen=sum(r.amount_fen for r in rows))
            drafts.apply_draft(session, agreement, case, draft)
            audit.record(session, self.ctx.actor, "agreement.import", "agreement", agreement.id,
                         case=case.number, version=agreement.version,
                         installments=len(rows))
            return build_detail(session, agreement, today_local())

    @allowed(ADMIN, what=DELETE)
    def discard_draft(self, agreement_id: int) -> None:
        """Delete a draft (e.g. a new version the parties did not sign after all)."""
        with self.ctx.db.transaction() as session:
            agreement = load_agreement(session, agreement_id)
            drafts.ensure_editable(agreement)
            audit.record(session, self.ctx.actor, "agreement.discard", "agreement",
                         agreement.id, version=agreement.version)
            session.delete(agreement)

    # -- payment plans (drafts only) ----------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def generate_installments(self, agreement_id: int, total_fen: int, count: int,
                              first_date: date, every: int = 1, unit: str = "month",
                              payer_party_id: int | None = None,
                              payee_party_id: int | None = None) -> AgreementDetail:
        """Replace the plan with `count` installments summing exactly to `total_fen`."""
        return self._edit_plan(agreement_id, lambda s, a, c: plans.generate(
            s, a, c, total_fen, count, first_date, every, unit, payer_party_id, payee_party_id))

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def generate_per_claimant(self, agreement_id: int, count: int, first_date: date,
                              every: int = 1, unit: str = "month",
                              payer_party_id: int | None = None) -> AgreementDetail:
        """Replace the plan with each applicant's own schedule for their claimed amount."""
        return self._edit_plan(agreement_id, lambda s, a, c: plans.generate_per_claimant(
            s, a, c, count, first_date, every, unit, payer_party_id))

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def set_installments(self, agreement_id: int, rows: list[InstallmentRow]) -> AgreementDetail:
        return self._edit_plan(agreement_id, lambda s, a, c: plans.set_rows(s, a, c, rows))

    def _edit_plan(self, agreement_id: int, change) -> AgreementDetail:
        with self.ctx.db.transaction() as session:
            agreement = load_agreement(session, agreement_id)
            drafts.ensure_editable(agreement)
            case = load_case(session, agreement.case_id)
            change(session, agreement, case)
            drafts.write_from_plan(session, agreement, case)
            audit.record(session, self.ctx.actor, "agreement.plan", "agreement", agreement.id,
                         installments=len(agreement.installments),
                         total_fen=agreement.total_fen)
            return build_detail(session, agreement, today_local())

    # -- signing and versions -----------------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def record_signing(self, agreement_id: int, signatures: list[SignatureEntry],
                       today: date | None = None,
                       sealed_on: date | None = None) -> AgreementDetail:
        """Lock the draft: every party and at least one mediator signed, the committee
        sealed (on `sealed_on`, else with the last signature), no date in the future, no
        unclear content (民诉解释 358(五)); it takes effect on the last of the signatures
        and the seal (人民调解法 art. 29)."""
        today = today or today_local()
        with self.ctx.db.transaction() as session:
            agreement = load_agreement(session, agreement_id)
            case = load_case(session, agreement.case_id)
            signing.sign(session, agreement, case, signatures, today, self.ctx.actor,
                         self._signing_errors(session, agreement, today), sealed_on)
            audit.record(session, self.ctx.actor, "agreement.sign", "agreement", agreement.id,
                         case=case.number, version=agreement.version,
                         effective_on=agreement.effective_on, sealed_on=agreement.sealed_on,
                         signatures=len(signatures))
            return build_detail(session, agreement, today)

    @staticmethod
    def _signing_errors(session, agreement, today: date) -> list:
        """Unclear content, each beside its clause; and a party whose reading was of
        other wording, or who did not understand, must hear it again before signing
        (readings/attest.py says why it refuses)."""
        if agreement.status != AgreementStatus.DRAFT:
            return []
        from microcourt.services.filings.queries import court_profile  # noqa: PLC0415
        from microcourt.services.readings.attest import signing_errors  # noqa: PLC0415

        detail = build_detail(session, agreement, today)
        unclear = [ValidationError(w.field or "clauses", w.message) for w in detail.blocking]
        return unclear + signing_errors(session, detail, court_profile(session))

    @allowed(ADMIN, MEDIATOR, what="记录调解协议")
    @mediator_scope(arg="agreement_id", kind=AGREEMENT)
    def new_version(self, agreement_id: int, reason: str) -> AgreementDetail:
        """A draft copy of a signed agreement; the old one stays in force until the new
        one is signed, and readable after."""
        with self.ctx.db.transaction() as session:
            agreement = load_agreement(session, agreement_id)
            case = load_case(session, agreement.case_id)
            copy = signing.copy_as_new_version(session, agreement, case, reason, self.ctx.actor)
            audit.record(session, self.ctx.actor, "agreement.new_version", "agreement", copy.id,
                         case=case.number, version=copy.version, reason=reason)
            return build_detail(session, copy, today_local())

    @staticmethod
    @allowed(EVERYONE, what="查看调解协议")
    def confirmation_window(agreement: AgreementDetail) -> date | None:
        """Last day to apply for judicial confirmation (民事诉讼法 art. 205: 30 days)."""
        return confirmation_deadline(agreement.effective_on)

    @allowed(EVERYONE, what="查看调解协议")
    @only_own(ROWS_BY_CASE)
    def windows_closing(self, within_days: int, today: date | None = None
                        ) -> list[ConfirmationWindow]:
        with self.ctx.db.reading() as session:
            return signing.windows_closing(session, within_days, today or today_local())

    # -- performance --------------------------------------------------------------------

    @allowed(ADMIN, MEDIATOR, what="记录履行情况")
    @mediator_scope(arg="installment_id", kind=INSTALLMENT)
    def record_payment(self, installment_id: int, paid_on: date, amount_fen: int,
                       note: str = "", today: date | None = None) -> InstallmentInfo:
        """A payment, possibly partial; paying more than is still owed is refused."""
        today = today or today_local()
        with self.ctx.db.transaction() as session:
            installment = plans.load_installment(session, installment_id)
            payment = plans.add_payment(session, installment, paid_on, amount_fen,
                                        clean_prose(note), today)
            audit.record(session, self.ctx.actor, "agreement.payment", "installment",
                         installment.id, payment=payment.id, amount_fen=amount_fen,
                         paid_on=paid_on)
            session.refresh(installment)
            ids = [installment.payer_party_id, installment.payee_party_id]
            names = dict(session.execute(select(Party.id, Party.name)
                                         .where(Party.id.in_(ids))).all())
            return installment_info(installment, names, today)

    @allowed(ADMIN, what=DELETE)
    def delete_payment(self, payment_id: int) -> None:
        """Undo a payment recorded by mistake (audited)."""
        with self.ctx.db.transaction() as session:
            payment = session.get(Payment, payment_id)
            if payment is None:
                raise NotFound(f"没有编号为{payment_id}的付款记录，可能已被删除。")
            if payment.installment.agreement.status != AgreementStatus.SIGNED:
                raise UserError("这笔付款属于已被取代的协议版本，不能删除。")
            audit.record(session, self.ctx.actor, "agreement.payment_delete", "installment",
                         payment.installment_id, amount_fen=payment.amount_fen,
                         paid_on=payment.paid_on)
            session.execute(delete(Payment).where(Payment.id == payment_id))
            agreement = payment.installment.agreement  # a Core DELETE: the ORM did not see it
            changes.note(session, changes.Changes(agreements={agreement.id},
                                                  cases={agreement.case_id}))

    @allowed(EVERYONE, what="查看调解协议")
    @only_own(ROWS_BY_CASE)
    def overdue_installments(self, today: date | None = None,
                             case_id: int | None = None) -> list[OverdueInstallment]:
        """Unpaid installments past their date, in signed agreements in force."""
        with self.ctx.db.reading() as session:
            return plans.overdue(session, today or today_local(), case_id)

    @allowed(EVERYONE, what="查看调解协议")
    def count_overdue(self, today: date | None = None) -> int:
        with self.ctx.db.reading() as session:
            return plans.count_overdue(session, today or today_local())
