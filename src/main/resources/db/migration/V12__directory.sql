-- The directory of the family centre network (seeds 000, 001, 002 §6, 004): professionals, their
-- areas and roles, key persons per expertise area, named workers, multi-professional teams and training.

CREATE TABLE expertise_area (
    code            text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9-]{1,40}$'),
    name_fi         text NOT NULL,
    name_sv         text NOT NULL,
    name_en         text NOT NULL,
    -- Active key persons wanted per 30 000 residents of a family centre area (seed 000 asks this).
    target_per_30k  numeric(4, 1) NOT NULL DEFAULT 1 CHECK (target_per_30k >= 0),
    position        integer NOT NULL,
    active          boolean NOT NULL DEFAULT true
);

INSERT INTO expertise_area (code, name_fi, name_sv, name_en, target_per_30k, position) VALUES
    ('child-protection', 'Lastensuojelu', 'Barnskydd', 'Child protection', 2, 10),
    ('nepsy', 'Neuropsykiatrinen tuki (nepsy)', 'Neuropsykiatriskt stöd (neps)', 'Neuropsychiatric support (nepsy)', 2, 20),
    ('multicultural', 'Monikulttuurinen työ', 'Mångkulturellt arbete', 'Multicultural work', 1, 30),
    ('child-psychiatry', 'Lastenpsykiatria', 'Barnpsykiatri', 'Child psychiatry', 1, 40),
    ('adolescent-psychiatry', 'Nuorisopsykiatria', 'Ungdomspsykiatri', 'Adolescent psychiatry', 1, 50),
    ('disability', 'Vammaispalvelut', 'Funktionshinderservice', 'Disability services', 1, 60),
    ('separation', 'Parisuhde- ja erotyö', 'Parrelations- och skilsmässoarbete', 'Couple relationship and separation support', 1, 70),
    ('ot-centre', 'OT-keskuksen asiantuntija', 'Expert vid OT-centret', 'OT-centre specialist', 0.5, 80),
    ('violence', 'Lähisuhde- ja perheväkivalta', 'Våld i nära relationer och familjevåld', 'Intimate partner and family violence', 2, 90),
    ('adult-services', 'Aikuisten palvelut', 'Tjänster för vuxna', 'Adult services', 1, 100),
    ('leisure', 'Harrastustoiminta', 'Fritidsverksamhet', 'Leisure activities', 1, 110),
    ('substance-abuse', 'Päihdetyö', 'Missbruksarbete', 'Substance abuse work', 1, 120),
    ('other', 'Muu erityisosaaminen', 'Annan specialkunskap', 'Other expertise', 0, 130);

-- A professional of the network. Not every one has an account: the finder lists people to call;
-- those with an account (user_id) also receive consultations in the app.
CREATE TABLE professional (
    id            uuid PRIMARY KEY,
    user_id       uuid UNIQUE REFERENCES app_user (id) ON DELETE SET NULL,
    name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    title         text,
    organisation  text NOT NULL,
    languages     text[] NOT NULL DEFAULT '{fi}',
    phone         text,
    email         text,
    -- e.g. Teams, a booking link, "tavoitettavissa ti ja to klo 9–11"
    other_contact text,
    active        boolean NOT NULL DEFAULT true,
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX professional_name ON professional USING gin (name gin_trgm_ops);

CREATE TABLE professional_area (
    professional_id        uuid NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    PRIMARY KEY (professional_id, family_centre_area_id)
);
CREATE INDEX professional_area_area ON professional_area (family_centre_area_id);

-- A key person (avainhenkilö) assignment: one expertise, the areas it serves (one area, a planning
-- area's or the whole region's areas), a weekly time budget (Essote: 2 h/week), work forms, a period
-- and a deputy. An assignment that ends without a successor leaves a gap the coordinator must see.
CREATE TABLE key_person_assignment (
    id               uuid PRIMARY KEY,
    professional_id  uuid NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    expertise_code   text NOT NULL REFERENCES expertise_area (code),
    scope            text NOT NULL CHECK (scope IN ('AREA', 'PLANNING_AREA', 'REGION')),
    weekly_hours     numeric(4, 1) NOT NULL DEFAULT 2 CHECK (weekly_hours > 0 AND weekly_hours <= 40),
    work_forms       text[] NOT NULL DEFAULT '{}' CHECK (work_forms <@ ARRAY['PHONE_CONSULTATION', 'PAIR_WORK',
                         'JOINT_HOME_VISITS', 'SERVICE_GUIDANCE', 'NETWORK_WORK', 'PEER_GROUPS']),
    starts_on        date NOT NULL,
    ends_on          date,
    deputy_id        uuid REFERENCES professional (id) ON DELETE SET NULL,
    successor_id     uuid REFERENCES key_person_assignment (id) ON DELETE SET NULL,
    ended_at         timestamptz,
    version          integer NOT NULL DEFAULT 0,
    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    CHECK (deputy_id IS NULL OR deputy_id <> professional_id)
);
CREATE INDEX key_person_assignment_expertise ON key_person_assignment (expertise_code, starts_on, ends_on);
CREATE INDEX key_person_assignment_professional ON key_person_assignment (professional_id);

CREATE TABLE key_person_assignment_area (
    assignment_id          uuid NOT NULL REFERENCES key_person_assignment (id) ON DELETE CASCADE,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    PRIMARY KEY (assignment_id, family_centre_area_id)
);
CREATE INDEX key_person_assignment_area_area ON key_person_assignment_area (family_centre_area_id, assignment_id);

-- Other named roles (seed 002 §6 "keneen olla yhteydessä eri asioissa"; seed 001 roles).
CREATE TABLE named_worker (
    id                     uuid PRIMARY KEY,
    professional_id        uuid NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    role                   text NOT NULL CHECK (role IN ('AGENT', 'COORDINATOR', 'SPECIAL_SERVICE_WORKER',
                               'ON_CALL_TEAM_MEMBER')),
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    -- For a special-level service: which (e.g. "Lastenpsykiatrian poliklinikka"), and its expertise.
    service_name           text,
    expertise_code         text REFERENCES expertise_area (code),
    starts_on              date NOT NULL DEFAULT current_date,
    ends_on                date
);
CREATE INDEX named_worker_area ON named_worker (family_centre_area_id, role);

-- A named multi-professional team (seed 002 Hartola: "Kysy moniammatilliselta tiimiltä").
CREATE TABLE multiprofessional_team (
    id                     uuid PRIMARY KEY,
    name                   text NOT NULL,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    description            text,
    active                 boolean NOT NULL DEFAULT true
);

CREATE TABLE team_member (
    team_id          uuid NOT NULL REFERENCES multiprofessional_team (id) ON DELETE CASCADE,
    professional_id  uuid NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    PRIMARY KEY (team_id, professional_id)
);

-- Training register (seed 000: 3 h basic training for every basic-services worker, 20 h key person
-- training; Lapset puheeksi and others).
CREATE TABLE training (
    code        text PRIMARY KEY,
    name_fi     text NOT NULL,
    name_sv     text NOT NULL,
    name_en     text NOT NULL,
    hours       numeric(5, 1) NOT NULL CHECK (hours > 0),
    -- Who must have it: 'ALL' (every professional), 'KEY_PERSON' (anyone with an active assignment).
    required_for text CHECK (required_for IN ('ALL', 'KEY_PERSON'))
);

INSERT INTO training (code, name_fi, name_sv, name_en, hours, required_for) VALUES
    ('basic', 'Perhekeskustoimintamallin peruskoulutus', 'Grundutbildning i familjecentermodellen',
     'Family centre basic training', 3, 'ALL'),
    ('key-person', 'Avainhenkilökoulutus', 'Nyckelpersonsutbildning', 'Key person training', 20, 'KEY_PERSON'),
    ('lapset-puheeksi', 'Lapset puheeksi -menetelmä', 'Metoden Låt oss prata om barnen', 'Let''s Talk about Children',
     7, NULL);

CREATE TABLE training_completion (
    professional_id  uuid NOT NULL REFERENCES professional (id) ON DELETE CASCADE,
    training_code    text NOT NULL REFERENCES training (code),
    completed_on     date NOT NULL,
    PRIMARY KEY (professional_id, training_code)
);
