"""All ORM models; importing this module registers every table on `Base.metadata`."""
from microcourt.db.models.accounts import AppSetting, AuditEntry, CourtProfile, Operator
from microcourt.db.models.agreements import (
                                             Agreement,
                                             AgreementClause,
                                             AgreementScan,
                                             AgreementSignature,
                                             ClauseTemplate,
                                             Installment,
                                             Payment,
)
from microcourt.db.models.base import Base
from microcourt.db.models.cases import (
                                             Case,
                                             CaseAgent,
                                             CaseEvent,
                                             CaseMediator,
                                             CaseNumberCounter,
                                             CaseParty,
                                             Mediator,
)
from microcourt.db.models.filings import Filing, FilingDocument
from microcourt.db.models.hearings import Hearing, HearingChange, HearingParticipant
from microcourt.db.models.parties import Party, PartyAgent, PartySearchGram, PropertyLead
from microcourt.db.models.readings import DocumentReading

__all__ = [
    "Agreement", "AgreementClause", "AgreementScan", "AgreementSignature", "AppSetting",
    "AuditEntry", "Base",
    "Case", "CaseAgent", "CaseEvent", "CaseMediator", "CaseNumberCounter", "CaseParty",
    "ClauseTemplate", "CourtProfile", "DocumentReading", "Filing", "FilingDocument", "Hearing",
    "HearingChange",
    "HearingParticipant", "Installment", "Mediator", "Operator", "Party", "PartyAgent",
    "PartySearchGram",
    "Payment", "PropertyLead",
]
