import type { Database } from 'better-sqlite3-multiple-ciphers'

/**
 * The first schema: everything method/codebook.json and method/DIAGNOSIS.md read. Never edit
 * once shipped; add a numbered file instead. Ids are UUID text, timestamps ISO 8601 UTC text.
 * Coded work never disappears as a side effect: deleting a respondent, an interview or a code that
 * still has material is refused (RESTRICT); services delete it explicitly, after telling the user.
 */
export default function migrate(db: Database): void {
  db.exec(`
CREATE TABLE engagement (
  id TEXT PRIMARY KEY,
  singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
  client TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL CHECK (language IN ('fr','en')),
  start_date TEXT,
  end_date TEXT,
  consultants TEXT NOT NULL DEFAULT '[]',
  settings TEXT NOT NULL DEFAULT '{}',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE coders (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  initials TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person','consensus')),
  created_at TEXT NOT NULL
);

CREATE TABLE respondents (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE COLLATE NOCASE,
  group_key TEXT NOT NULL CHECK (group_key IN ('employee','manager','leadership','customer','other')),
  unit TEXT,
  site TEXT,
  role TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Kept apart from respondents so that nothing that reads respondents can leak a name.
CREATE TABLE respondent_identities (
  respondent_id TEXT PRIMARY KEY REFERENCES respondents(id) ON DELETE CASCADE,
  real_name TEXT,
  contact TEXT
);

CREATE TABLE variables (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('text','number','boolean','date','choice')),
  options TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE variable_values (
  respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE CASCADE,
  variable_id TEXT NOT NULL REFERENCES variables(id) ON DELETE CASCADE,
  value TEXT NOT NULL,
  PRIMARY KEY (respondent_id, variable_id)
) WITHOUT ROWID;

CREATE TABLE guides (
  id TEXT PRIMARY KEY,
  key TEXT,
  group_key TEXT NOT NULL CHECK (group_key IN ('employee','manager','leadership','customer','other')),
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL,
  intro_fr TEXT NOT NULL DEFAULT '',
  intro_en TEXT NOT NULL DEFAULT '',
  consent_fr TEXT NOT NULL DEFAULT '',
  consent_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE questions (
  id TEXT PRIMARY KEY,
  guide_id TEXT NOT NULL REFERENCES guides(id) ON DELETE CASCADE,
  key TEXT,
  position INTEGER NOT NULL,
  text_fr TEXT NOT NULL,
  text_en TEXT NOT NULL,
  probes_fr TEXT NOT NULL DEFAULT '[]',
  probes_en TEXT NOT NULL DEFAULT '[]',
  type TEXT NOT NULL CHECK (type IN ('open','scale','choice','ranking')),
  options TEXT,
  stance TEXT NOT NULL DEFAULT 'SELF' CHECK (stance IN ('SELF','ATTR')),
  target TEXT CHECK (target IN ('employee','manager','leadership','customer','other')),
  expected_codes TEXT NOT NULL DEFAULT '[]',
  CHECK (stance = 'ATTR' OR target IS NULL)
);
CREATE INDEX questions_by_guide ON questions(guide_id, position);

CREATE TABLE interviews (
  id TEXT PRIMARY KEY,
  respondent_id TEXT NOT NULL REFERENCES respondents(id) ON DELETE RESTRICT,
  guide_id TEXT REFERENCES guides(id) ON DELETE SET NULL,
  interviewer_id TEXT REFERENCES coders(id) ON DELETE SET NULL,
  place TEXT,
  started_at TEXT,
  ended_at TEXT,
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned','in_progress','completed','abandoned','imported')),
  consent_given INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0,1)),
  consent_at TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX interviews_by_respondent ON interviews(respondent_id);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  interview_id TEXT REFERENCES interviews(id) ON DELETE RESTRICT,
  respondent_id TEXT REFERENCES respondents(id) ON DELETE RESTRICT,
  question_id TEXT REFERENCES questions(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('answer','transcript','notes','imported')),
  title TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  source TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX documents_by_interview ON documents(interview_id);
CREATE INDEX documents_by_respondent ON documents(respondent_id);

-- Accent- and case-insensitive search: "eleve" finds "élève".
CREATE VIRTUAL TABLE documents_fts USING fts5(
  text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
  INSERT INTO documents_fts(rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TABLE codebook (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  source_id TEXT,
  name_fr TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  decision_rules TEXT NOT NULL DEFAULT '[]'
);

CREATE TABLE code_families (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL,
  pole TEXT,
  color TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  family_id TEXT REFERENCES code_families(id) ON DELETE SET NULL,
  parent_id TEXT REFERENCES codes(id) ON DELETE RESTRICT,
  name_fr TEXT NOT NULL,
  name_en TEXT NOT NULL,
  definition_fr TEXT NOT NULL DEFAULT '',
  definition_en TEXT NOT NULL DEFAULT '',
  include_rule TEXT NOT NULL DEFAULT '',
  exclude_rule TEXT NOT NULL DEFAULT '',
  example_fr TEXT NOT NULL DEFAULT '',
  example_en TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL,
  shortcut TEXT UNIQUE,
  pragmatism_role TEXT CHECK (pragmatism_role IN ('pragmatic','relational')),
  idealism_role TEXT CHECK (idealism_role IN ('pragmatic','relational')),
  analyst_only INTEGER NOT NULL DEFAULT 0 CHECK (analyst_only IN (0,1)),
  flags TEXT NOT NULL DEFAULT '[]',
  ibm_items TEXT NOT NULL DEFAULT '[]',
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX codes_by_parent ON codes(parent_id);

CREATE TABLE codings (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL CHECK (start >= 0),
  end INTEGER NOT NULL,
  text TEXT NOT NULL,
  code_id TEXT NOT NULL REFERENCES codes(id) ON DELETE RESTRICT,
  coder_id TEXT NOT NULL REFERENCES coders(id),
  stance TEXT NOT NULL DEFAULT 'SELF' CHECK (stance IN ('SELF','ATTR')),
  target TEXT CHECK (target IN ('employee','manager','leadership','customer','other')),
  valence TEXT NOT NULL DEFAULT '0' CHECK (valence IN ('+','-','0')),
  intensity INTEGER CHECK (intensity IN (1,2,3)),
  flags TEXT NOT NULL DEFAULT '[]',
  memo TEXT NOT NULL DEFAULT '',
  needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0,1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end > start),
  CHECK (stance = 'ATTR' OR target IS NULL)
);
CREATE INDEX codings_by_document ON codings(document_id, start);
CREATE INDEX codings_by_code ON codings(code_id);
CREATE INDEX codings_by_coder ON codings(coder_id);

CREATE TABLE collectives (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  label TEXT NOT NULL CHECK (label IN ('community','project','work_group','other')),
  c1 INTEGER CHECK (c1 IN (0,1)),
  c2 INTEGER CHECK (c2 IN (0,1)),
  c3 INTEGER CHECK (c3 IN (0,1)),
  c4 INTEGER CHECK (c4 IN (0,1)),
  c5 INTEGER CHECK (c5 IN (0,1)),
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE collective_evidence (
  collective_id TEXT NOT NULL REFERENCES collectives(id) ON DELETE CASCADE,
  coding_id TEXT NOT NULL REFERENCES codings(id) ON DELETE CASCADE,
  PRIMARY KEY (collective_id, coding_id)
) WITHOUT ROWID;

CREATE TABLE memos (
  id TEXT PRIMARY KEY,
  subject_type TEXT NOT NULL
    CHECK (subject_type IN ('engagement','respondent','interview','document','code','coding','collective')),
  subject_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  author_id TEXT REFERENCES coders(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX memos_by_subject ON memos(subject_type, subject_id);

CREATE TABLE closed_answers (
  id TEXT PRIMARY KEY,
  interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE RESTRICT,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (interview_id, question_id)
);

-- The consultant's word over the engine's: a band or a recommendation, always with a reason.
CREATE TABLE band_overrides (
  measure TEXT PRIMARY KEY,
  band TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  author_id TEXT REFERENCES coders(id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE recommendation_overrides (
  recommendation TEXT PRIMARY KEY CHECK (recommendation GLOB 'R[0-9]*'),
  decision TEXT NOT NULL CHECK (decision IN ('accepted','edited','rejected')),
  text_fr TEXT,
  text_en TEXT,
  reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
  author_id TEXT REFERENCES coders(id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL
);
`)
}
