-- The PFC detailed category of a decided transaction where the data supports one: the category itself when a user
-- or a rule chose a detailed one, else the detailed category the merchant knowledge base gives a known merchant
-- when it lies under the decided primary (Blue Bottle, decided FOOD_AND_DRINK: FOOD_AND_DRINK_COFFEE). Null when
-- nothing says more than the primary.
ALTER TABLE insights.transaction_categories ADD COLUMN detailed_category text;

-- New columns go last: CREATE OR REPLACE VIEW keeps the existing ones (and the reader's grant) as they are.
CREATE OR REPLACE VIEW insights.v_transaction_categories AS
SELECT transaction_id, user_id, category, confidence, decided_by, model_version, merchant, updated_at, booked_on,
       uncertain, detailed_category
FROM insights.transaction_categories;
