package fi.perhekeskus.servicemap.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The maintained Finnish domain vocabulary of {@code servicemap/vocabulary.txt}: synonym and
 * abbreviation groups ({@code nepsy} = {@code neuropsykiatrinen}, {@code MLL} = {@code
 * Mannerheimin Lastensuojeluliitto}, Swedish and English names) and the compound parts that
 * Snowball's Finnish stemmer never splits ({@code perheneuvola} = {@code perhe} + {@code
 * neuvola}). Applied to the text when indexing and to the query when searching, so either side
 * may use the compound, a part, an abbreviation or a translation.
 */
@Component
class Vocabulary {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final int MIN_PART = 3;

    /** A synonym group; its token is what both the index and the query carry for it. */
    record Group(String token, List<String> terms) {}

    private final List<Group> groups = new ArrayList<>();
    private final List<String> parts;

    Vocabulary() {
        this("servicemap/vocabulary.txt");
    }

    Vocabulary(String resource) {
        Set<String> partList = new LinkedHashSet<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                if (line.startsWith("=")) {
                    List<String> terms = List.of(line.substring(1).split(",")).stream()
                            .map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty()).toList();
                    groups.add(new Group("vocab" + groups.size(), terms));
                } else if (line.startsWith("parts:")) {
                    for (String part : line.substring("parts:".length()).trim().split("\\s+")) {
                        partList.add(part.toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Longest first, so "lasten" is tried before "las".
        this.parts = partList.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) return words;
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            for (String word : matcher.group().split("-")) {
                if (!word.isEmpty()) words.add(word);
            }
        }
        return words;
    }

    /**
     * The extra terms a text gets in the index: the parts of its compounds and the tokens of the
     * synonym groups it mentions.
     */
    List<String> expand(String text) {
        Set<String> extra = new LinkedHashSet<>();
        List<String> words = words(text);
        for (String word : words) {
            extra.addAll(compoundParts(word));
        }
        String joined = " " + String.join(" ", words) + " ";
        for (Group group : groups) {
            for (String term : group.terms()) {
                if (mentions(joined, words, term)) {
                    extra.add(group.token());
                    break;
                }
            }
        }
        return List.copyOf(extra);
    }

    /** Synonym-group tokens a single query word (or the whole query, for phrases) belongs to. */
    List<String> groupsOf(String word) {
        List<String> tokens = new ArrayList<>();
        for (Group group : groups) {
            for (String term : group.terms()) {
                if (term.equals(word) || (!term.contains(" ") && inflected(word, term))) {
                    tokens.add(group.token());
                    break;
                }
            }
        }
        return tokens;
    }

    /** Tokens of groups whose multi-word terms the whole query contains ("mannerheimin lastensuojeluliitto"). */
    List<String> phraseGroups(String query) {
        List<String> tokens = new ArrayList<>();
        phraseGroupsByWord(query).values().forEach(set -> set.forEach(t -> {
            if (!tokens.contains(t)) tokens.add(t);
        }));
        return tokens;
    }

    /**
     * For each query word, the tokens of the groups whose multi-word terms the query contains and
     * the word is part of: in "substance abuse young people" both "young" and "people" carry the
     * token of "young people", so a document about youth matches two of the four words.
     */
    java.util.Map<String, Set<String>> phraseGroupsByWord(String query) {
        List<String> words = words(query);
        String joined = " " + String.join(" ", words) + " ";
        java.util.Map<String, Set<String>> tokens = new java.util.LinkedHashMap<>();
        for (Group group : groups) {
            for (String term : group.terms()) {
                if (term.contains(" ") && mentions(joined, words, term)) {
                    for (String part : words(term)) {
                        for (String word : words) {
                            if (word.equals(part) || (part.length() >= 5 && word.startsWith(part))) {
                                tokens.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(group.token());
                            }
                        }
                    }
                    break;
                }
            }
        }
        return tokens;
    }

    private static boolean mentions(String joined, List<String> words, String term) {
        if (term.contains(" ")) {
            return joined.contains(" " + term + " ") || joined.contains(" " + term);
        }
        // Inflected forms: "neuropsykiatrisen" mentions "neuropsykiatri…" when the term is long enough.
        for (String word : words) {
            if (word.equals(term) || inflected(word, term)) return true;
        }
        return false;
    }

    /** Case endings and possessive suffixes a term of five letters or more may carry ("kuraattori" → "kuraattorille"). */
    private static final Pattern ENDING = Pattern.compile(
            "[ij]?(n|t|a|ä|ja|jä|ta|tä|na|nä|ksi|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|hin|ihin|iin|en|den|ten|tten|an|än|"
                    + "in|on|un|yn|ön|aan|ään|een|iin|oon|uun|ine|ineen|tta|ttä|nsa|nsä|mme|nne|ni|si|sen|set|s)?"
                    + "(kin|kaan|kään|han|hän)?");

    /**
     * Whether a word is the term with an inflection ending, not a compound that merely starts
     * with it: "lapsille" is a form of "lapsi", "lapsilisä" is not.
     */
    static boolean inflected(String word, String term) {
        return term.length() >= 5 && word.length() > term.length() && word.startsWith(term)
                && ENDING.matcher(word.substring(term.length())).matches();
    }

    /**
     * Splits a compound into known parts, greedily from the left; the last part may be inflected
     * ("perheneuvolaan" → perhe, neuvolaan). Returns nothing for a word that is not a compound.
     */
    List<String> compoundParts(String word) {
        List<String> split = split(word, 0);
        return split.size() >= 2 ? split : List.of();
    }

    private List<String> split(String word, int depth) {
        if (depth > 4) return List.of();
        for (String part : parts) {
            if (word.length() - part.length() >= MIN_PART && word.startsWith(part)) {
                String rest = word.substring(part.length());
                if (startsWithPart(rest)) {
                    List<String> restParts = split(rest, depth + 1);
                    List<String> result = new ArrayList<>();
                    result.add(part);
                    if (restParts.size() >= 2) result.addAll(restParts);
                    else result.add(rest);
                    return result;
                }
            }
        }
        return List.of();
    }

    private boolean startsWithPart(String rest) {
        for (String part : parts) {
            if (rest.startsWith(part) || (part.length() > 4 && part.startsWith(rest) && rest.length() >= 4)) return true;
        }
        return false;
    }

    List<Group> groups() {
        return groups;
    }
}
