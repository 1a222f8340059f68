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
    PTV_IMPORTED,
    HELP_REQUEST_RECEIVED,
    /** The family read its receipt page (status and answer). */
    HELP_RECEIPT_VIEWED,
    HELP_REQUEST_VIEWED,
    HELP_QUEUE_VIEWED,
    HELP_URGENCY_ASSESSED,
    HELP_REQUEST_ASSIGNED,
    HELP_FIRST_CONTACT_RECORDED,
    HELP_REQUEST_ANSWERED,
    HELP_OUTCOME_RECORDED,
    /** Anonymous questions deleted after their retention period (target: how many). */
    HELP_ANONYMOUS_PURGED,
    SOCIAL_SERVICES_CONTACT_MADE,
    CHILD_PROTECTION_NOTIFICATION_MADE,
    ON_CALL_ROTA_CHANGED,
    HELP_REPORT_VIEWED,
    /** A child was found to need special support: the 3-month assessment deadline applies. */
    HELP_SPECIAL_SUPPORT_RECORDED,
    KEY_PERSON_ASSIGNED,
    KEY_PERSON_ASSIGNMENT_ENDED,
    PROFESSIONAL_UPDATED,
    TRAINING_RECORDED,
    CONSULTATION_ASKED,
    CONSULTATION_VIEWED,
    CONSULTATION_CLAIMED,
    CONSULTATION_MESSAGE_SENT,
    CONSULTATION_CLOSED,
    CONSULTATION_SLOT_PUBLISHED,
    CONSULTATION_SLOT_BOOKED,
    /** A booking was cancelled by its booker, or a team withdrew an unbooked time (details.what). */
    CONSULTATION_SLOT_CANCELLED,
    CONSULTATION_RATED,
    /** A multi-professional team was created, edited, (de)activated or its members changed (details.change). */
    TEAM_CHANGED,
    /** The administrator added an expertise area (target: its code). */
    EXPERTISE_AREA_ADDED,
    /** An expertise area's target of key persons per 30 000 residents changed (details: from, to). */
    EXPERTISE_TARGET_CHANGED,
    /*
     * Casework. Every event about a family's case has the case id as its target (details name the record,
     * meeting or member), so that the family's access log is the audit log of that target.
     */
    CASE_OPENED,
    CASE_VIEWED,
    CASE_LIST_VIEWED,
    CASE_FAMILY_CHANGED,
    CASE_MEMBER_ADDED,
    CASE_MEMBER_CHANGED,
    CASE_MEMBER_ENDED,
    CASE_CONSENT_GIVEN,
    CASE_CONSENT_WITHDRAWN,
    NETWORK_MEETING_SCHEDULED,
    NETWORK_MEETING_CHANGED,
    NETWORK_MEETING_CANCELLED,
    JOINT_RECORD_VIEWED,
    JOINT_RECORD_DRAFT_SAVED,
    JOINT_RECORD_CONFIRMED,
    JOINT_RECORD_CORRECTED,
    JOINT_PLAN_VIEWED,
    /** The plan was handed out as a PDF: a disclosure to the reader (details.language). */
    JOINT_PLAN_PDF_DOWNLOADED,
    PLAN_ACTION_DONE,
    FAMILY_VIEW_ADDED,
    CASE_EVALUATED,
    CASE_CLOSED,
    CASE_ACCESS_LOG_VIEWED,
    /** A reminder of a follow-up date or an action's due date was sent (actor: the system). */
    CASE_REMINDER_SENT,
    /** The case changed between the network mode and the family coordinating itself (seed 001). */
    CASE_MODE_CHANGED
}
