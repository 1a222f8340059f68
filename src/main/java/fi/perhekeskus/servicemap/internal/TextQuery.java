package fi.perhekeskus.servicemap.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns what a person typed into a PostgreSQL tsquery. Each word becomes a group of variants
 * joined with OR: the word stemmed as Finnish, Swedish and English (with prefix matching, so
 * inflected forms meet), its compound parts, its synonym groups, and for a word the index does
 * not know, the nearest known words by trigram similarity (typos). The groups are joined with
 * OR too; ranking rewards documents that match more groups.
 */
@Component
class TextQuery {

    static final int MAX_WORDS = 8;
    static final int MAX_WORD_LENGTH = 40;
    /**
     * A stem of fewer than five letters ('lap', 'perh', 'koti') as a prefix would match nearly
     * every document; such stems match only as whole words.
     */
    static final java.util.regex.Pattern SHORT_PREFIX = java.util.regex.Pattern.compile("'([^']{1,4})':\\*");

    /** Trigram similarity a known word needs to stand in for a typo. */
    static final double TYPO_SIMILARITY = 0.45;

    /** The SQL expressions (one per word) and their parameters. */
    record Compiled(List<String> groups, Map<String, Object> params) {

        boolean isEmpty() {
            return groups.isEmpty();
        }

        /** All groups joined: what a document must match at least one of. */
        String any() {
            return "(" + String.join(" || ", groups) + ")";
        }

        /** How many groups a document matches: the coverage that ranks full matches first. */
        String coverage(String document) {
            return "(" + String.join(" + ", groups.stream().map(g -> "(" + document + " @@ " + g + ")::int").toList()) + ")";
        }
    }

    private final JdbcClient jdbc;
    private final Vocabulary vocabulary;

    TextQuery(JdbcClient jdbc, Vocabulary vocabulary) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
    }

    Compiled compile(String text) {
        List<String> words = Vocabulary.words(text).stream().filter(w -> w.length() <= MAX_WORD_LENGTH)
                .distinct().limit(MAX_WORDS).toList();
        Map<String, List<String>> typoFixes = typoFixes(words);
        List<String> phraseTokens = vocabulary.phraseGroups(text);
        List<String> expressions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            List<String> parts = new ArrayList<>();
            String p = "w" + i;
            params.put(p, lexeme(word));
            parts.add("to_tsquery('finnish', :" + p + ")");
            parts.add("to_tsquery('swedish', :" + p + ")");
            parts.add("to_tsquery('english', :" + p + ")");
            parts.add("to_tsquery('simple', :" + p + ")");
            Set<String> extras = new LinkedHashSet<>();
            extras.addAll(vocabulary.compoundParts(word));
            extras.addAll(typoFixes.getOrDefault(word, List.of()));
            int j = 0;
            for (String extra : extras) {
                String e = p + "x" + j++;
                params.put(e, lexeme(extra));
                parts.add("to_tsquery('finnish', :" + e + ")");
                parts.add("to_tsquery('simple', :" + e + ")");
            }
            Set<String> tokens = new LinkedHashSet<>(vocabulary.groupsOf(word));
            for (String fix : typoFixes.getOrDefault(word, List.of())) tokens.addAll(vocabulary.groupsOf(fix));
            for (String part : vocabulary.compoundParts(word)) tokens.addAll(vocabulary.groupsOf(part));
            if (i == 0) tokens.addAll(phraseTokens);
            for (String token : tokens) {
                String t = p + "g" + j++;
                params.put(t, token);
                parts.add("to_tsquery('simple', :" + t + ")");
            }
            expressions.add("(" + String.join(" || ", parts) + ")::text");
        }
        return precompiled(expressions, params);
    }

    /**
     * Parses every word group once, here, and hands the search the finished tsquery texts as
     * parameters: a cast of a parameter is folded when the statement is planned, where
     * to_tsquery calls in the statement would run again for every candidate row.
     */
    private Compiled precompiled(List<String> expressions, Map<String, Object> params) {
        if (expressions.isEmpty()) return new Compiled(List.of(), Map.of());
        List<String> parsed = jdbc.sql("SELECT ARRAY[" + String.join(", ", expressions) + "]")
                .params(params)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single();
        List<String> groups = new ArrayList<>();
        Map<String, Object> finished = new HashMap<>();
        for (String parsedQuery : parsed) {
            if (parsedQuery == null || parsedQuery.isBlank()) continue; // only stop words: nothing to match
            String query = SHORT_PREFIX.matcher(parsedQuery).replaceAll("'$1'");
            String name = "tsq" + groups.size();
            finished.put(name, query);
            groups.add("CAST(:" + name + " AS tsquery)");
        }
        return new Compiled(groups, finished);
    }

    /** 'word':* for words long enough to stand as a prefix; short words match only themselves. */
    private static String lexeme(String word) {
        String quoted = "'" + word.replace("'", "") + "'";
        return word.length() >= 3 ? quoted + ":*" : quoted;
    }

    /**
     * For each word of five letters or more that the index does not know, the known words it may
     * be a typo of. A known word is taken as meant: fuzzing it would only add noise.
     */
    private Map<String, List<String>> typoFixes(List<String> words) {
        List<String> candidates = words.stream().filter(w -> w.length() >= 5).toList();
        Map<String, List<String>> fixes = new HashMap<>();
        if (candidates.isEmpty()) return fixes;
        jdbc.sql("""
                SELECT w, fix FROM unnest(:words::text[]) AS w
                LEFT JOIN search_lexicon known ON known.word = w,
                LATERAL (SELECT word AS fix FROM search_lexicon
                         WHERE word % w AND word <> w AND similarity(word, w) >= :threshold
                         ORDER BY word <-> w LIMIT 2) AS nearest
                WHERE known.word IS NULL""")
                .param("words", candidates.toArray(String[]::new))
                .param("threshold", TYPO_SIMILARITY)
                .query(rs -> {
                    fixes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return fixes;
    }
}
