package fi.perhekeskus.help.internal;

import fi.perhekeskus.help.HelpRequestId;

/** What a submission returns; {@code replayed} when an earlier submission with the same key already made it. */
public record Receipt(HelpRequestId id, String receiptCode, boolean replayed) {}
