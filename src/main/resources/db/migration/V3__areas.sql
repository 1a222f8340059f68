-- The region structure of seed 001: region -> planning area -> family centre area -> municipality.
CREATE TABLE region (
    id    uuid PRIMARY KEY,
    name  text NOT NULL UNIQUE
);

CREATE TABLE planning_area (
    id         uuid PRIMARY KEY,
    region_id  uuid NOT NULL REFERENCES region (id),
    name       text NOT NULL,
    UNIQUE (region_id, name)
);

CREATE TABLE family_centre_area (
    id                uuid PRIMARY KEY,
    planning_area_id  uuid NOT NULL REFERENCES planning_area (id),
    name              text NOT NULL,
    population        integer CHECK (population >= 0),
    children          integer CHECK (children >= 0),
    description       text,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (planning_area_id, name),
    CHECK (children IS NULL OR population IS NULL OR children <= population)
);

CREATE TABLE municipality (
    id                     uuid PRIMARY KEY,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id),
    name                   text NOT NULL,
    UNIQUE (family_centre_area_id, name)
);

-- Which professionals work in which family centre area, and who coordinates it.
-- The row-level rules of the action catalogue read this table.
CREATE TABLE area_assignment (
    user_id                uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    family_centre_area_id  uuid NOT NULL REFERENCES family_centre_area (id) ON DELETE CASCADE,
    coordinator            boolean NOT NULL DEFAULT false,
    PRIMARY KEY (user_id, family_centre_area_id)
);
