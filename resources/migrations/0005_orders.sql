-- Orders: late changes, and the indexes the order dialog and the orders view read through.
--
-- A late change is a line added, changed or removed (or a basket validated or cancelled) after
-- its catalogue's ordering window closed, confirmed by the person who did it. The summaries
-- list those made after a producer's summary was issued. Replicated like every other table.
-- Quantities: pieces, or grams for products ordered by weight; NULL: no line (before an
-- addition, after a removal).
CREATE TABLE late_change (
    id TEXT PRIMARY KEY NOT NULL,
    distribution_id TEXT NOT NULL REFERENCES distribution (id),
    catalogue_id TEXT NOT NULL REFERENCES catalogue (id),
    basket_id TEXT NOT NULL REFERENCES basket (id),
    product_id TEXT NOT NULL REFERENCES product (id),
    kind TEXT NOT NULL CHECK (kind IN ('add', 'change', 'remove', 'validate', 'cancel')),
    quantity_before INTEGER CHECK (quantity_before IS NULL OR quantity_before > 0),
    quantity_after INTEGER CHECK (quantity_after IS NULL OR quantity_after > 0),
    at TEXT NOT NULL,
    user_name TEXT NOT NULL DEFAULT '',
    window_closed_at TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT '',
    deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))
);
CREATE INDEX late_change_by_distribution ON late_change (distribution_id, catalogue_id, at);
CREATE INDEX late_change_by_basket ON late_change (basket_id);

-- The baskets of a distribution (the unique index on member covers members' baskets only).
CREATE INDEX basket_by_distribution ON basket (distribution_id, status);
-- Every line of a basket, removed ones included (the orders view shows the last change).
CREATE INDEX order_line_by_basket ON order_line (basket_id);
