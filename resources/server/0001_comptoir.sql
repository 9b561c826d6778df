-- Comptoir's shared server schema, version 1 (docs/SYNC.md). Run by `comptoir-cli server init`
-- in one transaction; nobody writes this SQL by hand.
--
-- Every replicated table has the columns of the desks' table (core/store/Schema) with proper
-- types, and the replication columns: revision (from one sequence), updated_at, updated_by,
-- deleted (a tombstone), sync_xid (the transaction that wrote the row last), sync_replica
-- (the desk that pushed it) and sync_pure (the row is exactly what that desk uploaded, so that
-- the desk needs only its new revision back). Column defaults and triggers stamp them on every
-- insert and update, whoever the writer is.

CREATE SCHEMA comptoir;

CREATE TABLE comptoir.sync_meta (
    key text PRIMARY KEY,
    value text NOT NULL
);

CREATE SEQUENCE comptoir.revision_seq;

CREATE FUNCTION comptoir.stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.revision := nextval('comptoir.revision_seq');
    NEW.sync_xid := pg_current_xact_id();
    NEW.sync_replica := nullif(current_setting('comptoir.replica', true), '')::uuid;
    NEW.sync_pure := false;
    RETURN NEW;
END
$$;

-- Desks listening on "comptoir_changed" learn that something changed, whoever wrote it; the
-- notification carries no data (row-level security does not filter notifications), and one
-- transaction sends one at its commit.
CREATE FUNCTION comptoir.notify_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('comptoir_changed', '');
    RETURN NULL;
END
$$;

CREATE TABLE comptoir.market_group (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    time_zone text NOT NULL DEFAULT 'Europe/Paris',
    currency text NOT NULL DEFAULT 'EUR'
);

CREATE TABLE comptoir.producer (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    contact_name text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    siret text NOT NULL DEFAULT '',
    vat_registered boolean NOT NULL DEFAULT true,
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE comptoir.app_user (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    role text NOT NULL CHECK (role IN ('coordinator', 'producer')),
    producer_id uuid REFERENCES comptoir.producer (id) DEFERRABLE INITIALLY DEFERRED
);

CREATE TABLE comptoir.member (
    id uuid PRIMARY KEY,
    first_name text NOT NULL DEFAULT '',
    last_name text NOT NULL DEFAULT '',
    partner_first_name text NOT NULL DEFAULT '',
    partner_last_name text NOT NULL DEFAULT '',
    partner_phone text NOT NULL DEFAULT '',
    partner_email text NOT NULL DEFAULT '',
    phone text NOT NULL DEFAULT '',
    email text NOT NULL DEFAULT '',
    address1 text NOT NULL DEFAULT '',
    address2 text NOT NULL DEFAULT '',
    postcode text NOT NULL DEFAULT '',
    town text NOT NULL DEFAULT '',
    notes text NOT NULL DEFAULT '',
    notifications boolean NOT NULL DEFAULT false,
    member_since date,
    archived boolean NOT NULL DEFAULT false,
    anonymised boolean NOT NULL DEFAULT false
);

CREATE TABLE comptoir.place (
    id uuid PRIMARY KEY,
    name text NOT NULL,
    address text NOT NULL DEFAULT '',
    postcode text NOT NULL DEFAULT '',
    town text NOT NULL DEFAULT '',
    archived boolean NOT NULL DEFAULT false
);

CREATE TABLE comptoir.catalogue (
    id uuid PRIMARY KEY,
    producer_id uuid NOT NULL REFERENCES comptoir.producer (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    opens_days_before bigint NOT NULL DEFAULT 7,
    opens_at_time time NOT NULL DEFAULT '08:00',
    closes_hours_before bigint NOT NULL DEFAULT 48,
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE comptoir.product (
    id uuid PRIMARY KEY,
    catalogue_id uuid NOT NULL REFERENCES comptoir.catalogue (id) DEFERRABLE INITIALLY DEFERRED,
    name text NOT NULL,
    reference text NOT NULL DEFAULT '',
    description text NOT NULL DEFAULT '',
    unit text NOT NULL DEFAULT 'piece',
    price_cents bigint NOT NULL CHECK (price_cents >= 0),
    vat_rate_bp bigint NOT NULL DEFAULT 550 CHECK (vat_rate_bp >= 0),
    weight_priced boolean NOT NULL DEFAULT false,
    piece_weight_grams bigint NOT NULL DEFAULT 0 CHECK (piece_weight_grams >= 0),
    organic boolean NOT NULL DEFAULT false,
    bulk boolean NOT NULL DEFAULT false,
    content_thousandths bigint NOT NULL DEFAULT 0 CHECK (content_thousandths >= 0),
    active boolean NOT NULL DEFAULT true
);

CREATE TABLE comptoir.distribution (
    id uuid PRIMARY KEY,
    place_id uuid NOT NULL REFERENCES comptoir.place (id) DEFERRABLE INITIALLY DEFERRED,
    local_date date NOT NULL,
    start_time time NOT NULL,
    end_time time NOT NULL,
    distributed boolean NOT NULL DEFAULT false,
    cancelled boolean NOT NULL DEFAULT false
);

CREATE TABLE comptoir.ordering_window (
    id uuid PRIMARY KEY,
    distribution_id uuid NOT NULL REFERENCES comptoir.distribution (id) DEFERRABLE INITIALLY DEFERRED,
    catalogue_id uuid NOT NULL REFERENCES comptoir.catalogue (id) DEFERRABLE INITIALLY DEFERRED,
    opens_at timestamptz NOT NULL,
    closes_at timestamptz NOT NULL
);

CREATE TABLE comptoir.product_offer (
    id uuid PRIMARY KEY,
    distribution_id uuid NOT NULL REFERENCES comptoir.distribution (id) DEFERRABLE INITIALLY DEFERRED,
    product_id uuid NOT NULL REFERENCES comptoir.product (id) DEFERRABLE INITIALLY DEFERRED,
    excluded boolean NOT NULL DEFAULT false,
    stock bigint CHECK (stock IS NULL OR stock >= 0)
);

CREATE TABLE comptoir.basket (
    id uuid PRIMARY KEY,
    distribution_id uuid NOT NULL REFERENCES comptoir.distribution (id) DEFERRABLE INITIALLY DEFERRED,
    member_id uuid REFERENCES comptoir.member (id) DEFERRABLE INITIALLY DEFERRED,
    status text NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'validated', 'cancelled')),
    source text NOT NULL DEFAULT 'coordinator' CHECK (source IN ('member', 'coordinator', 'producer')),
    validated_at timestamptz
);

CREATE TABLE comptoir.order_line (
    id uuid PRIMARY KEY,
    basket_id uuid NOT NULL REFERENCES comptoir.basket (id) DEFERRABLE INITIALLY DEFERRED,
    product_id uuid NOT NULL REFERENCES comptoir.product (id) DEFERRABLE INITIALLY DEFERRED,
    quantity bigint NOT NULL CHECK (quantity > 0),
    unit_price_cents bigint CHECK (unit_price_cents IS NULL OR unit_price_cents >= 0),
    estimated_grams bigint NOT NULL DEFAULT 0 CHECK (estimated_grams >= 0),
    weighed_grams bigint CHECK (weighed_grams IS NULL OR weighed_grams >= 0)
);

-- A change made after its catalogue's ordering window closed, confirmed by its author.
CREATE TABLE comptoir.late_change (
    id uuid PRIMARY KEY,
    distribution_id uuid NOT NULL REFERENCES comptoir.distribution (id) DEFERRABLE INITIALLY DEFERRED,
    catalogue_id uuid NOT NULL REFERENCES comptoir.catalogue (id) DEFERRABLE INITIALLY DEFERRED,
    basket_id uuid NOT NULL REFERENCES comptoir.basket (id) DEFERRABLE INITIALLY DEFERRED,
    product_id uuid NOT NULL REFERENCES comptoir.product (id) DEFERRABLE INITIALLY DEFERRED,
    kind text NOT NULL CHECK (kind IN ('add', 'change', 'remove', 'validate', 'cancel')),
    quantity_before bigint CHECK (quantity_before IS NULL OR quantity_before > 0),
    quantity_after bigint CHECK (quantity_after IS NULL OR quantity_after > 0),
    at timestamptz NOT NULL,
    user_name text NOT NULL DEFAULT '',
    window_closed_at timestamptz NOT NULL
);

CREATE TABLE comptoir.audit_entry (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    user_name text NOT NULL,
    entity text NOT NULL,
    row_id text NOT NULL,
    action text NOT NULL,
    changes text NOT NULL DEFAULT '{}'
);

-- The conflict log: written by comptoir.push, replicated to every desk.
CREATE TABLE comptoir.sync_conflict (
    id uuid PRIMARY KEY,
    at timestamptz NOT NULL,
    table_name text NOT NULL,
    row_id text NOT NULL,
    field text NOT NULL,
    kept_value text,
    lost_value text,
    rule text NOT NULL,
    change_id text NOT NULL DEFAULT '',
    kept_by text NOT NULL DEFAULT '',
    lost_by text NOT NULL DEFAULT ''
);

-- The replicated tables, parents before children (the order of core/store/Schema).
CREATE TABLE comptoir.sync_table (
    name text PRIMARY KEY,
    position integer NOT NULL
);
INSERT INTO comptoir.sync_table (name, position) VALUES
    ('market_group', 1), ('producer', 2), ('app_user', 3), ('member', 4), ('place', 5),
    ('catalogue', 6), ('product', 7), ('distribution', 8), ('ordering_window', 9),
    ('product_offer', 10), ('basket', 11), ('order_line', 12), ('late_change', 13),
    ('audit_entry', 14), ('sync_conflict', 15);

-- Adds the replication columns, their index and the stamping to a replicated table. A new row
-- is stamped by the columns' defaults (no trigger to run: a first upload inserts hundreds of
-- thousands of rows); the triggers stamp every row whose stamp a writer gave or left out (an
-- INSERT … SELECT *, a copied row) and every update, once per transaction and row. A second
-- update of a row by the same transaction needs no new revision: no desk can have read the row
-- in between, since a pull stops below every running transaction.
-- The table name comes from comptoir.sync_table and is quoted with format('%I').
CREATE FUNCTION comptoir.make_replicated(p_table text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM comptoir.sync_table WHERE name = p_table) THEN
        RAISE EXCEPTION 'comptoir: % is not a replicated table', p_table;
    END IF;
    EXECUTE format('ALTER TABLE comptoir.%I
        ADD COLUMN revision bigint NOT NULL DEFAULT nextval(%L),
        ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN updated_by text NOT NULL DEFAULT %L,
        ADD COLUMN deleted boolean NOT NULL DEFAULT false,
        ADD COLUMN sync_xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        ADD COLUMN sync_replica uuid DEFAULT nullif(current_setting(%L, true), %L)::uuid,
        ADD COLUMN sync_pure boolean NOT NULL DEFAULT false',
        p_table, 'comptoir.revision_seq', '', 'comptoir.replica', '');
    EXECUTE format('CREATE INDEX %I ON comptoir.%I (sync_xid, revision)', p_table || '_sync_cursor', p_table);
    EXECUTE format('CREATE TRIGGER stamp_insert BEFORE INSERT ON comptoir.%I FOR EACH ROW
        WHEN (NEW.revision IS NULL OR NEW.sync_xid IS DISTINCT FROM pg_current_xact_id() OR NEW.sync_pure IS NULL)
        EXECUTE FUNCTION comptoir.stamp_row()', p_table);
    EXECUTE format('CREATE TRIGGER notify_changed AFTER INSERT OR UPDATE ON comptoir.%I FOR EACH STATEMENT
        EXECUTE FUNCTION comptoir.notify_changed()', p_table);
    EXECUTE format('CREATE TRIGGER stamp_update BEFORE UPDATE ON comptoir.%I FOR EACH ROW
        WHEN (NEW.sync_xid IS DISTINCT FROM pg_current_xact_id() OR NEW.revision IS DISTINCT FROM OLD.revision
              OR NEW.sync_pure)
        EXECUTE FUNCTION comptoir.stamp_row()', p_table);
END
$$;

SELECT comptoir.make_replicated(name) FROM comptoir.sync_table ORDER BY position;

-- One group per server: a desk holding another group is refused.
CREATE UNIQUE INDEX market_group_single ON comptoir.market_group ((true)) WHERE NOT deleted;

-- Natural keys: at most one live row per key. A pushed row that repeats the key of another
-- live row is merged into it (two desks that made the same member's basket offline).
CREATE TABLE comptoir.sync_natural_key (
    table_name text PRIMARY KEY REFERENCES comptoir.sync_table (name),
    columns text[] NOT NULL
);
INSERT INTO comptoir.sync_natural_key (table_name, columns) VALUES
    ('ordering_window', '{distribution_id,catalogue_id}'),
    ('product_offer', '{distribution_id,product_id}'),
    ('basket', '{distribution_id,member_id}'),
    ('order_line', '{basket_id,product_id}');
CREATE UNIQUE INDEX ordering_window_once ON comptoir.ordering_window (distribution_id, catalogue_id) WHERE NOT deleted;
CREATE UNIQUE INDEX product_offer_once ON comptoir.product_offer (distribution_id, product_id) WHERE NOT deleted;
CREATE UNIQUE INDEX basket_once_per_member ON comptoir.basket (distribution_id, member_id)
    WHERE NOT deleted AND member_id IS NOT NULL;
CREATE UNIQUE INDEX order_line_once ON comptoir.order_line (basket_id, product_id) WHERE NOT deleted;
CREATE INDEX basket_by_member ON comptoir.basket (member_id);
CREATE INDEX order_line_by_product ON comptoir.order_line (product_id);
CREATE INDEX catalogue_by_producer ON comptoir.catalogue (producer_id);
CREATE INDEX product_by_catalogue ON comptoir.product (catalogue_id);

-- State rules: a status column whose values are ranked; when two desks changed it, the higher
-- rank wins whatever the order of arrival, and the companion columns follow the winner.
CREATE TABLE comptoir.sync_state_rule (
    table_name text NOT NULL REFERENCES comptoir.sync_table (name),
    column_name text NOT NULL,
    ranks jsonb NOT NULL,
    companions text[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (table_name, column_name)
);
INSERT INTO comptoir.sync_state_rule (table_name, column_name, ranks, companions) VALUES
    ('basket', 'status', '{"in_progress": 0, "validated": 1, "cancelled": 2}', '{validated_at}');

-- Every change applied once: a retried push finds its change ids here and skips them.
CREATE TABLE comptoir.sync_applied_change (
    change_id uuid PRIMARY KEY,
    replica uuid,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- A row merged into another one (same natural key): later changes and references to it go to
-- the row it was merged into.
CREATE TABLE comptoir.sync_alias (
    table_name text NOT NULL,
    from_id uuid NOT NULL,
    to_id uuid NOT NULL,
    PRIMARY KEY (table_name, from_id)
);

-- What the push function knows of the tables, refreshed from the catalog after each migration.
CREATE TABLE comptoir.sync_column (
    table_name text NOT NULL,
    column_name text NOT NULL,
    data_type text NOT NULL,
    PRIMARY KEY (table_name, column_name)
);
CREATE TABLE comptoir.sync_foreign_key (
    table_name text NOT NULL,
    column_name text NOT NULL,
    parent_table text NOT NULL,
    PRIMARY KEY (table_name, column_name)
);

CREATE FUNCTION comptoir.refresh_metadata() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM comptoir.sync_column;
    INSERT INTO comptoir.sync_column (table_name, column_name, data_type)
    SELECT c.table_name, c.column_name, c.data_type
    FROM information_schema.columns c
    JOIN comptoir.sync_table t ON t.name = c.table_name
    WHERE c.table_schema = 'comptoir';

    DELETE FROM comptoir.sync_foreign_key;
    INSERT INTO comptoir.sync_foreign_key (table_name, column_name, parent_table)
    SELECT child.relname, a.attname, parent.relname
    FROM pg_constraint k
    JOIN pg_class child ON child.oid = k.conrelid
    JOIN pg_class parent ON parent.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace AND n.nspname = 'comptoir'
    JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
    WHERE k.contype = 'f' AND array_length(k.conkey, 1) = 1
      AND child.relname IN (SELECT name FROM comptoir.sync_table);
END
$$;

-- A server value (jsonb, as to_jsonb gives it) in the form the desks store it, for the log.
CREATE FUNCTION comptoir.local_text(p_table text, p_column text, p_value jsonb) RETURNS text
LANGUAGE plpgsql STABLE AS $$
DECLARE
    kind text;
BEGIN
    IF p_value IS NULL OR p_value = 'null'::jsonb THEN
        RETURN NULL;
    END IF;
    SELECT data_type INTO kind FROM comptoir.sync_column WHERE table_name = p_table AND column_name = p_column;
    RETURN CASE kind
        WHEN 'boolean' THEN CASE WHEN p_value = 'true'::jsonb THEN '1' ELSE '0' END
        WHEN 'timestamp with time zone' THEN
            to_char((p_value #>> '{}')::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        WHEN 'time without time zone' THEN to_char((p_value #>> '{}')::time, 'HH24:MI')
        ELSE p_value #>> '{}'
    END;
END
$$;

-- The columns a change may write: known columns of the table, never the replication ones.
CREATE FUNCTION comptoir.check_fields(p_table text, p_fields jsonb) RETURNS void LANGUAGE plpgsql STABLE AS $$
DECLARE
    k text;
BEGIN
    FOR k IN SELECT jsonb_object_keys(p_fields) LOOP
        IF k IN ('id', 'revision', 'updated_at', 'updated_by', 'sync_xid', 'sync_replica', 'sync_pure')
           OR NOT EXISTS (SELECT 1 FROM comptoir.sync_column WHERE table_name = p_table AND column_name = k) THEN
            RAISE EXCEPTION 'comptoir: % has no writable column %', p_table, k USING ERRCODE = '42703';
        END IF;
    END LOOP;
END
$$;

-- The fields of a change in the server's form (to_jsonb of the typed columns), so that values
-- compare whatever the desk's form (0/1 and booleans, instants with or without offsets).
CREATE FUNCTION comptoir.normalise(p_table text, p_fields jsonb) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    typed jsonb;
BEGIN
    IF p_fields IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record(NULL::comptoir.%I, $1) r', p_table)
        INTO typed USING p_fields;
    RETURN (SELECT coalesce(jsonb_object_agg(k, typed -> k), '{}'::jsonb)
            FROM jsonb_object_keys(p_fields) k WHERE typed ? k);
END
$$;

-- References to merged rows point to the row they were merged into.
CREATE FUNCTION comptoir.follow_aliases(p_table text, p_fields jsonb) RETURNS jsonb LANGUAGE plpgsql STABLE AS $$
DECLARE
    fk record;
    target uuid;
    result jsonb := p_fields;
BEGIN
    FOR fk IN SELECT column_name, parent_table FROM comptoir.sync_foreign_key WHERE table_name = p_table LOOP
        IF result ? fk.column_name AND jsonb_typeof(result -> fk.column_name) = 'string' THEN
            SELECT to_id INTO target FROM comptoir.sync_alias
            WHERE table_name = fk.parent_table AND from_id = (result ->> fk.column_name)::uuid;
            IF FOUND THEN
                result := jsonb_set(result, ARRAY[fk.column_name], to_jsonb(target::text));
            END IF;
        END IF;
    END LOOP;
    RETURN result;
END
$$;

CREATE FUNCTION comptoir.log_conflict(p_table text, p_row uuid, p_field text, p_kept jsonb, p_lost jsonb,
                                      p_rule text, p_change jsonb, p_kept_by text, p_lost_by text)
RETURNS void LANGUAGE sql AS $$
    INSERT INTO comptoir.sync_conflict (id, at, table_name, row_id, field, kept_value, lost_value, rule,
                                        change_id, kept_by, lost_by, updated_at, updated_by)
    VALUES (gen_random_uuid(), now(), p_table, p_row::text, p_field,
            comptoir.local_text(p_table, p_field, p_kept), comptoir.local_text(p_table, p_field, p_lost),
            p_rule, coalesce(p_change ->> 'c', ''), coalesce(p_kept_by, ''), coalesce(p_lost_by, ''),
            now(), 'comptoir-server');
$$;

-- Merges changed fields into a row, field by field (docs/SYNC.md, "Conflicts"):
--   * a field the change did not touch keeps the server's value;
--   * a field nobody else changed since the desk's base takes the change's value;
--   * a field both changed: the later arrival (this change) wins, and the value it replaces is
--     logged; a ranked status (sync_state_rule) keeps the higher rank instead, and its
--     companion columns follow the winner; the refused value is logged.
-- p_fields and p_old are normalised; p_old is NULL when the desk had no base (a duplicate
-- merged into an existing row). Returns the number of conflicts logged.
CREATE FUNCTION comptoir.merge_fields(p_table text, p_target uuid, p_fields jsonb, p_old jsonb,
                                      p_change jsonb, p_rule text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    cur jsonb;
    fields jsonb := p_fields;
    apply jsonb := '{}'::jsonb;
    k text;
    s jsonb;
    v jsonb;
    rule record;
    rank_s integer;
    rank_v integer;
    conflicts integer := 0;
    incoming_by text := p_change ->> 'by';
    companion text;
    cols text;
    vals text;
BEGIN
    EXECUTE format('SELECT to_jsonb(x) FROM comptoir.%I x WHERE id = $1 FOR UPDATE', p_table) INTO cur USING p_target;
    IF cur IS NULL THEN
        RAISE EXCEPTION 'comptoir: % % is not on the server', p_table, p_target USING ERRCODE = 'P0002';
    END IF;

    FOR rule IN SELECT column_name, ranks, companions FROM comptoir.sync_state_rule WHERE table_name = p_table LOOP
        CONTINUE WHEN NOT fields ? rule.column_name;
        s := cur -> rule.column_name;
        v := fields -> rule.column_name;
        CONTINUE WHEN s IS NOT DISTINCT FROM v;
        CONTINUE WHEN p_old IS NOT NULL AND p_old ? rule.column_name AND (p_old -> rule.column_name) IS NOT DISTINCT FROM s;
        rank_s := coalesce((rule.ranks ->> (s #>> '{}'))::integer, -1);
        rank_v := coalesce((rule.ranks ->> (v #>> '{}'))::integer, -1);
        IF rank_v < rank_s THEN
            -- The server's state stays: the incoming status and its companions are refused.
            PERFORM comptoir.log_conflict(p_table, p_target, rule.column_name, s, v, 'state_rule', p_change,
                                          cur ->> 'updated_by', incoming_by);
            conflicts := conflicts + 1;
            fields := fields - rule.column_name;
            FOREACH companion IN ARRAY rule.companions LOOP
                IF fields ? companion AND (fields -> companion) IS DISTINCT FROM (cur -> companion) THEN
                    PERFORM comptoir.log_conflict(p_table, p_target, companion, cur -> companion, fields -> companion,
                                                  'state_rule', p_change, cur ->> 'updated_by', incoming_by);
                    conflicts := conflicts + 1;
                END IF;
                fields := fields - companion;
            END LOOP;
        ELSE
            -- The incoming state wins; its companions come with it, unlogged.
            PERFORM comptoir.log_conflict(p_table, p_target, rule.column_name, v, s, 'state_rule', p_change,
                                          incoming_by, cur ->> 'updated_by');
            conflicts := conflicts + 1;
            apply := apply || jsonb_build_object(rule.column_name, v);
            fields := fields - rule.column_name;
            FOREACH companion IN ARRAY rule.companions LOOP
                IF fields ? companion AND (fields -> companion) IS DISTINCT FROM (cur -> companion) THEN
                    apply := apply || jsonb_build_object(companion, fields -> companion);
                END IF;
                fields := fields - companion;
            END LOOP;
        END IF;
    END LOOP;

    FOR k IN SELECT jsonb_object_keys(fields) LOOP
        s := cur -> k;
        v := fields -> k;
        CONTINUE WHEN s IS NOT DISTINCT FROM v;
        -- A duplicate made elsewhere brings its values, but an empty one never erases a value
        -- (a price frozen at validation stays).
        CONTINUE WHEN p_rule = 'merged_duplicate' AND v = 'null'::jsonb;
        apply := apply || jsonb_build_object(k, v);
        CONTINUE WHEN p_old IS NOT NULL AND p_old ? k AND (p_old -> k) IS NOT DISTINCT FROM s;
        PERFORM comptoir.log_conflict(p_table, p_target, k, v, s, p_rule, p_change, incoming_by, cur ->> 'updated_by');
        conflicts := conflicts + 1;
    END LOOP;

    IF apply <> '{}'::jsonb THEN
        SELECT string_agg(format('%I', key), ', '), string_agg(format('n.%I', key), ', ')
          INTO cols, vals FROM jsonb_object_keys(apply) key;
        EXECUTE format('UPDATE comptoir.%I x SET (%s, updated_at, updated_by) = '
                       '(SELECT %s, $2, $3 FROM jsonb_populate_record(NULL::comptoir.%I, $1) n) WHERE x.id = $4',
                       p_table, cols, vals, p_table)
            USING apply, (p_change ->> 'at')::timestamptz, coalesce(incoming_by, ''), p_target;
    ELSE
        -- Nothing to write, yet the row still gets a new revision: the desk that pushed may hold
        -- values the server did not take (a reference to a merged row, a refused status), and
        -- only a newer revision makes its next pull put the server's values back.
        EXECUTE format('UPDATE comptoir.%I SET deleted = deleted WHERE id = $1', p_table) USING p_target;
    END IF;
    RETURN conflicts;
END
$$;

-- The live row with the same natural key as p_fields, other than p_id; NULL when none.
CREATE FUNCTION comptoir.find_duplicate(p_table text, p_id uuid, p_fields jsonb) RETURNS uuid
LANGUAGE plpgsql STABLE AS $$
DECLARE
    key_columns text[];
    condition text;
    found_id uuid;
BEGIN
    SELECT columns INTO key_columns FROM comptoir.sync_natural_key WHERE table_name = p_table;
    IF key_columns IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT string_agg(format('x.%I = n.%I', c, c), ' AND ') INTO condition FROM unnest(key_columns) c;
    EXECUTE format('SELECT x.id FROM comptoir.%I x, jsonb_populate_record(NULL::comptoir.%I, $1) n '
                   'WHERE NOT x.deleted AND x.id <> $2 AND %s LIMIT 1', p_table, p_table, condition)
        INTO found_id USING p_fields, p_id;
    RETURN found_id;
END
$$;

-- A new row, or, when its natural key is already taken by a live row, a merge into that row:
-- the pushed row is kept as a tombstone (so that its desk drops its copy), an alias sends later
-- changes and references to the surviving row, and the fields merge (later arrival wins).
CREATE FUNCTION comptoir.apply_insert(p_table text, p_change jsonb) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    row_id uuid := (p_change ->> 'r')::uuid;
    fields jsonb := comptoir.follow_aliases(p_table, coalesce(p_change -> 'f', '{}'::jsonb));
    stamp jsonb := jsonb_build_object('id', p_change ->> 'r', 'updated_at', p_change -> 'at',
                                      'updated_by', coalesce(p_change ->> 'by', ''));
    existing uuid;
    duplicate uuid;
    key_columns text[];
BEGIN
    PERFORM comptoir.check_fields(p_table, fields);
    SELECT to_id INTO existing FROM comptoir.sync_alias WHERE table_name = p_table AND from_id = row_id;
    IF NOT FOUND THEN
        EXECUTE format('SELECT id FROM comptoir.%I WHERE id = $1', p_table) INTO existing USING row_id;
    END IF;
    IF existing IS NOT NULL THEN
        -- The server has the row already (written by another path): merge, nothing lost.
        RETURN comptoir.merge_fields(p_table, existing, comptoir.normalise(p_table, fields - 'deleted'), NULL,
                                     p_change, 'later_arrival');
    END IF;

    FOR attempt IN 1..2 LOOP
        duplicate := comptoir.find_duplicate(p_table, row_id, fields);
        EXIT WHEN duplicate IS NOT NULL;
        BEGIN
            EXECUTE format('INSERT INTO comptoir.%I SELECT * FROM jsonb_populate_record(NULL::comptoir.%I, $1)',
                           p_table, p_table)
                USING fields || stamp || jsonb_build_object('deleted', false);
            RETURN 0;
        EXCEPTION WHEN unique_violation THEN
            -- Another push inserted the same natural key meanwhile: look again, and merge.
            IF attempt = 2 OR NOT EXISTS (SELECT 1 FROM comptoir.sync_natural_key WHERE table_name = p_table) THEN
                RAISE;
            END IF;
        END;
    END LOOP;

    INSERT INTO comptoir.sync_alias (table_name, from_id, to_id) VALUES (p_table, row_id, duplicate);
    EXECUTE format('INSERT INTO comptoir.%I SELECT * FROM jsonb_populate_record(NULL::comptoir.%I, $1)',
                   p_table, p_table)
        USING fields || stamp || jsonb_build_object('deleted', true);
    SELECT columns INTO key_columns FROM comptoir.sync_natural_key WHERE table_name = p_table;
    RETURN comptoir.merge_fields(p_table, duplicate,
                                 comptoir.normalise(p_table, fields - key_columns - 'deleted'), NULL,
                                 p_change, 'merged_duplicate');
END
$$;

-- A change that gives a row the natural key of another live row (a member's basket moved to a
-- member who got one for that distribution on another desk meanwhile): the row, with the change,
-- becomes a tombstone merged into the other one like a duplicate insert, and its live children
-- follow it (through apply_update, so that a line for a product the survivor has merges too).
-- Returns NULL when the key is not what collided.
CREATE FUNCTION comptoir.merge_into_duplicate(p_table text, p_row uuid, p_fields jsonb, p_change jsonb)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    cur jsonb;
    after jsonb;
    duplicate uuid;
    key_columns text[];
    fk record;
    child uuid;
    conflicts integer;
BEGIN
    EXECUTE format('SELECT to_jsonb(x) FROM comptoir.%I x WHERE id = $1 FOR UPDATE', p_table) INTO cur USING p_row;
    after := cur || p_fields;
    duplicate := comptoir.find_duplicate(p_table, p_row, after);
    IF duplicate IS NULL THEN
        RETURN NULL;
    END IF;
    INSERT INTO comptoir.sync_alias (table_name, from_id, to_id) VALUES (p_table, p_row, duplicate)
    ON CONFLICT (table_name, from_id) DO UPDATE SET to_id = excluded.to_id;
    EXECUTE format('UPDATE comptoir.%I SET deleted = true, updated_at = $2, updated_by = $3 WHERE id = $1', p_table)
        USING p_row, (p_change ->> 'at')::timestamptz, coalesce(p_change ->> 'by', '');
    SELECT columns INTO key_columns FROM comptoir.sync_natural_key WHERE table_name = p_table;
    conflicts := comptoir.merge_fields(p_table, duplicate,
        after - key_columns - ARRAY['id', 'revision', 'updated_at', 'updated_by', 'deleted', 'sync_xid', 'sync_replica',
                                    'sync_pure'],
        NULL, p_change, 'merged_duplicate');
    FOR fk IN SELECT table_name, column_name FROM comptoir.sync_foreign_key WHERE parent_table = p_table LOOP
        FOR child IN EXECUTE format('SELECT id FROM comptoir.%I WHERE %I = $1 AND NOT deleted', fk.table_name, fk.column_name)
                     USING p_row LOOP
            conflicts := conflicts + comptoir.apply_update(fk.table_name, p_change || jsonb_build_object(
                'r', child::text, 'f', jsonb_build_object(fk.column_name, duplicate::text),
                'o', jsonb_build_object(fk.column_name, p_row::text)));
        END LOOP;
    END LOOP;
    RETURN conflicts;
END
$$;

-- An update or a tombstone of a row the server has (or of a row merged into another).
CREATE FUNCTION comptoir.apply_update(p_table text, p_change jsonb) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    target uuid := (p_change ->> 'r')::uuid;
    alias uuid;
    fields jsonb := comptoir.follow_aliases(p_table, coalesce(p_change -> 'f', '{}'::jsonb));
    merged integer;
BEGIN
    PERFORM comptoir.check_fields(p_table, fields);
    SELECT to_id INTO alias FROM comptoir.sync_alias WHERE table_name = p_table AND from_id = target;
    IF FOUND THEN
        target := alias;
    END IF;
    BEGIN
        RETURN comptoir.merge_fields(p_table, target, comptoir.normalise(p_table, fields),
                                     comptoir.normalise(p_table, coalesce(p_change -> 'o', '{}'::jsonb)),
                                     p_change, 'later_arrival');
    EXCEPTION WHEN unique_violation THEN
        merged := comptoir.merge_into_duplicate(p_table, target, comptoir.normalise(p_table, fields), p_change);
        IF merged IS NULL THEN
            RAISE;
        END IF;
        RETURN merged;
    END;
END
$$;

-- The first upload of a desk's existing rows: one page of whole rows of one table, inserted in
-- one statement; rows the server has already (a page sent again) are left alone.
CREATE FUNCTION comptoir.apply_rows(p_table text, p_rows json) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
    written integer;
    columns text;
BEGIN
    -- The stamp columns are left out, so that their defaults stamp the rows; the rows are exactly
    -- what the desk has (sync_pure).
    SELECT string_agg(format('%I', column_name), ', ') INTO columns FROM comptoir.sync_column
    WHERE table_name = p_table AND column_name NOT IN ('revision', 'sync_xid', 'sync_replica', 'sync_pure');
    EXECUTE format('INSERT INTO comptoir.%I (%s, sync_pure) SELECT %s, true FROM json_populate_recordset(NULL::comptoir.%I, $1) '
                   'ON CONFLICT (id) DO NOTHING', p_table, columns, columns, p_table)
        USING p_rows;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

-- A batch of a desk's changes, in the desk's order, in the caller's transaction:
--   [{"c": change id, "t": table, "r": row id, "k": insert|update|delete, "b": base revision,
--     "f": {column: new value}, "o": {column: old value}, "at": instant, "by": who}]
-- Each change id is applied once: one already recorded in sync_applied_change (an earlier try
-- that committed, or a concurrent one) is skipped. Returns {"applied", "skipped", "conflicts"}.
CREATE FUNCTION comptoir.push(p_changes jsonb, p_replica uuid) RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    change jsonb;
    t text;
    applied integer := 0;
    skipped integer := 0;
    conflicts integer := 0;
BEGIN
    PERFORM set_config('comptoir.replica', coalesce(p_replica::text, ''), true);
    FOR change IN SELECT value FROM jsonb_array_elements(p_changes) LOOP
        INSERT INTO comptoir.sync_applied_change (change_id, replica)
        VALUES ((change ->> 'c')::uuid, p_replica) ON CONFLICT (change_id) DO NOTHING;
        IF NOT FOUND THEN
            skipped := skipped + 1;
            CONTINUE;
        END IF;
        t := change ->> 't';
        IF NOT EXISTS (SELECT 1 FROM comptoir.sync_table WHERE name = t) THEN
            RAISE EXCEPTION 'comptoir: % is not a replicated table', t USING ERRCODE = '42P01';
        END IF;
        CASE change ->> 'k'
            WHEN 'insert' THEN
                conflicts := conflicts + comptoir.apply_insert(t, change);
            WHEN 'update', 'delete' THEN
                conflicts := conflicts + comptoir.apply_update(t, change);
            ELSE
                RAISE EXCEPTION 'comptoir: unknown change kind %', change ->> 'k';
        END CASE;
        applied := applied + 1;
    END LOOP;
    RETURN jsonb_build_object('applied', applied, 'skipped', skipped, 'conflicts', conflicts);
END
$$;

-- The pull horizon: every transaction with a lower id that could write Comptoir's tables has
-- ended, so no row can appear below it later. That is the oldest transaction still running in
-- this database (transactions of other databases on the same server cannot write here and must
-- not hold a desk back), or the snapshot's xmin when this role cannot see every session.
-- The snapshot is taken before the sessions are read: a transaction that starts in between has
-- an id above the snapshot's xmax.
CREATE FUNCTION comptoir.pull_horizon() RETURNS xid8 LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    snap pg_snapshot := pg_current_snapshot();
    horizon xid8;
BEGIN
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       AND NOT pg_has_role(current_user, 'pg_read_all_stats', 'USAGE') THEN
        RETURN pg_snapshot_xmin(snap);
    END IF;
    PERFORM pg_stat_clear_snapshot();
    SELECT min(x) INTO horizon FROM pg_snapshot_xip(snap) x
    WHERE x::xid IN (SELECT a.backend_xid FROM pg_stat_activity a
                     WHERE a.datname = current_database() AND a.backend_xid IS NOT NULL
                     UNION ALL
                     SELECT p.transaction FROM pg_prepared_xacts p WHERE p.database = current_database());
    RETURN coalesce(horizon, pg_snapshot_xmax(snap));
END
$$;

-- One page of a desk's first upload (whole rows of one table, as json: parsed once), applied once
-- like any change. Returns {"applied", "skipped", "conflicts"} like comptoir.push.
CREATE FUNCTION comptoir.push_rows(p_change_id uuid, p_table text, p_rows json, p_replica uuid) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('comptoir.replica', coalesce(p_replica::text, ''), true);
    INSERT INTO comptoir.sync_applied_change (change_id, replica) VALUES (p_change_id, p_replica)
    ON CONFLICT (change_id) DO NOTHING;
    IF NOT FOUND THEN
        RETURN jsonb_build_object('applied', 0, 'skipped', 1, 'conflicts', 0);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM comptoir.sync_table WHERE name = p_table) THEN
        RAISE EXCEPTION 'comptoir: % is not a replicated table', p_table USING ERRCODE = '42P01';
    END IF;
    PERFORM comptoir.apply_rows(p_table, p_rows);
    RETURN jsonb_build_object('applied', 1, 'skipped', 0, 'conflicts', 0);
END
$$;

SELECT comptoir.refresh_metadata();
