-- newsdb schema, version 2: when each failure happened, and case-insensitive name lookups.

-- When the file failed (UTC, ISO 8601); NULL for failures recorded before version 2.
ALTER TABLE failures ADD COLUMN at TEXT;

-- Reports and users look entities up by name ignoring case ("nato", "Kuleba").
CREATE INDEX entities_name_nocase ON entities(name COLLATE NOCASE);
CREATE INDEX entity_aliases_alias_nocase ON entity_aliases(alias COLLATE NOCASE);
