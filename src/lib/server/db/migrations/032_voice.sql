-- Spoken calls on the board (issue 16). Each location's board voice: which voice speaks (the
-- office's own recordings, espeak-ng on the server, the browser's own voice, or the chime only),
-- how loud, its quiet hours (local HH:MM, from–to, may cross midnight; both NULL: none), and
-- whether the room and floor are said. A location without a row has the defaults.
CREATE TABLE voice_settings (
  location_id INTEGER PRIMARY KEY REFERENCES locations(id) ON DELETE CASCADE,
  source TEXT NOT NULL DEFAULT 'synth' CHECK (source IN ('clips', 'synth', 'browser', 'chime')),
  language TEXT NOT NULL DEFAULT 'pl' CHECK (length(language) BETWEEN 2 AND 8),
  volume INTEGER NOT NULL DEFAULT 100 CHECK (volume BETWEEN 0 AND 100),
  quiet_from TEXT CHECK (quiet_from GLOB '[0-2][0-9]:[0-5][0-9]'),
  quiet_to TEXT CHECK (quiet_to GLOB '[0-2][0-9]:[0-5][0-9]'),
  says_room INTEGER NOT NULL DEFAULT 1 CHECK (says_room IN (0, 1)),
  says_floor INTEGER NOT NULL DEFAULT 0 CHECK (says_floor IN (0, 1)),
  CHECK ((quiet_from IS NULL) = (quiet_to IS NULL))
);

-- The office's own recordings: one clip per word of a call (shared/speech/phrase.ts vocabulary).
-- Kept in the database, not in files, so a backup carries them; a full set is about 2 MB.
CREATE TABLE voice_clips (
  language TEXT NOT NULL,
  word TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('audio/ogg', 'audio/wav', 'audio/mpeg')),
  audio BLOB NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by INTEGER REFERENCES staff(id),
  uploaded_at INTEGER NOT NULL,
  PRIMARY KEY (language, word)
);
