"""A debtor's property leads (财产线索), which an enforcement application lists:
最高法《关于民事执行中财产调查若干问题的规定》 art. 1, the applicant gives the court the
property leads it knows (bank deposits, vehicles, real estate, wages receivable). They
are personal information about the debtor: kept with the party, deleted with it and
when it is anonymized (services.parties.consent)."""
from __future__ import annotations

from microcourt.db.models import PropertyLead
from microcourt.domain import PropertyKind
from microcourt.services.audit import chain as audit
from microcourt.services.kernel.rules import ADMIN, EXPORT, allowed
from microcourt.services.parties.dto import PropertyLeadDraft, PropertyLeadInfo
from microcourt.services.parties.mapping import load_party
from microcourt.services.parties.rules import Problems, coded, text

MAX_LEADS = 50
MAX_DETAIL = 300


def validate_leads(drafts: list[PropertyLeadDraft]) -> list[tuple[str, str]]:
    """(kind value, cleaned detail) for each lead that says something; ValidationErrors
    naming the row (field "leads.N") for a bad kind or an over-long detail."""
    problems = Problems()
    leads = []
    for number, draft in enumerate(drafts, start=1):
        field = f"leads.{number}"
        detail = problems.run(text, draft.detail, field, f"第{number}条财产线索", MAX_DETAIL)
        if not detail:
            continue
        kind = problems.run(coded, PropertyKind, draft.kind, field, f"第{number}条财产类型")
        if kind is not None:
            leads.append((kind.value, detail))
    if len(leads) > MAX_LEADS:
        problems.add("leads", f"财产线索最多{MAX_LEADS}条。")
    problems.raise_if_any()
    return leads


class PartyPropertyLeads:
    """Mixed into PartiesService: the property leads of a party (a debtor)."""

    # what a debtor owns: for the enforcement application, the liaison's only
    @allowed(ADMIN, what=EXPORT)
    def property_leads(self, party_id: int) -> tuple[PropertyLeadInfo, ...]:
        with self.ctx.db.reading() as session:
            party = load_party(session, party_id)
            return tuple(PropertyLeadInfo(lead.id, lead.kind, lead.detail)
                         for lead in party.property_leads)

    @allowed(ADMIN, what="修改当事人")
    def set_property_leads(self, party_id: int, leads: list[PropertyLeadDraft]
                           ) -> tuple[PropertyLeadInfo, ...]:
        """Replace the party's leads with `leads` (blank rows dropped), all or nothing."""
        cleaned = validate_leads(leads)
        with self.ctx.db.transaction() as session:
            party = load_party(session, party_id, writable=True)  # not an anonymized one
            party.property_leads.clear()
            session.flush()
            party.property_leads.extend(PropertyLead(kind=k, detail=d) for k, d in cleaned)
            session.flush()
            audit.record(session, self.ctx.actor, "party.property_leads", "party", party_id,
                         count=len(cleaned))
            return tuple(PropertyLeadInfo(lead.id, lead.kind, lead.detail)
                         for lead in party.property_leads)
