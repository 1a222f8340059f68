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
    static final java.util.regex.Pattern SHORT_PREFIX = java.util.regex.Pattern.compile("'([^']{1,4})':\\*([A-D]*)");

    /** The prefix mark of an operand ('neuvol':* or 'neuvol':*AB), with its weights. */
    static final java.util.regex.Pattern PREFIX_MARK = java.util.regex.Pattern.compile("':\\*([A-D]*)");

    /** Trigram similarity a known word needs to stand in for a typo. */
    static final double TYPO_SIMILARITY = 0.45;

    /**
     * The parsed queries of the words, one per word that is not only stop words, as tsquery texts.
     * {@code groups} holds everything a word may match: the word stemmed, its compound parts,
     * synonym groups and typo corrections. {@code direct} has, per word, only the word itself
     * (stemmed) and its synonym groups: a document that matches a word directly ranks above one
     * that matches only a compound part or a typo correction of it. {@code strong} is the direct
     * match restricted to weights A and B (name, keywords, summary, provider, areas, places), so a
     * word in a service's name counts more than the same word in a description.
     *
     * <p>The queries go into the statement as literals, not parameters: the planner then sees
     * what is searched for and estimates from the column statistics how many documents match, so
     * it reads a common word's first matches from the table and a rare word's from the index
     * (with a parameter it must guess, and a cached generic plan would guess the same for every
     * word). The texts come from PostgreSQL's own tsquery output and are quoted as literals.
     */
    record Compiled(List<String> groups, List<String> direct, List<String> strong) {

        boolean isEmpty() {
            return groups.isEmpty();
        }

        /** Words in the query (after dropping those that are only stop words). */
        int words() {
            return groups.size();
        }

        /** A document that matches this matches at least one word. */
        String any() {
            return literal(groups, " | ");
        }

        /**
         * For the names, keywords and summaries alone ({@link ServiceSearch#STRONG}, the A and B weights
         * of the document): every word matched directly there, the highest rank there is. Null
         * when some word has no direct form (it could then never match).
         */
        String strongEvery() {
            return direct.size() == groups.size() ? literal(direct, " & ") : null;
        }

        /** For the names, keywords and summaries alone: at least one word matched directly there. */
        String strongAny() {
            return direct.isEmpty() ? null : literal(direct, " | ");
        }

        /**
         * {@link #strongEvery()} with each form as a whole word only ('neuvol', not
         * 'neuvolapalvelu'); null when it would be the same query. An index finds a whole word
         * from one list; a prefix makes it gather the lists of every word that begins so, which
         * for a common stem is most of the index.
         */
        String strongEveryWhole() {
            return strongEvery() == null ? null : differentOrNull(literal(whole(direct), " & "), strongEvery());
        }

        /** {@link #strongAny()} with each form as a whole word only; null when it would be the same query. */
        String strongAnyWhole() {
            return strongAny() == null ? null : differentOrNull(literal(whole(direct), " | "), strongAny());
        }

        private static List<String> whole(List<String> queries) {
            return queries.stream().map(q -> PREFIX_MARK.matcher(q).replaceAll(m -> m.group(1).isEmpty() ? "'" : "':" + m.group(1))).toList();
        }

        private static String differentOrNull(String query, String other) {
            return query.equals(other) ? null : query;
        }

        /**
         * The ranking, summed over the query's words: 1 for a match at all, 1 more for a direct
         * match, 2 more for a direct match in the name, keywords or summary (so at most 4 a
         * word); then the weighted text rank (normalised to 0..1 so that
         * many matches of one common word never outweigh matching another word). The searches add
         * the similarity of the names to the whole query for their best candidates.
         */
        String rank(String document) {
            return count(groups, document) + " + " + count(direct, document) + " + " + count(strong, document)
                    + " * 2 + ts_rank('{0.1, 0.3, 0.6, 1.0}', " + document + ", " + any() + ", 32)";
        }

        private static String count(List<String> queries, String document) {
            if (queries.isEmpty()) return "0";
            return "(" + String.join(" + ", queries.stream().map(q -> "(" + document + " @@ " + literal(q) + ")::int").toList()) + ")";
        }

        private static String literal(List<String> queries, String operator) {
            return literal(String.join(operator, queries.stream().map(q -> "(" + q + ")").toList()));
        }

        /** A tsquery text as an SQL literal; standard_conforming_strings makes doubling quotes enough. */
        static String literal(String tsquery) {
            return "'" + tsquery.replace("'", "''") + "'::tsquery";
        }
    }

    private final JdbcClient jdbc;
    private final Vocabulary vocabulary;
    private final SearchCache cache;

    TextQuery(JdbcClient jdbc, Vocabulary vocabulary, SearchCache cache) {
        this.jdbc = jdbc;
        this.vocabulary = vocabulary;
        this.cache = cache;
    }

    /** The query of a text, parsed once per text until the service map changes. */
    Compiled compile(String text) {
        return cache.compiled(text.strip(), () -> compileNow(text));
    }

    private Compiled compileNow(String text) {
        List<String> words = Vocabulary.words(text).stream().filter(w -> w.length() <= MAX_WORD_LENGTH)
                .distinct().limit(MAX_WORDS).toList();
        Map<String, List<String>> typoFixes = typoFixes(words);
        Map<String, Set<String>> phraseTokens = vocabulary.phraseGroupsByWord(text);
        Map<String, List<String>> withoutDots = withoutDots(words);
        List<String> groups = new ArrayList<>();
        List<String> direct = new ArrayList<>();
        List<String> strong = new ArrayList<>();
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
            List<String> directParts = new ArrayList<>(parts);
            // "paivakoti" is "päiväkoti" typed without the dots: the same word, so a direct match.
            int d = 0;
            for (String dotted : withoutDots.getOrDefault(word, List.of())) {
                String e = p + "d" + d++;
                params.put(e, lexeme(dotted));
                parts.add("to_tsquery('finnish', :" + e + ")");
                parts.add("to_tsquery('simple', :" + e + ")");
                directParts.add("to_tsquery('finnish', :" + e + ")");
                directParts.add("to_tsquery('simple', :" + e + ")");
            }
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
            for (String dotted : withoutDots.getOrDefault(word, List.of())) tokens.addAll(vocabulary.groupsOf(dotted));
            tokens.addAll(phraseTokens.getOrDefault(word, Set.of()));
            Set<String> ownTokens = new LinkedHashSet<>(vocabulary.groupsOf(word));
            for (String dotted : withoutDots.getOrDefault(word, List.of())) ownTokens.addAll(vocabulary.groupsOf(dotted));
            ownTokens.addAll(phraseTokens.getOrDefault(word, Set.of()));
            for (String token : tokens) {
                String t = p + "g" + j++;
                params.put(t, token);
                parts.add("to_tsquery('simple', :" + t + ")");
                if (ownTokens.contains(token)) directParts.add("to_tsquery('simple', :" + t + ")");
            }
            groups.add("(" + String.join(" || ", parts) + ")::text");
            direct.add("(" + String.join(" || ", directParts) + ")::text");
            // The same direct match, but only in names, keywords, summaries, organisation and area (weights A and B).
            List<String> strongParts = new ArrayList<>();
            for (String part : directParts) {
                String name = part.substring(part.indexOf(':') + 1, part.length() - 1);
                String config = part.substring("to_tsquery(".length(), part.indexOf(','));
                String strongName = name + "ab";
                String value = params.get(name).toString();
                params.putIfAbsent(strongName, value.endsWith(":*") ? value + "AB" : value + ":AB");
                strongParts.add("to_tsquery(" + config + ", :" + strongName + ")");
            }
            strong.add("(" + String.join(" || ", strongParts) + ")::text");
        }
        return precompiled(groups, direct, strong, params);
    }

    /**
     * Parses every word group once, here, into the finished tsquery texts. A word whose queries
     * are empty (only stop words) is left out of all three lists, so they stay aligned per word.
     */
    private Compiled precompiled(List<String> groups, List<String> direct, List<String> strong,
            Map<String, Object> params) {
        if (groups.isEmpty()) return new Compiled(List.of(), List.of(), List.of());
        List<String> all = new ArrayList<>(groups);
        all.addAll(direct);
        all.addAll(strong);
        List<String> parsed = jdbc.sql("SELECT ARRAY[" + String.join(", ", all) + "]")
                .params(params)
                .query((rs, n) -> java.util.Arrays.asList((String[]) rs.getArray(1).getArray())).single();
        int words = groups.size();
        List<String> g = new ArrayList<>();
        List<String> d = new ArrayList<>();
        List<String> s = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            String group = finished(parsed.get(i));
            if (group == null) continue; // only stop words: nothing to match
            g.add(group);
            String own = finished(parsed.get(words + i));
            String strongOwn = finished(parsed.get(2 * words + i));
            if (own != null) d.add(own);
            if (strongOwn != null) s.add(strongOwn);
        }
        return new Compiled(List.copyOf(g), List.copyOf(d), List.copyOf(s));
    }

    private static String finished(String parsed) {
        if (parsed == null || parsed.isBlank()) return null;
        return withoutRepeats(SHORT_PREFIX.matcher(parsed).replaceAll(m -> m.group(2).isEmpty() ? "'$1'" : "'$1':$2"));
    }

    /** One operand of a tsquery: 'lexeme', optionally :* (prefix) and weights. */
    private static final java.util.regex.Pattern OPERAND = java.util.regex.Pattern.compile("'([^']+)'(?::(\\*?)([A-D]*))?");

    /**
     * A word's variants overlap: the Finnish, Swedish, English and simple stems of
     * "psykologi" are 'psykolog':* twice and 'psykologi':* twice, and 'psykolog':* already
     * matches everything 'psykologi':* does. In a plain OR of operands (what a word group is),
     * the repeats and the operands a prefix covers are dropped: each one costs the index a
     * lookup and every candidate row a comparison, and the planner, taking them as independent,
     * would overestimate how many documents match. Anything but a plain OR is left as it is.
     */
    static String withoutRepeats(String query) {
        String[] operands = query.split(" \\| ");
        record Operand(String lexeme, boolean prefix, String weights, String text) {}
        List<Operand> parsed = new ArrayList<>();
        for (String operand : operands) {
            var m = OPERAND.matcher(operand.strip());
            if (!m.matches()) return query;
            parsed.add(new Operand(m.group(1), "*".equals(m.group(2)), m.group(3) == null ? "" : m.group(3), operand.strip()));
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Operand o = parsed.get(i);
            boolean covered = false;
            for (int j = 0; j < parsed.size() && !covered; j++) {
                if (i == j) continue;
                Operand other = parsed.get(j);
                if (!other.prefix() || !other.weights().equals(o.weights())) continue;
                boolean same = other.lexeme().equals(o.lexeme()) && other.prefix() == o.prefix();
                // Of two identical operands the first stays; a strictly covering prefix always wins.
                covered = same ? j < i : o.lexeme().startsWith(other.lexeme()) && !(o.prefix() && other.lexeme().equals(o.lexeme()));
            }
            if (!covered && !kept.contains(o.text())) kept.add(o.text());
        }
        return String.join(" | ", kept);
    }

    /** 'word':* for words long enough to stand as a prefix; short words match only themselves. */
    private static String lexeme(String word) {
        String quoted = "'" + word.replace("'", "") + "'";
        return word.length() >= 3 ? quoted + ":*" : quoted;
    }

    /** Most letters a/o that {@link #withoutDots} tries as ä/ö: 2^5 spellings at most. */
    private static final int MAX_DOTS = 5;

    /**
     * For words typed without ä and ö (a foreign keyboard, a phone), the known words they stand
     * for: "paivakoti" → "päiväkoti", "nuorisotyo" → "nuorisotyö". One indexed lookup of every
     * spelling with a→ä and o→ö, not a similarity search.
     */
    private Map<String, List<String>> withoutDots(List<String> words) {
        Map<String, String> spellings = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (String word : words) {
            if (word.length() < 4 || word.indexOf('ä') >= 0 || word.indexOf('ö') >= 0) continue;
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < word.length() && positions.size() < MAX_DOTS; i++) {
                if (word.charAt(i) == 'a' || word.charAt(i) == 'o') positions.add(i);
            }
            for (int mask = 1; mask < (1 << positions.size()); mask++) {
                char[] letters = word.toCharArray();
                for (int b = 0; b < positions.size(); b++) {
                    if ((mask & (1 << b)) != 0) {
                        int at = positions.get(b);
                        letters[at] = letters[at] == 'a' ? 'ä' : 'ö';
                    }
                }
                String spelling = new String(letters);
                spellings.put(spelling, word);
                all.add(spelling);
            }
        }
        Map<String, List<String>> found = new HashMap<>();
        if (all.isEmpty()) return found;
        jdbc.sql("SELECT word FROM search_lexicon WHERE word = ANY (:words::text[])")
                .param("words", all.toArray(String[]::new))
                .query(rs -> {
                    String known = rs.getString(1);
                    found.computeIfAbsent(spellings.get(known), k -> new ArrayList<>()).add(known);
                });
        return found;
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
