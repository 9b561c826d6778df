-- Comptoir's first schema. Every replicated table carries the same four replication columns:
-- revision (the server's, 0 until synced), updated_at (UTC, ISO 8601), updated_by, deleted
-- (a tombstone: rows are never erased, so that a deletion can travel to other desks).
-- Instants are UTC text ('2026-11-25T10:00:00.000Z'); local dates 'YYYY-MM-DD'; local times 'HH:MM'.
-- Money in integer cents, VAT rates in basis points, weights in grams.

CREATE TABLE market_group (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'Europe/Paris',
    currency TEXT NOT NULL DEFAULT 'EUR',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE producer (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    siret TEXT NOT NULL DEFAULT '',
    vat_registered INTEGER NOT NULL DEFAULT 1 CHECK (vat_registered IN (0, 1)),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE app_user (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('coordinator', 'producer')),
    producer_id TEXT REFERENCES producer (id),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE member (
    id TEXT PRIMARY KEY NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    partner_first_name TEXT NOT NULL DEFAULT '',
    partner_last_name TEXT NOT NULL DEFAULT '',
    partner_phone TEXT NOT NULL DEFAULT '',
    partner_email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address1 TEXT NOT NULL DEFAULT '',
    address2 TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    notifications INTEGER NOT NULL DEFAULT 0 CHECK (notifications IN (0, 1)),
    member_since TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    anonymised INTEGER NOT NULL DEFAULT 0 CHECK (anonymised IN (0, 1)),
    -- Local, derived: names, phones, e-mails and town folded (lowercase, no accents) for search.
    search_text TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX member_by_name ON member (last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX member_by_phone ON member (phone);
CREATE INDEX member_by_email ON member (email COLLATE NOCASE);

CREATE TABLE place (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    postcode TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);

CREATE TABLE catalogue (
    id TEXT PRIMARY KEY NOT NULL,
    producer_id TEXT NOT NULL REFERENCES producer (id),
    name TEXT NOT NULL,
    opens_days_before INTEGER NOT NULL DEFAULT 7,
    opens_at_time TEXT NOT NULL DEFAULT '08:00',
    closes_hours_before INTEGER NOT NULL DEFAULT 48,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX catalogue_by_producer ON catalogue (producer_id);

CREATE TABLE product (
    id TEXT PRIMARY KEY NOT NULL,
    catalogue_id TEXT NOT NULL REFERENCES catalogue (id),
    name TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit TEXT NOT NULL DEFAULT 'piece' CHECK (unit IN ('piece', 'kg', 'g', 'l', 'cl', 'ml')),
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    vat_rate_bp INTEGER NOT NULL DEFAULT 550 CHECK (vat_rate_bp >= 0),
    weight_priced INTEGER NOT NULL DEFAULT 0 CHECK (weight_priced IN (0, 1)),
    piece_weight_grams INTEGER NOT NULL DEFAULT 0 CHECK (piece_weight_grams >= 0),
    organic INTEGER NOT NULL DEFAULT 0 CHECK (organic IN (0, 1)),
    bulk INTEGER NOT NULL DEFAULT 0 CHECK (bulk IN (0, 1)),
    content_thousandths INTEGER NOT NULL DEFAULT 0 CHECK (content_thousandths >= 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    search_text TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX product_by_catalogue ON product (catalogue_id);
CREATE INDEX product_by_reference ON product (reference);

CREATE TABLE distribution (
    id TEXT PRIMARY KEY NOT NULL,
    place_id TEXT NOT NULL REFERENCES place (id),
    local_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    distributed INTEGER NOT NULL DEFAULT 0 CHECK (distributed IN (0, 1)),
    cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX distribution_by_date ON distribution (local_date);

CREATE TABLE ordering_window (
    id TEXT PRIMARY KEY NOT NULL,
    distribution_id TEXT NOT NULL REFERENCES distribution (id),
    catalogue_id TEXT NOT NULL REFERENCES catalogue (id),
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX ordering_window_once ON ordering_window (distribution_id, catalogue_id) WHERE deleted = 0;
CREATE INDEX ordering_window_by_catalogue ON ordering_window (catalogue_id);

CREATE TABLE product_offer (
    id TEXT PRIMARY KEY NOT NULL,
    distribution_id TEXT NOT NULL REFERENCES distribution (id),
    product_id TEXT NOT NULL REFERENCES product (id),
    excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded IN (0, 1)),
    stock INTEGER CHECK (stock IS NULL OR stock >= 0),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX product_offer_once ON product_offer (distribution_id, product_id) WHERE deleted = 0;

CREATE TABLE basket (
    id TEXT PRIMARY KEY NOT NULL,
    distribution_id TEXT NOT NULL REFERENCES distribution (id),
    member_id TEXT REFERENCES member (id),
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('in_progress', 'validated', 'cancelled')),
    source TEXT NOT NULL DEFAULT 'coordinator' CHECK (source IN ('member', 'coordinator', 'producer')),
    validated_at TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX basket_once_per_member ON basket (distribution_id, member_id)
    WHERE deleted = 0 AND member_id IS NOT NULL;
CREATE INDEX basket_by_member ON basket (member_id);

CREATE TABLE order_line (
    id TEXT PRIMARY KEY NOT NULL,
    basket_id TEXT NOT NULL REFERENCES basket (id),
    product_id TEXT NOT NULL REFERENCES product (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER CHECK (unit_price_cents IS NULL OR unit_price_cents >= 0),
    estimated_grams INTEGER NOT NULL DEFAULT 0 CHECK (estimated_grams >= 0),
    weighed_grams INTEGER CHECK (weighed_grams IS NULL OR weighed_grams >= 0),
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE UNIQUE INDEX order_line_once ON order_line (basket_id, product_id) WHERE deleted = 0;
CREATE INDEX order_line_by_product ON order_line (product_id);

-- Who changed what and when: one entry per write, with the fields before and after (JSON).
CREATE TABLE audit_entry (
    id TEXT PRIMARY KEY NOT NULL,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    entity TEXT NOT NULL,
    row_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
    changes TEXT NOT NULL DEFAULT '{}',
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX audit_entry_by_row ON audit_entry (row_id, at);

-- This desk's own settings (its current user…); never replicated.
CREATE TABLE local_setting (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
