package fi.perhekeskus.servicemap.internal;

import fi.perhekeskus.servicemap.Texts;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;

/** Reading and binding the per-language column triples (name_fi, name_sv, name_en) and arrays. */
final class Columns {

    private Columns() {}

    static StatementSpec texts(StatementSpec statement, String prefix, Texts texts) {
        Texts t = texts == null ? new Texts(null, null, null) : texts;
        return statement.param(prefix + "_fi", t.fi()).param(prefix + "_sv", blankToNull(t.sv()))
                .param(prefix + "_en", blankToNull(t.en()));
    }

    static Texts texts(ResultSet rs, String prefix) throws SQLException {
        return new Texts(rs.getString(prefix + "_fi"), rs.getString(prefix + "_sv"), rs.getString(prefix + "_en"));
    }

    static String[] array(Collection<?> values) {
        return values == null ? new String[0] : values.stream().map(v -> v instanceof Enum<?> e ? e.name() : v.toString())
                .toArray(String[]::new);
    }

    static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static <E> List<E> enums(ResultSet rs, String column, Function<String, E> valueOf) throws SQLException {
        return strings(rs, column).stream().map(valueOf).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Named parameters for the three language columns of one prefix, e.g. {@code :name_fi, :name_sv, :name_en}. */
    static String placeholders(String prefix) {
        return ":" + prefix + "_fi, :" + prefix + "_sv, :" + prefix + "_en";
    }

    static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
