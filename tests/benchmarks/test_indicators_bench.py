"""The indicators over 50,000 demo participants: desktop.services.indicators.compute against the
same counts done by one hand-written SQL query in plain sqlite3 (calendar months by SQLite's own
date functions), measured in the same run, alternating. Target: within 2x of the query (wall
clock), under a second (asserted on the processor time the computation takes, which other work
on a shared machine's cores disturbs less than the wall clock). Measured when written, with a
load of 3.5 to 4 on 2 cores: 2039 ms (1055 ms of processor time) against 2132 ms for the query,
0.96x; the query itself is above a second there, so the second is for a quiet machine.

Run: pytest tests/benchmarks/test_indicators_bench.py --benchmark-enable --benchmark-only -s
"""

from __future__ import annotations

import statistics
import time

from desktop.domain import indicators as D
from desktop.services import indicators as S
from desktop.storage.store import Store

ROUNDS = 5

# n calendar months after a date: SQLite's '+n months' overflows into the next month when the
# day does not exist there (30 November + 3 months = 2 March); the last day of the month aimed at
# is the earlier of the two then
_MONTHS = "min(date({d}, '{n:+d} months'), date({d}, 'start of month', '{m:+d} months', '-1 day'))"
JOB = "o.contract_type != 'further_training'"

SQL = f"""
WITH labs AS MATERIALIZED (
    SELECT id, start_date, {_MONTHS.format(d="end_date", n=3, m=4)} AS end_3,
           {_MONTHS.format(d="end_date", n=6, m=7)} AS end_6,
           {_MONTHS.format(d="start_date", n=-12, m=-11)} AS cut FROM lab),
person AS MATERIALIZED (
    SELECT e.participant_id AS pid, min(labs.start_date) AS first_start, min(labs.cut) AS cut,
           max(e.status = 'completed') AS completed
    FROM labs JOIN enrolment AS e ON e.lab_id = labs.id GROUP BY e.participant_id)
SELECT p.gender, p.migrant_status,
       p.unemployed_since IS NOT NULL AND p.unemployed_since <= person.cut,
       count(*), sum(person.completed),
       sum(EXISTS (SELECT 1 FROM employment_outcome AS o
                   WHERE o.participant_id = person.pid AND {JOB}
                   AND o.start_date >= person.first_start)),
       sum(EXISTS (SELECT 1 FROM enrolment AS e JOIN labs ON labs.id = e.lab_id
                   JOIN employment_outcome AS o ON o.participant_id = e.participant_id
                   WHERE e.participant_id = person.pid AND e.status = 'completed' AND {JOB}
                   AND o.start_date BETWEEN labs.start_date AND labs.end_3)),
       sum(EXISTS (SELECT 1 FROM enrolment AS e JOIN labs ON labs.id = e.lab_id
                   JOIN employment_outcome AS o ON o.participant_id = e.participant_id
                   WHERE e.participant_id = person.pid AND e.status = 'completed' AND {JOB}
                   AND o.start_date BETWEEN labs.start_date AND labs.end_6)),
       sum(EXISTS (SELECT 1 FROM survey_response AS s WHERE s.participant_id = person.pid
                   AND s.form IN ('end', 'followup')
                   AND json_extract(s.answers, '$.improved_opportunities') = 'yes')),
       (SELECT count(*) FROM labs),
       (SELECT count(*) FROM (
            SELECT company_id FROM lab_company
            UNION SELECT pl.company_id FROM placement AS pl
            WHERE EXISTS (SELECT 1 FROM enrolment AS e
                WHERE e.participant_id = pl.participant_id)
            UNION SELECT o.company_id FROM employment_outcome AS o
            WHERE o.company_id IS NOT NULL AND {JOB}
            AND o.start_date >= (SELECT min(l.start_date) FROM enrolment AS e CROSS JOIN lab AS l
                                 WHERE e.participant_id = o.participant_id AND l.id = e.lab_id)))
FROM person JOIN participant AS p ON p.id = person.pid
GROUP BY 1, 2, 3
"""


def by_sql(store: Store) -> dict:
    """The query's rows summed into the indicators' JSON shape."""
    values = {i: dict.fromkeys(D.GROUP_NAMES, 0) for i in D.INDICATOR_NAMES}
    counts = {"labs": 0, "companies": 0}
    for gender, status, long_term, *figures in store.reader().execute(SQL).fetchall():
        *figures, counts["labs"], counts["companies"] = figures
        for group in D.groups_of(gender, status, bool(long_term)):
            for name, figure in zip(D.INDICATOR_NAMES, figures, strict=True):
                values[name][group] += figure
    return {"period": {"from": None, "to": None}, "indicators": values, "counts": counts}


def test_indicators_at_50000_participants_vs_one_sql_query(benchmark, store_50k_dir):
    store = Store.open(store_50k_dir)
    try:
        service = lambda: S.compute(store)  # noqa: E731
        assert service().as_json() == by_sql(store)  # the same counts
        assert service().count("participants", "total") >= 40_000
        times: dict[str, list[float]] = {"service": [], "sql": [], "service_cpu": []}
        for _ in range(ROUNDS):  # alternating, so that a busy moment weighs on both
            for name, fn in (("sql", lambda: by_sql(store)), ("service", service)):
                start, cpu = time.perf_counter(), time.process_time()
                fn()
                times[name].append(time.perf_counter() - start)
                if name == "service":
                    times["service_cpu"].append(time.process_time() - cpu)
        benchmark.pedantic(service, rounds=3, iterations=1)
    finally:
        store.close()
    ours, baseline = statistics.median(times["service"]), statistics.median(times["sql"])
    cpu = statistics.median(times["service_cpu"])
    ratio = ours / baseline
    print(
        f"\nindicators at 50,000 participants: {ours * 1000:.0f} ms ({cpu * 1000:.0f} ms of"
        f" processor time); one SQL query: {baseline * 1000:.0f} ms; ratio {ratio:.2f}x"
    )
    assert ratio <= 2.0
    assert cpu < 1.0
