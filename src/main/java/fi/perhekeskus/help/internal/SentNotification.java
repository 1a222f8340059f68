package fi.perhekeskus.help.internal;

/**
 * The confirmation of a sent form: its reference (the receipt code) and whether the page must
 * repeat "call 112 now".
 *
 * @param variant null for a contact to social services
 */
public record SentNotification(String receiptCode, boolean immediateDanger, NotificationVariant variant) {}
