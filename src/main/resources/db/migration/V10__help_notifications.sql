-- Contacts that the law requires from professionals, stored next to their help_request (same
-- transaction): a contact to social services (SHL 1301/2014, 35 §) with the person's consent, and a
-- child-protection notification (LSL 417/2007, 25 §, 25 a § together with the family, 25 c § before birth).
CREATE TABLE help_notification (
    request_id             uuid PRIMARY KEY REFERENCES help_request (id) ON DELETE CASCADE,
    kind                   text NOT NULL CHECK (kind IN ('SOCIAL_SERVICES_CONTACT', 'CHILD_PROTECTION_NOTIFICATION')),
    variant                text CHECK (variant IN ('STANDARD', 'TOGETHER_WITH_FAMILY', 'ADVANCE_NOTIFICATION')),
    notifier_kind          text NOT NULL CHECK (notifier_kind IN ('PROFESSIONAL', 'PRIVATE_PERSON', 'ANONYMOUS')),
    -- The professional's account, and who they were at the time (titles and employers change).
    notifier_user_id       uuid REFERENCES app_user (id),
    notifier_name          text,
    notifier_title         text,
    notifier_organisation  text,
    notifier_phone         text,
    notifier_email         text,
    -- SHL 35 §: the person's consent to the contact, and why it was not given.
    consent                text CHECK (consent IN ('GIVEN', 'REFUSED', 'NOT_OBTAINABLE')),
    consent_reason         text,
    -- LSL 25 a §: who of the family took part in making the notification.
    family_participants    text,
    -- The person, family or child concerned.
    names                  text,
    birth_date             date,
    age                    smallint CHECK (age BETWEEN 0 AND 120),
    -- LSL 25 c §: the expected due date of an unborn child instead of a birth date.
    due_date               date,
    guardians              text,
    address                text,
    family_phone           text,
    family_email           text,
    actions_taken          text,
    immediate_danger       boolean NOT NULL DEFAULT false,
    -- Tells a retry of the same form from a different notification sent with the same form key.
    submission_hash        text NOT NULL,
    CHECK ((kind = 'SOCIAL_SERVICES_CONTACT') = (consent IS NOT NULL)),
    CHECK ((kind = 'CHILD_PROTECTION_NOTIFICATION') = (variant IS NOT NULL)),
    CHECK (consent IS NULL OR consent = 'GIVEN' OR consent_reason IS NOT NULL),
    CHECK ((notifier_kind = 'PROFESSIONAL') = (notifier_user_id IS NOT NULL)),
    CHECK (notifier_kind <> 'ANONYMOUS' OR (notifier_name IS NULL AND notifier_title IS NULL
           AND notifier_organisation IS NULL AND notifier_phone IS NULL AND notifier_email IS NULL)),
    CHECK (notifier_kind = 'ANONYMOUS' OR notifier_name IS NOT NULL),
    CHECK (kind = 'CHILD_PROTECTION_NOTIFICATION' OR notifier_kind = 'PROFESSIONAL'),
    CHECK (variant IS DISTINCT FROM 'ADVANCE_NOTIFICATION' OR (due_date IS NOT NULL AND birth_date IS NULL AND age IS NULL)),
    CHECK (due_date IS NULL OR variant = 'ADVANCE_NOTIFICATION'),
    CHECK (variant IS DISTINCT FROM 'TOGETHER_WITH_FAMILY' OR family_participants IS NOT NULL)
);
