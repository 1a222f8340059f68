package fi.perhekeskus.access.internal;

import fi.perhekeskus.access.Role;
import fi.perhekeskus.platform.DemoDataLoader;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts every module builds on (password {@code demo}). Names are relied on by tests and scripts. */
@Component
@Order(10)
class DemoAccounts implements DemoDataLoader {

    static final String PASSWORD = "demo";

    static final List<UserAccountRepository.NewAccount> ACCOUNTS = List.of(
            demo("koordinaattori", "Kaisa Koordinaattori", "Perhekeskuskoordinaattori", "Pirkanmaan hyvinvointialue",
                    Role.COORDINATOR),
            demo("ohjaaja", "Olli Ohjaaja", "Palveluohjaaja, asiakasohjauksen päivystysryhmä",
                    "Pirkanmaan hyvinvointialue", Role.CLIENT_GUIDANCE_WORKER),
            // The rest of ohjaaja's three-person on-call team (seed 004).
            demo("sosiaalityontekija", "Sanna Sosiaalityöntekijä",
                    "Lapsiperheiden sosiaalityöntekijä, asiakasohjauksen päivystysryhmä",
                    "Pirkanmaan hyvinvointialue", Role.CLIENT_GUIDANCE_WORKER),
            demo("perheneuvoja", "Pekka Perheneuvoja",
                    "Kasvatus- ja perheneuvonnan psykologi, asiakasohjauksen päivystysryhmä",
                    "Pirkanmaan hyvinvointialue", Role.CLIENT_GUIDANCE_WORKER),
            demo("omatyontekija", "Oona Omatyöntekijä", "Sosiaalityöntekijä, perhesosiaalityö",
                    "Pirkanmaan hyvinvointialue", Role.RESPONSIBLE_WORKER),
            demo("lahityontekija", "Liisa Lähityöntekijä", "Varhaiskasvatuksen opettaja", "Valkeakosken kaupunki",
                    Role.CLOSE_WORKER),
            demo("avainhenkilo", "Aki Avainhenkilö", "Psykiatrinen sairaanhoitaja, nepsy-avainhenkilö",
                    "Pirkanmaan hyvinvointialue", Role.KEY_PERSON),
            demo("johtaja", "Johanna Johtaja", "Perhepalvelujen johtaja, ohjausryhmän jäsen",
                    "Pirkanmaan hyvinvointialue", Role.STEERING_GROUP_MEMBER),
            demo("toimittaja", "Tiina Toimittaja", "Viestintäsuunnittelija, palvelutietojen ylläpito",
                    "Valkeakosken kaupunki", Role.SERVICE_EDITOR),
            demo("vanhempi", "Ville Vanhempi", null, null, Role.FAMILY_MEMBER),
            demo("vieras", "Veera Vieras", "Sosiaaliohjaaja", "Päijät-Hämeen hyvinvointialue", Role.CLOSE_WORKER));

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    @Override
    @Transactional
    public void load() {
        String hash = encoder.encode(PASSWORD);
        for (var account : ACCOUNTS) {
            accounts.createIfAbsent(new UserAccountRepository.NewAccount(account.username(), account.displayName(),
                    account.title(), account.organisation(), account.username() + "@demo.perhekeskus.invalid", hash,
                    account.roles()));
        }
    }

    private static UserAccountRepository.NewAccount demo(String username, String name, String title,
            String organisation, Role role) {
        return new UserAccountRepository.NewAccount(username, name, title, organisation, null, null, Set.of(role));
    }
}
