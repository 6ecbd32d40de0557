-- French name of the operation a contribution was made to; the existing operation column
-- stays the English name (and with country and start the natural key of the import). The
-- audit table gets the column too, so history records French name changes.
alter table contribution add column operation_fr varchar(200);
alter table contribution_aud add column operation_fr varchar(200);
