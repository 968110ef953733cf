package faqbot.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips what a long consumer question wraps around the medical question: greetings and thanks, who is asking
 * ("my mother was told she has"), how they feel ("I'm so worried") and calls for help ("what should we do").
 * The medical words are kept; the question-type words ("symptoms", "treated", "inherited") too.
 */
final class QuestionNoise {

    private static final String PEOPLE = "(?:mother|mom|mum|mommy|father|dad|daddy|parents?|son|sons|daughters?|husband|wife|"
            + "spouse|partner|boyfriend|girlfriend|fianc[eé]e?|child|children|kids?|baby|babies|toddler|newborn|infant|"
            + "sisters?|brothers?|siblings?|twins?|grand(?:mother|ma|father|pa|son|daughter|child|children|parents?)|granny|"
            + "aunt|uncle|niece|nephew|cousin|friend|neighbou?r|colleague|coworker|relative|family(?: member)?|"
            + "(?:family )?doctor|dr|gp|physician|pediatrician|paediatrician|nurse|specialist|neurologist|oncologist)";

    /** Every one of {@link #PEOPLE} holds one of these. */
    private static final List<String> PEOPLE_CUES = List.of("mother", "mom", "mum", "father", "dad", "parent", "son",
            "daughter", "husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "fianc", "child", "kid", "bab",
            "toddler", "newborn", "infant", "sister", "brother", "sibling", "twin", "gran", "aunt", "uncle", "niece",
            "nephew", "cousin", "friend", "neighbo", "colleague", "coworker", "relative", "family", "doctor", "dr", "gp",
            "physician", "pediatrician", "paediatrician", "nurse", "specialist", "neurologist", "oncologist");

    private static final List<Noise> NOISE = List.of(
            // ages and times that only tell the story
            digits("\\b\\d{1,3}[ -]?(?:years?|yrs?)[ -]?old\\b|\\b\\d{1,3} ?y/?o\\b|\\baged? \\d{1,3}\\b"),
            // greetings and forms of address
            opening(List.of("hi", "he", "greetings", "dear", "good"),
                    "^\\W*(?:hi|hello|hey|hiya|greetings|dear (?:sir|madam|doctor|dr|team|all)|good (?:morning|afternoon|evening|day))"
                    + "(?: there| everyone| all| doc(?:tor)?)?\\b"),
            // thanks and sign-offs
            phrase(List.of("thank", "thx", "ty"),
                    "\\b(?:(?:many |a lot of )?thanks|thank you|thankyou|thx|ty)(?: (?:so|very) much)?(?: in advance)?"
                    + "(?: for (?:your|any|the) (?:help|time|answer|reply|advice))?\\b"),
            phrase(List.of("appreciated"),
                    "\\b(?:any )?(?:help|advice|info(?:rmation)?|answers?|replies|feedback)(?: (?:is|would be|will be))?"
                    + "(?: (?:much|greatly|really|very much))? appreciated\\b"),
            phrase(List.of("regards", "sincerely", "cheers", "god bless"),
                    "\\b(?:best |kind |warm )?regards\\b|\\bsincerely\\b|\\bcheers\\b|\\bgod bless\\b"),
            phrase(List.of("please"),
                    "\\bplease (?:help|advise|reply|answer)(?: me| us)?\\b"),
            // who is asking
            phrase(List.of("my", "our", "his", "her", "their"), PEOPLE_CUES,
                    "\\b(?:my|our|his|her|their) (?:(?:\\d+|little|baby|newborn|teenage|adult|elderly|older|younger|old|young|"
                    + "oldest|youngest|eldest|best|late|dear|sweet) )*" + PEOPLE + "(?:'s)?\\b"),
            phrase(List.of("friend", "colleague", "coworker", "neighbo", "relative"),
                    "\\b(?:a|one) (?:close |good |dear |old )?(?:friend|colleague|coworker|neighbou?r|relative)(?: of (?:mine|ours))?\\b"),
            phrase(List.of("told", "diagnosed", "informed"),
                    "\\b(?:(?:i|we|he|she|they) )?(?:was|were|have been|has been|had been|'ve been|'s been|got|gotten|just been|"
                    + "recently been|am|'m)(?: just| recently| finally| only)?(?: been)? (?:told|diagnosed|informed)"
                    + "(?: (?:that|with|about|of))?(?: (?:she|he|they|i|we))?(?: (?:has|have|had|is|are|was|were|might have|may have))?\\b"),
            phrase(List.of("found out", "learn", "heard"),
                    "\\b(?:i|we|he|she|they) (?:just |recently )?(?:found out|learned|learnt|heard)(?: (?:that|about|of))?"
                    + "(?: (?:she|he|they|i|we))?(?: (?:has|have|had|is|are|was|were))?\\b"),
            phrase(List.of("doctor", "dr", "gp", "physician", "specialist"),
                    "\\b(?:the |a |our |my )?(?:doctors?|dr|gp|physicians?|specialists?) (?:says?|said|thinks?|thought|told (?:me|us|him|her|them))"
                    + "(?: that)?\\b"),
            // how they feel
            phrase(List.of("worried", "scared", "frightened", "afraid", "anxious", "concerned", "confused", "nervous",
                    "terrified", "desperate", "lost", "curious", "wondering"),
                    "\\b(?:i|we)(?:'m|'re| am| are| was| were| have been| feel)?(?: so| very| really| quite| a bit| a little| kind of| just)?"
                    + " (?:worried|scared|frightened|afraid|anxious|concerned|confused|nervous|terrified|desperate|lost|curious|wondering)"
                    + "(?: (?:about|that|if|whether|sick))?\\b"),
            phrase(List.of("know"),
                    "\\b(?:i|we) (?:don't|dont|do not) know (?:what|where|how|if)(?: (?:to do|else to do|to turn))?\\b"),
            // calls for help
            phrase(List.of("what should", "what shall", "what can", "what could", "what do", "what must"),
                    "\\bwhat (?:should|shall|can|could|do|must) (?:i|we|he|she|they) do(?: now| next| about (?:it|this))?\\b"),
            phrase(List.of("you", "someone", "anyone", "somebody", "anybody"),
                    "\\b(?:can|could|would|will) (?:you|someone|anyone|somebody|anybody)(?: please)?(?: tell| explain| help| let)"
                    + "(?: me| us)?(?: know)?\\b"),
            phrase(List.of("know", "learn", "understand", "ask"),
                    "\\b(?:i|we)(?:'d| would| want| wanted| need| needed) (?:like )?to (?:know|learn|understand|ask)(?: more)?\\b"),
            phrase(List.of("help"),
                    "\\b(?:i|we) (?:want|would like|wish|am trying|are trying) to help(?: (?:her|him|them|out))?\\b"),
            phrase(List.of("question"),
                    "\\b(?:i have|i've got|quick|a) (?:a )?question\\b"),
            phrase(List.of("yesterday", "last", "ago", "recently", "lately"),
                    "\\b(?:yesterday|last (?:week|month|year|night)|a (?:few|couple of) (?:days|weeks|months) ago|recently|lately)\\b"));

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private QuestionNoise() {}

    /** The message without its wrapping; the message itself when nothing but wrapping would be left. */
    static String strip(String message) {
        return strip(message, true);
    }

    /** As {@link #strip(String)}, trying every pattern whatever its cues: for the test that the cues lose nothing. */
    static String stripTryingEveryPattern(String message) {
        return strip(message, false);
    }

    private static String strip(String message, boolean byCues) {
        String text = message;
        String lowerCase = message.toLowerCase(Locale.ROOT);
        for (Noise noise : NOISE) {
            if (byCues && !noise.mayOccurIn(lowerCase)) {
                continue;
            }
            Matcher found = noise.pattern().matcher(text);
            if (found.find()) {
                // Later patterns expect single spaces between words ("my  mother" after an age was cut out).
                text = SPACES.matcher(found.replaceAll(" ")).replaceAll(" ");
                lowerCase = text.toLowerCase(Locale.ROOT);
            }
        }
        String clean = text.strip();
        return clean.chars().anyMatch(Character::isLetter) ? clean : message;
    }

    private static Noise phrase(List<String> cues, String regex) {
        return new Noise(text -> cues.stream().anyMatch(text::contains), compile(regex));
    }

    /** A pattern that needs one cue of each list. */
    private static Noise phrase(List<String> cues, List<String> alsoOneOf, String regex) {
        return new Noise(text -> cues.stream().anyMatch(text::contains) && alsoOneOf.stream().anyMatch(text::contains), compile(regex));
    }

    private static boolean isWordChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** A pattern of how a message opens: its first letters are one of the cues. */
    private static Noise opening(List<String> cues, String regex) {
        return new Noise(text -> {
            int first = 0;
            while (first < text.length() && !isWordChar(text.charAt(first))) { // what the pattern's ^\\W* skips
                first++;
            }
            int from = first;
            return cues.stream().anyMatch(cue -> text.startsWith(cue, from));
        }, compile(regex));
    }

    private static Noise digits(String regex) {
        return new Noise(text -> text.chars().anyMatch(Character::isDigit), compile(regex));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * A pattern and its cues: a pattern is tried only on a message that holds one of them (lower-cased), since
     * running all the patterns was a twentieth of a chat turn and most messages have no wrapping. Every pattern
     * needs one of its cues to match; QuestionNoiseTest checks the cues lose nothing on every test message.
     */
    private record Noise(Predicate<String> cues, Pattern pattern) {
        boolean mayOccurIn(String lowerCase) {
            return cues.test(lowerCase);
        }
    }
}
