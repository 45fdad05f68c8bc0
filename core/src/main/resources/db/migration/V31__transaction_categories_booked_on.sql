-- The app lists a month's transactions by their booking date, not by when a category was last decided (a
-- correction in February must not move a January purchase), and shows an uncertain category as a suggestion.
ALTER TABLE insights.transaction_categories
    ADD COLUMN booked_on date,
    ADD COLUMN uncertain boolean NOT NULL DEFAULT false;
CREATE INDEX transaction_categories_user_booked ON insights.transaction_categories (user_id, booked_on);

-- New columns go last: CREATE OR REPLACE VIEW keeps the existing ones (and the reader's grant) as they are.
CREATE OR REPLACE VIEW insights.v_transaction_categories AS
SELECT transaction_id, user_id, category, confidence, decided_by, model_version, merchant, updated_at, booked_on,
       uncertain
FROM insights.transaction_categories;
