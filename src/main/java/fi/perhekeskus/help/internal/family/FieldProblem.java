package fi.perhekeskus.help.internal.family;

/**
 * A rejected value: the field as the JSON API names it ({@code contact.value}, {@code childAges[1]})
 * and the message key (with its arguments) in the help-family bundle.
 */
record FieldProblem(String field, String messageKey, Object... args) {}
