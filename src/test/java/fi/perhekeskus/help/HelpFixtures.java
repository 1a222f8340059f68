package fi.perhekeskus.help;

import fi.perhekeskus.area.FamilyCentreAreaId;
import fi.perhekeskus.help.internal.Channel;
import fi.perhekeskus.help.internal.ContactMethod;
import fi.perhekeskus.help.internal.HelpRequestIntake;
import fi.perhekeskus.help.internal.NewHelpRequest;
import fi.perhekeskus.help.internal.Receipt;
import fi.perhekeskus.testing.DemoAreas;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Requests and people for client-guidance tests, each test making its own. */
public final class HelpFixtures {

    public static final FamilyCentreAreaId VALKEAKOSKI = new FamilyCentreAreaId(UUID.fromString(DemoAreas.VALKEAKOSKI_AKAA_URJALA));

    private HelpFixtures() {}

    public static Receipt familyRequest(HelpRequestIntake intake, String concern, ContactMethod method, String value) {
        return intake.receive(new NewHelpRequest(Channel.HELP_BUTTON, VALKEAKOSKI, "Valkeakoski", "908", "fi", concern,
                List.of(), List.of(4, 9), false, method, value, false), null);
    }

    /** Puts a user into an area's client guidance (area_assignment). */
    public static void assignToArea(JdbcClient jdbc, String username, String areaId) {
        jdbc.sql("""
                INSERT INTO area_assignment (user_id, family_centre_area_id)
                SELECT id, CAST(:area AS uuid) FROM app_user WHERE username = :username ON CONFLICT DO NOTHING""")
                .param("area", areaId).param("username", username).update();
    }

    public static int version(JdbcClient jdbc, UUID request) {
        return jdbc.sql("SELECT version FROM help_request WHERE id = :id").param("id", request).query(Integer.class).single();
    }
}
