-- Every first page of a search reads the shopper's searches of the last seconds (the typing pause of
-- TypedSearch). Through ix_search_log_user alone that read walked the shopper's whole history of
-- 30 days, so a shopper who searched a lot paid for it on every search; led by the shopper and then
-- the time, the index holds just those seconds. It serves the shopper's other lookups as well, so it
-- replaces ix_search_log_user.
CREATE INDEX ix_search_log_user_time ON search_log (user_id, searched_at);

DROP INDEX ix_search_log_user;
