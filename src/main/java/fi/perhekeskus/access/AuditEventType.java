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
    AUDIT_LOG_READ,
    AUDIT_CHAIN_VERIFIED,
    /** Organisations, services and channels imported from Suomi.fi PTV. */
    PTV_IMPORTED
}
