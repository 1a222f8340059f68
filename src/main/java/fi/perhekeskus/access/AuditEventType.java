package fi.perhekeskus.access;

/** Every kind of audited event, named once. */
public enum AuditEventType {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_LOCKED_OUT,
    LOGOUT,
    ACCESS_DENIED,
    CSRF_REJECTED,
    ADMIN_CREATED,
    AREA_UPDATED,
    SERVICE_MAP_DRAFT_SAVED,
    SERVICE_MAP_DRAFT_PUBLISHED,
    SERVICE_MAP_DRAFT_RETURNED,
    SERVICE_MAP_ENTRY_REVIEWED,
    PLACE_ASSESSMENT_RECORDED,
    AUDIT_LOG_READ,
    AUDIT_CHAIN_VERIFIED,
    /** Organisations, services and channels imported from Suomi.fi PTV. */
    PTV_IMPORTED
}
