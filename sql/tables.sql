-- Spor's programme records as tables, for back ends whose records live in a database and whose
-- cohorts outgrow a browser. Plain SQL that PostgreSQL and DuckDB both run. One row per entry of
-- a young person's ProgressData (see dist/progress-data.schema.json); dates are local dates in
-- the framework's time zone (what parseProgressData returns). No names: a participant is its id.

CREATE TABLE participants (
  id VARCHAR(200) PRIMARY KEY
);

-- ProgressData.placements: internships.
CREATE TABLE placements (
  participant_id VARCHAR(200) NOT NULL REFERENCES participants (id),
  id VARCHAR(200) NOT NULL,
  company VARCHAR(200) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE, -- NULL while the internship goes on
  PRIMARY KEY (participant_id, id)
);

-- ProgressData.jobs: ordinary employment or paid hourly work.
CREATE TABLE jobs (
  participant_id VARCHAR(200) NOT NULL REFERENCES participants (id),
  id VARCHAR(200) NOT NULL,
  employer VARCHAR(200) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE, -- NULL while the job goes on
  kind VARCHAR(8) NOT NULL CHECK (kind IN ('ordinary', 'hourly')),
  hours_per_week NUMERIC(5, 2),
  PRIMARY KEY (participant_id, id)
);

-- ProgressData.education.
CREATE TABLE education (
  participant_id VARCHAR(200) NOT NULL REFERENCES participants (id),
  id VARCHAR(200) NOT NULL,
  institution VARCHAR(200) NOT NULL,
  start_date DATE NOT NULL,
  end_date DATE,
  PRIMARY KEY (participant_id, id)
);

-- ProgressData.followUps: the agreed check-ins after a job starts (`with` is a reserved word).
CREATE TABLE follow_ups (
  participant_id VARCHAR(200) NOT NULL REFERENCES participants (id),
  id VARCHAR(200) NOT NULL,
  job_id VARCHAR(200) NOT NULL,
  due DATE NOT NULL,
  done DATE,
  with_whom VARCHAR(12) NOT NULL CHECK (with_whom IN ('young-person', 'employer', 'both')),
  outcome VARCHAR(13) CHECK (outcome IN ('going-well', 'needs-support', 'declined', 'ended')),
  note VARCHAR(5000),
  PRIMARY KEY (participant_id, id),
  FOREIGN KEY (participant_id, job_id) REFERENCES jobs (participant_id, id)
);

-- ProgressData.hours: planned and attended hours of one activity in one ISO week ('2026-W09').
CREATE TABLE hours (
  participant_id VARCHAR(200) NOT NULL REFERENCES participants (id),
  week CHAR(8) NOT NULL,
  activity VARCHAR(10) NOT NULL CHECK (activity IN ('internship', 'teaching', 'other')),
  planned NUMERIC(5, 2) NOT NULL CHECK (planned >= 0 AND planned <= 100),
  attended NUMERIC(5, 2) NOT NULL CHECK (attended >= 0 AND attended <= 100),
  PRIMARY KEY (participant_id, week, activity)
);
