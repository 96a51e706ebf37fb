-- Spor cohort outcomes: the counts of cohortOutcomes() (spor/core) over the tables of tables.sql,
-- in plain SQL that PostgreSQL and DuckDB both run. Two rows, 'current' and 'previous', each with
-- the raw counts of that period. Hide small cells before anyone sees them: pass the two rows to
-- cohortOutcomesFromCounts() in spor/core (README, "Cohort outcomes in a warehouse").
--
-- Parameters (a prepared statement's $1 … $6):
--   $1, $2  the period counted, first and last day (both included), 'YYYY-MM-DD'
--   $3, $4  the period before it, of equal length
--   $5      the day counted as of: the day "3 months after starting" must have come by. For the
--           fixed table that is published, the period's reading day (its last day plus $6
--           months: cohortReportPeriods() in spor/core gives it); every job of the previous
--           period is known by then too, so both rows are the fixed table's counts
--   $6      the months after which a job counts as "still employed" (the framework's
--           employedAfterMonths, 3 by default)
--
-- The definitions, the same words as src/core/cohort/cohort.ts:
--   overlaps the period: starts on or before its last day, and has no end or ends on or after
--   its first day.
--   took_part: an internship, a job or an education overlaps the period.
--   started: the earliest start among the young person's internships, jobs and education lies in
--   the period.
--   internship, hourly_work, education, ordinary_employment: one of them overlaps the period.
--   employment_known: the first ordinary job begun in the period (of two on one day, the longer)
--   began at least $6 months before today (start + $6 calendar months, clamped to the month's end,
--   is on or before $5); still_employed: of those, the job had not ended before that day.

WITH periods AS (
  SELECT 'current' AS period, CAST($1 AS DATE) AS from_date, CAST($2 AS DATE) AS to_date
  UNION ALL
  SELECT 'previous', CAST($3 AS DATE), CAST($4 AS DATE)
),
spans AS (
  SELECT participant_id, 'internship' AS what, start_date, end_date FROM placements
  UNION ALL
  SELECT participant_id, kind, start_date, end_date FROM jobs
  UNION ALL
  SELECT participant_id, 'education', start_date, end_date FROM education
),
first_days AS (
  SELECT participant_id, MIN(start_date) AS first_day FROM spans GROUP BY participant_id
),
active AS (
  SELECT
    p.period,
    s.participant_id,
    MAX(CASE WHEN s.what = 'internship' THEN 1 ELSE 0 END) AS internship,
    MAX(CASE WHEN s.what = 'hourly' THEN 1 ELSE 0 END) AS hourly_work,
    MAX(CASE WHEN s.what = 'education' THEN 1 ELSE 0 END) AS education,
    MAX(CASE WHEN s.what = 'ordinary' THEN 1 ELSE 0 END) AS ordinary_employment
  FROM periods p
  JOIN spans s ON s.start_date <= p.to_date AND (s.end_date IS NULL OR s.end_date >= p.from_date)
  GROUP BY p.period, s.participant_id
),
counts AS (
  SELECT
    a.period,
    COUNT(*) AS took_part,
    SUM(CASE WHEN f.first_day BETWEEN p.from_date AND p.to_date THEN 1 ELSE 0 END) AS started,
    SUM(a.internship) AS internship,
    SUM(a.hourly_work) AS hourly_work,
    SUM(a.education) AS education,
    SUM(a.ordinary_employment) AS ordinary_employment
  FROM active a
  JOIN periods p ON p.period = a.period
  JOIN first_days f ON f.participant_id = a.participant_id
  GROUP BY a.period
),
first_ordinary AS (
  SELECT
    p.period,
    j.participant_id,
    j.end_date,
    CAST(j.start_date + CAST($6 AS INTEGER) * INTERVAL '1 month' AS DATE) AS mark,
    ROW_NUMBER() OVER (
      PARTITION BY p.period, j.participant_id
      ORDER BY j.start_date, j.end_date DESC NULLS FIRST
    ) AS rank_in_period
  FROM periods p
  JOIN jobs j ON j.kind = 'ordinary' AND j.start_date BETWEEN p.from_date AND p.to_date
),
employment AS (
  SELECT
    period,
    COUNT(*) AS employment_known,
    SUM(CASE WHEN end_date IS NULL OR end_date >= mark THEN 1 ELSE 0 END) AS still_employed
  FROM first_ordinary
  WHERE rank_in_period = 1 AND mark <= CAST($5 AS DATE)
  GROUP BY period
)
SELECT
  p.period,
  CAST(COALESCE(c.took_part, 0) AS INTEGER) AS took_part,
  CAST(COALESCE(c.started, 0) AS INTEGER) AS started,
  CAST(COALESCE(c.internship, 0) AS INTEGER) AS internship,
  CAST(COALESCE(c.hourly_work, 0) AS INTEGER) AS hourly_work,
  CAST(COALESCE(c.education, 0) AS INTEGER) AS education,
  CAST(COALESCE(c.ordinary_employment, 0) AS INTEGER) AS ordinary_employment,
  CAST(COALESCE(e.employment_known, 0) AS INTEGER) AS employment_known,
  CAST(COALESCE(e.still_employed, 0) AS INTEGER) AS still_employed
FROM periods p
LEFT JOIN counts c ON c.period = p.period
LEFT JOIN employment e ON e.period = p.period
ORDER BY p.period;
