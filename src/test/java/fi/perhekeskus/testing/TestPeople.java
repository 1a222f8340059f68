package fi.perhekeskus.testing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Fresh accounts for one test, each with its own email address, so GreenMail's messages are that test's. */
public final class TestPeople {

    public record Account(String username, UUID id, String email) {}

    private TestPeople() {}

    public static Account create(int port, JdbcClient jdbc, String password, String prefix, String displayName,
            String... roles) {
        String username = WebClientSession.createUser(port, prefix, password, displayName, roles);
        UUID id = jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(UUID.class).single();
        String email = username + "@perhekeskus.test";
        jdbc.sql("UPDATE app_user SET email = :e WHERE id = :id").param("e", email).param("id", id).update();
        return new Account(username, id, email);
    }
}
