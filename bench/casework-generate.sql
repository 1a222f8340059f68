-- Casework benchmark data (bench/casework.sh): :cases client cases with :members_per_case network
-- memberships each (400 000 for 50 000 cases), a pool of :workers worker accounts sharing the bench
-- password hash :hash, a child and a guardian per case, a consent for every professional member but the
-- responsible worker (about 300 000), and
-- a confirmed joint record with a plan (3 goals, 4 actions) for :plan_percent % of the cases.
-- Name-based ids (md5) and ON CONFLICT DO NOTHING: running it twice adds nothing. Statements are
-- separated by a semicolon at the end of a line.

INSERT INTO app_user (id, username, display_name, title, organisation, email, password_hash)
SELECT md5('bench-worker:' || w)::uuid, 'penkkityontekija' || w, 'Penkki Työntekijä ' || w, 'Sosiaalityöntekijä',
       'Penkin hyvinvointialue', 'penkki' || w || '@bench.invalid', :hash
FROM generate_series(1, :workers) w ON CONFLICT DO NOTHING;

INSERT INTO user_role (user_id, role)
SELECT md5('bench-worker:' || w)::uuid, 'RESPONSIBLE_WORKER' FROM generate_series(1, :workers) w ON CONFLICT DO NOTHING;

INSERT INTO client_case (id, family_name, family_centre_area_id, mode, basis, opened_at, status, closed_at, closing_summary,
                         follow_up_on)
SELECT md5('bench-case:' || i)::uuid, 'Penkkiperhe ' || i, :area, CASE WHEN i % 20 = 0 THEN 'FAMILY_COORDINATED' ELSE 'NETWORK' END,
       'FAMILY_REQUEST', now() - (i % 700) * interval '1 day',
       CASE WHEN i % 10 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
       CASE WHEN i % 10 = 0 THEN now() - (i % 30) * interval '1 day' END,
       CASE WHEN i % 10 = 0 THEN 'Tavoitteet saavutettiin.' END,
       CASE WHEN i % 10 <> 0 AND i % 100 < :plan_percent THEN current_date - 20 + i % 80 END
FROM generate_series(1, :cases) i ON CONFLICT DO NOTHING;

INSERT INTO case_person (id, case_id, kind, name, born_on, position)
SELECT md5('bench-child:' || i)::uuid, md5('bench-case:' || i)::uuid, 'CHILD', 'Lapsi ' || i,
       current_date - (365 + i % 5000), 0
FROM generate_series(1, :cases) i ON CONFLICT DO NOTHING;

INSERT INTO case_person (id, case_id, kind, name, position)
SELECT md5('bench-guardian:' || i)::uuid, md5('bench-case:' || i)::uuid, 'GUARDIAN', 'Huoltaja ' || i, 1
FROM generate_series(1, :cases) i ON CONFLICT DO NOTHING;

-- Member 1: the responsible worker (worker i % :workers; in family mode the coordinating close worker).
-- Members 2-3: two other workers of the pool (close worker, network member) with consent.
-- Members 4..: people without accounts (professionals by email, the family's own circle).
INSERT INTO case_member (id, case_id, role, coordinating, user_id, name, sector, email, task)
SELECT md5('bench-member:' || i || ':' || m)::uuid, md5('bench-case:' || i)::uuid,
       CASE WHEN m = 1 AND i % 20 <> 0 THEN 'RESPONSIBLE_WORKER' WHEN m <= 2 THEN 'CLOSE_WORKER'
            WHEN m = :members_per_case THEN 'OWN_CIRCLE' ELSE 'NETWORK_MEMBER' END,
       m = 1 AND i % 20 = 0,
       CASE WHEN m = 1 THEN md5('bench-worker:' || (1 + i % :workers))::uuid
            WHEN m = 2 THEN md5('bench-worker:' || (1 + (i * 7 + 3) % :workers))::uuid
            WHEN m = 3 THEN md5('bench-worker:' || (1 + (i * 13 + 5) % :workers))::uuid END,
       'Jäsen ' || i || '-' || m,
       CASE WHEN m = :members_per_case THEN 'FAMILY_CIRCLE' ELSE 'SOCIAL_CARE' END,
       CASE WHEN m < :members_per_case THEN 'jasen' || i || '-' || m || '@bench.invalid' END,
       'Tehtävä perheen asiassa ' || m
FROM generate_series(1, :cases) i, generate_series(1, :members_per_case) m
WHERE NOT (m = 3 AND (1 + (i * 13 + 5) % :workers) IN (1 + i % :workers, 1 + (i * 7 + 3) % :workers))
  AND NOT (m = 2 AND (1 + (i * 7 + 3) % :workers) = 1 + i % :workers)
ON CONFLICT DO NOTHING;

INSERT INTO case_consent (id, case_id, member_id, scope, given_by)
SELECT md5('bench-consent:' || m.id)::uuid, m.case_id, m.id, 'SOCIAL_CARE', 'Huoltaja'
FROM case_member m WHERE m.email LIKE 'jasen%@bench.invalid' AND m.role <> 'RESPONSIBLE_WORKER' AND m.role <> 'OWN_CIRCLE'
ON CONFLICT DO NOTHING;

INSERT INTO joint_record (id, case_id, status, child_summary, strengths, concerns, follow_up_on, confirmed_at)
SELECT md5('bench-record:' || i)::uuid, md5('bench-case:' || i)::uuid, 'CONFIRMED', 'Lapsen oma yhteenveto ' || i,
       'Vahvuudet', 'Huolet', current_date - 20 + i % 80, now() - interval '30 days'
FROM generate_series(1, :cases) i WHERE i % 100 < :plan_percent ON CONFLICT DO NOTHING;

INSERT INTO joint_plan_version (id, case_id, version_no, record_id, follow_up_on)
SELECT md5('bench-plan:' || i)::uuid, md5('bench-case:' || i)::uuid, 1, md5('bench-record:' || i)::uuid,
       current_date - 20 + i % 80
FROM generate_series(1, :cases) i WHERE i % 100 < :plan_percent ON CONFLICT DO NOTHING;

INSERT INTO plan_goal (goal_key, case_id, text, position, plan_version)
SELECT md5('bench-goal:' || i || ':' || g)::uuid, md5('bench-case:' || i)::uuid, 'Tavoite ' || g || ' perheelle ' || i, g, 1
FROM generate_series(1, :cases) i, generate_series(1, 3) g WHERE i % 100 < :plan_percent ON CONFLICT DO NOTHING;

INSERT INTO plan_action (action_key, case_id, goal_key, text, owner_member_id, due_on, done_at, plan_version)
SELECT md5('bench-action:' || i || ':' || a)::uuid, md5('bench-case:' || i)::uuid,
       md5('bench-goal:' || i || ':' || (1 + a % 3))::uuid, 'Toimenpide ' || a,
       md5('bench-member:' || i || ':' || (1 + a % 3))::uuid, current_date - 30 + (i + a * 11) % 90,
       CASE WHEN a = 1 THEN now() - interval '3 days' END, 1
FROM generate_series(1, :cases) i, generate_series(1, 4) a
WHERE i % 100 < :plan_percent
  AND EXISTS (SELECT 1 FROM case_member m WHERE m.id = md5('bench-member:' || i || ':' || (1 + a % 3))::uuid)
ON CONFLICT DO NOTHING;
