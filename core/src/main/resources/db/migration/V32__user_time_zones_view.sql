-- "This month" is the user's month: the stream decides a forecast's today in the user's time zone, and the API's
-- default month must be the same one. The API reader may read each user's zone, and nothing else about users,
-- through this view.
CREATE VIEW insights.v_user_time_zones AS
SELECT user_id, time_zone FROM ledger.users;
GRANT SELECT ON insights.v_user_time_zones TO banksync_api_reader;
-- The schema's default privileges would let the stream writer write through this (auto-updatable) view into
-- ledger.users with the owner's rights: it reads users directly and needs nothing here.
REVOKE ALL ON insights.v_user_time_zones FROM banksync_stream_writer;
