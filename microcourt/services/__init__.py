"""Use cases, one module per area. `open_services` is the one entry point the UI and the
CLI share: it resolves the data directory, opens (and migrates) the database and hands
each service the same context."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services import lazily, on first use; so does SQLAlchemy, so
    # that importing a dto (the CLI's parser, the documents) stays cheap (issue 16.2)
    from microcourt.services.accounts.service import AccountsService
    from microcourt.services.agreements.service import AgreementsService
    from microcourt.services.audit.service import AuditService
    from microcourt.services.backups.service import BackupsService
    from microcourt.services.cases.service import CasesService
    from microcourt.services.demo.service import DemoService
    from microcourt.services.filings.service import FilingsService
    from microcourt.services.hearings.service import HearingsService
    from microcourt.services.kernel.context import Actor, AppContext
    from microcourt.services.mediators.service import MediatorsService
    from microcourt.services.parties.service import PartiesService
    from microcourt.services.readings.service import ReadingsService
    from microcourt.services.reports.monthly import ReportsService
    from microcourt.services.reports.statistics import StatisticsService
    from microcourt.services.reports.workbench import WorkbenchService
    from microcourt.services.scans.service import ScansService
    from microcourt.services.settings.service import SettingsService


def guarded(service, area: str, ctx: AppContext):
    from microcourt.services.kernel.guard import guarded as wrap
    return wrap(service, area, ctx)


class Services:
    """A facade over the services; each public method of each opens its own session."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @cached_property
    def settings(self) -> SettingsService:
        from microcourt.services.settings.service import SettingsService
        return guarded(SettingsService(self.ctx), "settings", self.ctx)

    @cached_property
    def demo(self) -> DemoService:
        from microcourt.services.demo.service import DemoService
        return guarded(DemoService(self.ctx), "demo", self.ctx)

    @cached_property
    def backups(self) -> BackupsService:
        from microcourt.services.backups.service import BackupsService
        return guarded(BackupsService(self.ctx), "backups", self.ctx)

    @cached_property
    def scans(self) -> ScansService:
        from microcourt.services.scans.service import ScansService
        return guarded(ScansService(self.ctx), "scans", self.ctx)

    @cached_property
    def cases(self) -> CasesService:
        from microcourt.services.cases.service import CasesService
        return guarded(CasesService(self.ctx), "cases", self.ctx)

    @cached_property
    def mediators(self) -> MediatorsService:
        from microcourt.services.mediators.service import MediatorsService
        return guarded(MediatorsService(self.ctx), "mediators", self.ctx)

    @cached_property
    def parties(self) -> PartiesService:
        from microcourt.services.parties.service import PartiesService
        return guarded(PartiesService(self.ctx), "parties", self.ctx)

    @cached_property
    def agreements(self) -> AgreementsService:
        from microcourt.services.agreements.service import AgreementsService
        return guarded(AgreementsService(self.ctx), "agreements", self.ctx)

    @cached_property
    def filings(self) -> FilingsService:
        from microcourt.services.filings.service import FilingsService
        return guarded(FilingsService(self.ctx), "filings", self.ctx)

    @cached_property
    def hearings(self) -> HearingsService:
        from microcourt.services.hearings.service import HearingsService
        return guarded(HearingsService(self.ctx), "hearings", self.ctx)

    @cached_property
    def readings(self) -> ReadingsService:
        from microcourt.services.readings.service import ReadingsService
        return guarded(ReadingsService(self.ctx), "readings", self.ctx)

    @cached_property
    def accounts(self) -> AccountsService:
        from microcourt.services.accounts.service import AccountsService
        return guarded(AccountsService(self.ctx), "accounts", self.ctx)

    @cached_property
    def audit(self) -> AuditService:
        from microcourt.services.audit.service import AuditService
        return guarded(AuditService(self.ctx), "audit", self.ctx)

    def act_as(self, actor: Actor) -> None:
        """From now on every service acts as `actor` (after a login): the audit log names
        them and the guards check their role. The services share this one context."""
        self.ctx.actor = actor

    @cached_property
    def workbench(self) -> WorkbenchService:
        from microcourt.services.reports.workbench import WorkbenchService
        return guarded(WorkbenchService(self.ctx), "workbench", self.ctx)

    @cached_property
    def statistics(self) -> StatisticsService:
        from microcourt.services.reports.statistics import StatisticsService
        return guarded(StatisticsService(self.ctx), "statistics", self.ctx)

    @cached_property
    def reports(self) -> ReportsService:
        from microcourt.services.reports.monthly import ReportsService
        return guarded(ReportsService(self.ctx), "reports", self.ctx)

    @property
    def data_dir(self) -> Path:
        return self.ctx.paths.root

    def close(self) -> None:
        self.ctx.db.dispose()


def open_services(data_dir: str | Path | None = None, actor: Actor | None = None) -> Services:
    from microcourt.db.migrate import open_database
    from microcourt.leftovers import remove_leftovers
    from microcourt.paths import DataPaths, resolve_data_dir
    from microcourt.private_files import secure_data_dir
    from microcourt.services.kernel.context import SYSTEM_ACTOR, AppContext

    actor = actor or SYSTEM_ACTOR
    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    remove_leftovers(paths)  # what a crash left: plain copies, staging folders
    db = open_database(paths.database)
    secure_data_dir(paths)  # personal data: readable by this OS user only (where supported)
    return Services(AppContext(db=db, paths=paths, actor=actor))
