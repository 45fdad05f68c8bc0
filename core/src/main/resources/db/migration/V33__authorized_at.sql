-- The instant a card payment was authorised, when the source reports it (Plaid's authorized_datetime): the
-- authorisation date alone cannot tell a charge repeated minutes later (a duplicate) from the same coffee bought
-- again in the afternoon, and both reach us in the same bank sync with the same sync time.
ALTER TABLE ledger.transactions ADD COLUMN authorized_at timestamptz;
