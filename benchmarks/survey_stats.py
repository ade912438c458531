"""How long the survey statistics take as responses grow (the results page computes them live).

uv run python benchmarks/survey_stats.py [N ...]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

from ecodesk.db import open_database
from ecodesk.services import survey_answers, surveys
from ecodesk.services.demo import create_demo
from ecodesk.services.survey_stats import survey_statistics
from ecodesk.services.survey_template import plausible_responses


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite3")
        event = create_demo(db)
        survey = surveys.active_survey(db, event.id)
        assert survey is not None
        loaded = 0
        print("responses  load_s  stats_s")
        for size in sizes:
            rows = plausible_responses(survey.definition, size - loaded, random.Random(size))
            start = time.perf_counter()
            survey_answers.load_responses(db, survey.id, rows)
            load_s = time.perf_counter() - start
            loaded = size
            start = time.perf_counter()
            stats = survey_statistics(db, event.id)
            stats_s = time.perf_counter() - start
            assert stats is not None and stats.responses == size
            print(f"{size:9d}  {load_s:6.2f}  {stats_s:7.3f}")
        db.close()


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [120, 500, 2000])
