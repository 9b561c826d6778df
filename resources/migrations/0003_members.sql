-- Members: a folded name key (last name, then first name; lowercase, no accents) kept by the
-- store beside search_text. The member list sorts on it and duplicate checks compare it, so
-- that "Hélène Dupré" and "helene dupre" are one name. Derived locally, never replicated.
ALTER TABLE member ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
-- Rows written before this column existed get an ASCII-folded key until their next change.
UPDATE member SET name_key = lower(trim(last_name || ' ' || first_name));
CREATE INDEX member_by_name_key ON member (name_key);
CREATE INDEX member_by_partner_phone ON member (partner_phone);
CREATE INDEX member_by_partner_email ON member (partner_email COLLATE NOCASE);
-- The list's search reads this narrow index instead of the whole rows: counting the matches
-- of a keystroke over ten thousand members stays within a few milliseconds.
CREATE INDEX member_search ON member (deleted, archived, search_text, name_key);
