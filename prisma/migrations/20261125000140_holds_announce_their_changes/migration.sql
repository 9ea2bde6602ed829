-- A NOTIFY per hold made every hold's commit wait its turn for the
-- notification queue and woke every listening instance a thousand times a
-- second in an on-sale rush. Holds now leave the announcing to the app,
-- which notifies at most a few times a second per showtime; every other
-- change to seats (sales, releases, refunds, the sweeper) still notifies
-- from the trigger.

CREATE OR REPLACE FUNCTION "seats"."notify_seat_changes"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('cinema.seat_changes_announced', true) = 'by_app' THEN
    RETURN NULL;
  END IF;
  PERFORM pg_notify('cinema_seats', changed_showtime)
     FROM (SELECT DISTINCT showtime_id AS changed_showtime FROM changed) AS showtimes;
  RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION "seats"."hold_seats"(
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

  -- Locked in seat order, as every statement that takes several seats does;
  -- then read again in a statement of its own, whose snapshot (taken after
  -- the locks) sees what a buyer who held them before us committed.
  PERFORM 1 FROM "seats"."showtime_seats"
    WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_seat_ids) ORDER BY seat_id FOR UPDATE;
  SELECT array_agg(seat_id ORDER BY seat_id) INTO v_lost FROM "seats"."showtime_seats"
   WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_seat_ids)
     AND NOT (status = 'AVAILABLE' OR (status = 'HELD' AND held_until < v_now));
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

  -- The app announces holds itself, a few times a second at most per showtime
  -- (lib/services/seats/seat-change-notices.ts): the trigger stays quiet.
  PERFORM set_config('cinema.seat_changes_announced', 'by_app', true);
  INSERT INTO "seats"."holds" ("id", "showtime_id", "user_id", "seat_ids", "status", "expires_at", "created_at", "client_address")
  VALUES (p_hold_id, p_showtime_id, p_user_id, p_seat_ids, 'ACTIVE', p_expires_at, v_now, p_client_address);
  UPDATE "seats"."showtime_seats"
     SET status = 'HELD', hold_id = p_hold_id, held_by = p_user_id, held_until = p_expires_at,
         booking_id = NULL, updated_at = v_now
   WHERE showtime_id = p_showtime_id AND seat_id = ANY (p_seat_ids);
  PERFORM set_config('cinema.seat_changes_announced', '', true);
  RETURN QUERY SELECT 'held', p_seat_ids, v_mine;
END
$$;

