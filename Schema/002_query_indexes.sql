-- 002_query_indexes: indexes that keep the queries of a large database (a
-- million statements) to the rows they are about.

-- An actor's affiliates and the actors merged into it, found by every query
-- that takes an actor, without reading every actor.
CREATE INDEX actor_by_parent ON actor(parent_id);
CREATE INDEX actor_by_merged_into ON actor(merged_into_id);

-- A name as a user types it, in any case ("peru" for Peru).
CREATE INDEX actor_by_lower_name ON actor(lower(name));

-- People's link decisions, read by every status computation, apart from the
-- (many) automatic links stored after ingest.
CREATE INDEX outcome_link_human ON outcome_link(commitment_statement_id) WHERE origin = 'human';

-- A statement's time (role and value) read from the index alone, for every
-- commitment and outcome a status computation reads.
CREATE INDEX time_expression_by_statement_with_value ON time_expression(statement_id, role, value);
