-- The apps check at start-up that the database is at their version: Flyway's migrate, which reads the history
-- and does nothing when nothing is pending. They connect as the least-privilege logins, so those read the history;
-- they still cannot change the schema: a database behind the build is migrated by its owner (banksync db migrate).
GRANT SELECT ON ${flyway:defaultSchema}.${flyway:table}
    TO banksync_batch_writer, banksync_stream_writer, banksync_api_reader;
