package fi.perhekeskus.casework;

import fi.perhekeskus.testing.DemoAreas;
import fi.perhekeskus.testing.TestPeople;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Per-test families and networks, inserted with SQL exactly as a test needs them (evaka's Dev fixtures):
 * accounts, a case with children and guardians, members with or without the family's consent.
 */
public final class CaseFixtures {

    public static final String PASSWORD = "asiakkuus-testi";

    private final int port;
    private final JdbcClient jdbc;

    public CaseFixtures(int port, JdbcClient jdbc) {
        this.port = port;
        this.jdbc = jdbc;
    }

    public record Person(String username, UUID id, String email, String displayName) {}

    /** A fresh account with its own email address (so GreenMail's messages are this test's). */
    public Person person(String prefix, String displayName, String... roles) {
        var account = TestPeople.create(port, jdbc, PASSWORD, prefix, displayName, roles);
        return new Person(account.username(), account.id(), account.email(), displayName);
    }

    public Builder newCase(String familyName) {
        return new Builder(familyName);
    }

    /** A case as built: its id and the member row of each account put in it. */
    public record Built(CaseId id, Map<UUID, UUID> memberOfUser, List<UUID> children, List<UUID> guardians) {
        public UUID member(Person person) {
            return memberOfUser.get(person.id());
        }
    }

    /** Records the family's consent (social care) to share with the member; returns the consent id. */
    public UUID consent(CaseId caseId, UUID memberId, String scope) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO case_consent (id, case_id, member_id, scope, given_by) VALUES (:id, :c, :m, :s, 'Huoltaja')""")
                .param("id", id).param("c", caseId.value()).param("m", memberId).param("s", scope).update();
        return id;
    }

    public void withdraw(UUID consentId) {
        jdbc.sql("UPDATE case_consent SET withdrawn_at = now(), withdrawn_by = 'Huoltaja' WHERE id = :id")
                .param("id", consentId).update();
    }

    public final class Builder {
        private final UUID id = UUID.randomUUID();
        private final String familyName;
        private String area = DemoAreas.VALKEAKOSKI_AKAA_URJALA;
        private String mode = "NETWORK";
        private final List<Object[]> people = new ArrayList<>();
        private final List<Object[]> members = new ArrayList<>();

        private Builder(String familyName) {
            this.familyName = familyName;
        }

        public Builder area(String areaId) {
            this.area = areaId;
            return this;
        }

        public Builder familyCoordinated() {
            this.mode = "FAMILY_COORDINATED";
            return this;
        }

        public Builder child(String name, LocalDate bornOn) {
            people.add(new Object[] {"CHILD", name, bornOn, null});
            return this;
        }

        /** A guardian, with an account when {@code account} is not null (the family's own view). */
        public Builder guardian(String name, Person account) {
            people.add(new Object[] {"GUARDIAN", name, null, account == null ? null : account.id()});
            return this;
        }

        public Builder responsibleWorker(Person person) {
            return member(person, "RESPONSIBLE_WORKER", false, "Koordinoi verkostoa", false);
        }

        /** A member with the family's consent in force (social care), so with a valid basis. */
        public Builder member(Person person, String role, String task) {
            return member(person, role, false, task, true);
        }

        public Builder member(Person person, String role, boolean coordinating, String task, boolean consent) {
            members.add(new Object[] {person, role, coordinating, task, consent});
            return this;
        }

        public Built build() {
            jdbc.sql("""
                    INSERT INTO client_case (id, family_name, family_centre_area_id, mode, basis)
                    VALUES (:id, :name, :area, :mode, 'FAMILY_REQUEST')""")
                    .param("id", id).param("name", familyName).param("area", UUID.fromString(area)).param("mode", mode)
                    .update();
            List<UUID> children = new ArrayList<>();
            List<UUID> guardians = new ArrayList<>();
            int position = 0;
            for (Object[] p : people) {
                UUID personId = UUID.randomUUID();
                jdbc.sql("""
                        INSERT INTO case_person (id, case_id, kind, name, born_on, user_id, position)
                        VALUES (:id, :c, :k, :n, :b, :u, :pos)""")
                        .param("id", personId).param("c", id).param("k", p[0]).param("n", p[1]).param("b", p[2])
                        .param("u", p[3]).param("pos", position++).update();
                ("CHILD".equals(p[0]) ? children : guardians).add(personId);
            }
            Map<UUID, UUID> memberOfUser = new LinkedHashMap<>();
            for (Object[] m : members) {
                Person person = (Person) m[0];
                UUID memberId = UUID.randomUUID();
                String role = (String) m[1];
                jdbc.sql("""
                        INSERT INTO case_member (id, case_id, role, coordinating, user_id, name, organisation, sector, email, task)
                        VALUES (:id, :c, :r, :co, :u, :n, 'Testikunta', :s, :e, :t)""")
                        .param("id", memberId).param("c", id).param("r", role).param("co", m[2]).param("u", person.id())
                        .param("n", person.displayName()).param("s", "OWN_CIRCLE".equals(role) ? "FAMILY_CIRCLE" : "SOCIAL_CARE")
                        .param("e", person.email()).param("t", m[3]).update();
                if ((Boolean) m[4]) consent(new CaseId(id), memberId, "SOCIAL_CARE");
                memberOfUser.put(person.id(), memberId);
            }
            return new Built(new CaseId(id), memberOfUser, children, guardians);
        }
    }
}
