package fi.perhekeskus.access;

/**
 * Row rules for help requests, as SQL over {@code :userId} and {@code :targetId}, shared by the
 * action catalogue and the queue's list query (which substitutes the row's id) so that both decide alike.
 */
public final class HelpRequestRules {

    /** The request is of an area the user works in, or of a municipality of such an area when no area was set. */
    public static final String OF_MY_AREAS = """
            SELECT 1 FROM help_request r JOIN area_assignment a ON a.user_id = :userId
            WHERE r.id = :targetId AND (r.family_centre_area_id = a.family_centre_area_id
                OR (r.family_centre_area_id IS NULL AND EXISTS (SELECT 1 FROM municipality m
                    WHERE m.family_centre_area_id = a.family_centre_area_id AND m.name = r.municipality)))""";

    /** The user is the request's assigned or responsible worker. */
    public static final String MINE = """
            SELECT 1 FROM help_request r
            WHERE r.id = :targetId AND (r.assigned_to = :userId OR r.responsible_worker = :userId)""";

    private HelpRequestRules() {}
}
