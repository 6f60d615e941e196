"""Use cases, one module per area. `open_services` is the one entry point the UI and the
CLI share: it resolves the data directory, opens (and migrates) the database and hands
each service the same context."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from microcourt.db.migrate import open_database
from microcourt.paths import DataPaths, resolve_data_dir
from microcourt.services.kernel.context import SYSTEM_ACTOR, Actor, AppContext
from microcourt.services.kernel.guard import install_guards


class Services:
    """A facade over the services; each public method of each opens its own session."""

    def __init__(self, ctx: AppContext):
        self.ctx = ctx

    @cached_property
    def settings(self):
        from microcourt.services.settings.service import SettingsService
        return SettingsService(self.ctx)

    @cached_property
    def demo(self):
        from microcourt.services.demo.service import DemoService
        return DemoService(self.ctx)

    @cached_property
    def backups(self):
        from microcourt.services.backups.service import BackupsService
        return BackupsService(self.ctx)

    @cached_property
    def cases(self):
        from microcourt.services.cases.service import CasesService
        return CasesService(self.ctx)

    @cached_property
    def mediators(self):
        from microcourt.services.mediators.service import MediatorsService
        return MediatorsService(self.ctx)

    @cached_property
    def parties(self):
        from microcourt.services.parties.service import PartiesService
        return PartiesService(self.ctx)

    @cached_property
    def agreements(self):
        from microcourt.services.agreements.service import AgreementsService
        return AgreementsService(self.ctx)

    @cached_property
    def filings(self):
        from microcourt.services.filings.service import FilingsService
        return FilingsService(self.ctx)

    @cached_property
    def hearings(self):
        from microcourt.services.hearings.service import HearingsService
        return HearingsService(self.ctx)

    @cached_property
    def accounts(self):
        from microcourt.services.accounts.service import AccountsService
        return AccountsService(self.ctx)

    @cached_property
    def audit(self):
        from microcourt.services.audit.service import AuditService
        return AuditService(self.ctx)

    def act_as(self, actor: Actor) -> None:
        """From now on every service acts as `actor` (after a login): the audit log names
        them and the guards check their role. The services share this one context."""
        self.ctx.actor = actor

    @cached_property
    def workbench(self):
        from microcourt.services.reports.workbench import WorkbenchService
        return WorkbenchService(self.ctx)

    @cached_property
    def statistics(self):
        from microcourt.services.reports.statistics import StatisticsService
        return StatisticsService(self.ctx)

    @cached_property
    def reports(self):
        from microcourt.services.reports.monthly import ReportsService
        return ReportsService(self.ctx)

    @property
    def data_dir(self) -> Path:
        return self.ctx.paths.root

    def close(self) -> None:
        self.ctx.db.dispose()


# Every service property above is wrapped in a permission guard (services/guard.py):
# roles are enforced here, for the window and the CLI alike, whatever the caller hides.
install_guards(Services)


def open_services(data_dir: str | Path | None = None, actor: Actor = SYSTEM_ACTOR) -> Services:
    from microcourt.private_files import secure_data_dir  # noqa: PLC0415

    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    db = open_database(paths.database)
    secure_data_dir(paths)  # personal data: readable by this OS user only (where supported)
    return Services(AppContext(db=db, paths=paths, actor=actor))
