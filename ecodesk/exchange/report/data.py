"""What the workbook shows, read once from the services before any sheet is written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from dataclasses import replace as dc_replace

from ecodesk.db import Database
from ecodesk.services import survey_stats
from ecodesk.services.attendance import AttendanceSummary, RosterEntry, roster, summarise
from ecodesk.services.collector import collector_paused
from ecodesk.services.events import EventInfo, get_event
from ecodesk.services.survey_definition import SurveyDefinition
from ecodesk.services.surveys import StoredResponse, active_survey, stored_responses


@dataclass(frozen=True)
class SurveyData:
    definition: SurveyDefinition
    responses: list[StoredResponse]
    stats: survey_stats.SurveyStats


@dataclass(frozen=True)
class ReportData:
    event: EventInfo
    #: Participants in Thai dictionary order.
    roster: list[RosterEntry]
    attendance: AttendanceSummary
    survey_data: SurveyData | None

    @property
    def survey(self) -> survey_stats.SurveyStats | None:
        return self.survey_data.stats if self.survey_data else None


def _survey(
    db: Database, event: EventInfo, band_set: str | None, kpi_method: str | None
) -> SurveyData | None:
    survey = active_survey(db, event.id)
    if survey is None:
        return None
    # Responses are read once and shared by the statistics and the raw-data sheet.
    responses = stored_responses(db, survey.family)
    settings = event.settings
    stats = survey_stats.compute(
        survey.definition,
        responses,
        band_set=band_set or str(settings.get("survey_bands", survey_stats.DEFAULT_BANDS)),
        kpi_method=kpi_method or str(settings.get("survey_kpi", survey_stats.DEFAULT_KPI)),
        version=survey.version,
    )
    rate = survey_stats.response_rate(db, event.id, survey.family, survey.definition, responses)
    return SurveyData(survey.definition, responses, dc_replace(stats, response_rate=rate))


def load_report_data(
    db: Database,
    event_id: uuid.UUID,
    *,
    band_set: str | None = None,
    kpi_method: str | None = None,
    with_survey: bool = True,
) -> ReportData:
    with collector_paused():
        event = get_event(db, event_id)
        # The survey first: its statistics are done before the roster takes its share of memory.
        survey = _survey(db, event, band_set, kpi_method) if with_survey else None
        people = roster(db, event)
        return ReportData(event, people, summarise(people, event), survey)
