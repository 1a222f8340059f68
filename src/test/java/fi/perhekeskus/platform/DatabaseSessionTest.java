package fi.perhekeskus.platform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.perhekeskus.testing.PerhekeskusTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A broad service map search ranks the first matches it reads in table order. PostgreSQL's
 * synchronized scans would let a search running beside another start mid-table, so the same
 * search (or page 2 after page 1) could rank a different set: our sessions turn them off.
 */
@PerhekeskusTest
class DatabaseSessionTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everySessionReadsTablesFromTheStart() {
        for (int i = 0; i < 12; i++) { // more than the pool's connections, so every one of them is asked
            assertThat(jdbc.sql("SHOW synchronize_seqscans").query(String.class).single()).isEqualTo("off");
        }
    }
}
