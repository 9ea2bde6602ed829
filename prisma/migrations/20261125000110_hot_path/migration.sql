-- The on-sale path in the database: the seat inventory knows where each seat
-- is, so one function can check the seating rules and take the seats in one
-- round trip; and triggers NOTIFY every app instance of what changed, so
-- their caches (identities, sale terms, seat maps) drop it at once.

-- AlterTable
ALTER TABLE "seats"."showtime_seats" ADD COLUMN "grid_row" INTEGER,
ADD COLUMN "grid_col" INTEGER,
ADD COLUMN "pair_seat_id" TEXT;

UPDATE "seats"."showtime_seats" AS inventory
   SET "grid_row" = seat."grid_row", "grid_col" = seat."grid_col", "pair_seat_id" = seat."pair_seat_id"
  FROM "showtimes"."seats" AS seat
 WHERE seat."id" = inventory."seat_id";

ALTER TABLE "seats"."showtime_seats" ALTER COLUMN "grid_row" SET NOT NULL,
ALTER COLUMN "grid_col" SET NOT NULL;

-- AlterTable
ALTER TABLE "seats"."holds" ADD COLUMN "client_address" TEXT;

-- CreateIndex
CREATE INDEX "holds_showtime_id_client_address_idx" ON "seats"."holds"("showtime_id", "client_address");

-- Single free seats a selection would strand: in each grid row it touches,
-- runs of neighbouring ordinary seats (aisles and special seats split them);
-- a free seat closed in on both sides after the selection but not before,
-- unless the selection takes all but one of its run's free seats.
-- The same rule as checkSeatRules in lib/services/seats/seat-rules.ts (a test
-- compares the two on random rows).
CREATE FUNCTION "seats"."stranded_seats"(p_showtime_id TEXT, p_selected TEXT[], p_now TIMESTAMPTZ)
RETURNS TEXT[] LANGUAGE sql STABLE AS $$
  WITH row_seats AS (
    SELECT seat_id, grid_row, grid_col,
           NOT (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < p_now)) AS taken,
           seat_id = ANY (p_selected) AS chosen
      FROM "seats"."showtime_seats"
     WHERE showtime_id = p_showtime_id
       AND type IN ('STANDARD', 'PREMIUM')
       AND grid_row IN (SELECT grid_row FROM "seats"."showtime_seats"
                         WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_selected))
  ), runs AS (
    SELECT *, grid_col - row_number() OVER (PARTITION BY grid_row ORDER BY grid_col) AS run FROM row_seats
  ), judged AS (
    SELECT seat_id, grid_row, grid_col, taken, chosen,
           count(*) OVER whole AS size,
           count(*) FILTER (WHERE NOT taken) OVER whole AS free_before,
           count(*) FILTER (WHERE chosen) OVER whole AS chosen_here,
           coalesce(lag(taken) OVER ordered, true) AND coalesce(lead(taken) OVER ordered, true) AS closed_before,
           coalesce(lag(taken OR chosen) OVER ordered, true)
             AND coalesce(lead(taken OR chosen) OVER ordered, true) AS closed_after
      FROM runs
    WINDOW whole AS (PARTITION BY grid_row, run), ordered AS (PARTITION BY grid_row, run ORDER BY grid_col)
  )
  SELECT array_agg(seat_id ORDER BY grid_row, grid_col)
    FROM judged
   WHERE chosen_here > 0 AND free_before - chosen_here > 1 AND size > 1
     AND NOT taken AND NOT chosen AND closed_after AND NOT closed_before
$$;

-- A hold in one round trip: every check, then all the seats or none.
-- Answers one row: outcome 'held', or why not ('unknown_seats',
-- 'too_many_seats', 'address_limit', 'seats_unavailable', 'orphan_seat') with
-- the seats concerned. Nothing is written unless the outcome is 'held'.
CREATE FUNCTION "seats"."hold_seats"(
  p_hold_id TEXT, p_showtime_id TEXT, p_user_id TEXT, p_seat_ids TEXT[], p_expires_at TIMESTAMPTZ,
  p_max_seats INTEGER, p_orphan_rule BOOLEAN, p_client_address TEXT, p_max_address_holds INTEGER)
RETURNS TABLE (outcome TEXT, seat_ids TEXT[], held_before INTEGER) LANGUAGE plpgsql AS $$
DECLARE
  v_now TIMESTAMPTZ := now();
  v_known TEXT[];
  v_rows INTEGER[];
  v_row INTEGER;
  v_mine INTEGER;
  v_lost TEXT[];
  v_stranded TEXT[];
BEGIN
  -- One buyer's holds on one showtime are decided one at a time: the seat limit is exact.
  PERFORM pg_advisory_xact_lock(hashtextextended('hold:' || p_showtime_id || ':' || p_user_id, 0));

  SELECT array_agg(seat_id), array_agg(DISTINCT grid_row) INTO v_known, v_rows
    FROM "seats"."showtime_seats" WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_seat_ids);
  IF coalesce(cardinality(v_known), 0) <> cardinality(p_seat_ids) THEN
    RETURN QUERY SELECT 'unknown_seats', ARRAY(SELECT unnest(p_seat_ids) EXCEPT SELECT unnest(v_known)), 0;
    RETURN;
  END IF;

  IF p_orphan_rule THEN
    -- Buyers in the same grid row decide one at a time, since the rule reads
    -- the neighbours; rows are locked in ascending order, so never in a cycle.
    FOREACH v_row IN ARRAY (SELECT array_agg(r ORDER BY r) FROM unnest(v_rows) AS r) LOOP
      PERFORM pg_advisory_xact_lock(hashtextextended('row:' || p_showtime_id || ':' || v_row, 0));
    END LOOP;
  END IF;

  SELECT count(*) INTO v_mine FROM "seats"."showtime_seats"
   WHERE showtime_id = p_showtime_id AND held_by = p_user_id AND status = 'HELD' AND held_until > v_now;
  IF v_mine + cardinality(p_seat_ids) > p_max_seats THEN
    RETURN QUERY SELECT 'too_many_seats', NULL::TEXT[], v_mine;
    RETURN;
  END IF;

  IF p_client_address IS NOT NULL AND (
    SELECT count(*) FROM "seats"."holds"
     WHERE showtime_id = p_showtime_id AND client_address = p_client_address
       AND status IN ('ACTIVE', 'CONVERTED') AND expires_at > v_now) >= p_max_address_holds THEN
    RETURN QUERY SELECT 'address_limit', NULL::TEXT[], v_mine;
    RETURN;
  END IF;

  -- Locked in seat order, as every statement that takes several seats does.
  SELECT array_agg(locked.seat_id ORDER BY locked.seat_id) INTO v_lost
    FROM (SELECT s.seat_id, s.status, s.held_until FROM "seats"."showtime_seats" s
           WHERE s.showtime_id = p_showtime_id AND s.seat_id = ANY (p_seat_ids)
           ORDER BY s.seat_id FOR UPDATE) AS locked
   WHERE NOT (locked.status = 'AVAILABLE' OR (locked.status = 'HELD' AND locked.held_until < v_now));
  IF v_lost IS NOT NULL THEN
    RETURN QUERY SELECT 'seats_unavailable', v_lost, v_mine;
    RETURN;
  END IF;

  IF p_orphan_rule THEN
    v_stranded := "seats"."stranded_seats"(p_showtime_id, p_seat_ids, v_now);
    IF v_stranded IS NOT NULL THEN
      RETURN QUERY SELECT 'orphan_seat', v_stranded, v_mine;
      RETURN;
    END IF;
  END IF;

  INSERT INTO "seats"."holds" ("id", "showtime_id", "user_id", "seat_ids", "status", "expires_at", "created_at", "client_address")
  VALUES (p_hold_id, p_showtime_id, p_user_id, p_seat_ids, 'ACTIVE', p_expires_at, v_now, p_client_address);
  UPDATE "seats"."showtime_seats"
     SET status = 'HELD', hold_id = p_hold_id, held_by = p_user_id, held_until = p_expires_at,
         booking_id = NULL, updated_at = v_now
   WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_seat_ids);
  RETURN QUERY SELECT 'held', p_seat_ids, v_mine;
END
$$;

-- Every change to a showtime's seats tells every instance which showtime
-- changed: seat maps are rebuilt and pushed to open seat pickers.
CREATE FUNCTION "seats"."notify_seat_changes"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cinema_seats', changed_showtime)
     FROM (SELECT DISTINCT showtime_id AS changed_showtime FROM changed) AS showtimes;
  RETURN NULL;
END
$$;
CREATE TRIGGER "showtime_seats_notify" AFTER UPDATE ON "seats"."showtime_seats"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION "seats"."notify_seat_changes"();

-- A user's standing (what a credential is checked against) changed.
CREATE FUNCTION "users"."notify_user_change"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cinema_users', OLD.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER "users_notify" AFTER UPDATE ON "users"."users" FOR EACH ROW
  WHEN (OLD.token_version IS DISTINCT FROM NEW.token_version OR OLD.disabled_at IS DISTINCT FROM NEW.disabled_at
        OR OLD.role IS DISTINCT FROM NEW.role OR OLD.email IS DISTINCT FROM NEW.email OR OLD.name IS DISTINCT FROM NEW.name
        OR OLD.email_verified_at IS DISTINCT FROM NEW.email_verified_at)
  EXECUTE FUNCTION "users"."notify_user_change"();
CREATE TRIGGER "users_notify_delete" AFTER DELETE ON "users"."users" FOR EACH ROW
  EXECUTE FUNCTION "users"."notify_user_change"();

-- A session was revoked or ended.
CREATE FUNCTION "users"."notify_session_change"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('cinema_sessions', OLD.id);
  RETURN NULL;
END
$$;
CREATE TRIGGER "sessions_notify" AFTER UPDATE ON "users"."sessions" FOR EACH ROW
  WHEN (OLD.revoked_at IS DISTINCT FROM NEW.revoked_at OR OLD.expires_at IS DISTINCT FROM NEW.expires_at)
  EXECUTE FUNCTION "users"."notify_session_change"();
CREATE TRIGGER "sessions_notify_delete" AFTER DELETE ON "users"."sessions" FOR EACH ROW
  EXECUTE FUNCTION "users"."notify_session_change"();

-- What a showtime is sold on (status, times, prices) changed; a cinema's
-- change ('*') touches all of its showtimes.
CREATE FUNCTION "showtimes"."notify_showtime_change"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'showtime_prices' THEN
    PERFORM pg_notify('cinema_showtimes', coalesce(NEW.showtime_id, OLD.showtime_id));
  ELSIF TG_TABLE_NAME = 'showtimes' THEN
    PERFORM pg_notify('cinema_showtimes', coalesce(NEW.id, OLD.id));
  ELSE
    PERFORM pg_notify('cinema_showtimes', '*');
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER "showtimes_notify" AFTER UPDATE OR DELETE ON "showtimes"."showtimes" FOR EACH ROW
  EXECUTE FUNCTION "showtimes"."notify_showtime_change"();
CREATE TRIGGER "showtime_prices_notify" AFTER INSERT OR UPDATE OR DELETE ON "showtimes"."showtime_prices" FOR EACH ROW
  EXECUTE FUNCTION "showtimes"."notify_showtime_change"();
CREATE TRIGGER "cinemas_notify" AFTER UPDATE OR DELETE ON "showtimes"."cinemas" FOR EACH ROW
  EXECUTE FUNCTION "showtimes"."notify_showtime_change"();
CREATE TRIGGER "halls_notify" AFTER UPDATE OR DELETE ON "showtimes"."halls" FOR EACH ROW
  EXECUTE FUNCTION "showtimes"."notify_showtime_change"();
