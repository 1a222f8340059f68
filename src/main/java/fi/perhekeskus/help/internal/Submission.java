package fi.perhekeskus.help.internal;

/** A notification form that passed its checks: what goes to the queue, its details and the form's key. */
record Submission(NewHelpRequest request, Notification notification, String submissionKey) {}
