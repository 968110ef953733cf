package faqbot.search;

import java.text.Normalizer;
import java.util.List;
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

    private static final List<Pattern> NOISE = List.of(
            // ages and times that only tell the story
            pattern("\\b\\d{1,3}[ -]?(?:years?|yrs?)[ -]?old\\b|\\b\\d{1,3} ?y/?o\\b|\\baged? \\d{1,3}\\b"),
            // greetings and forms of address
            pattern("^\\W*(?:hi|hello|hey|hiya|greetings|dear (?:sir|madam|doctor|dr|team|all)|good (?:morning|afternoon|evening|day))"
                    + "(?: there| everyone| all| doc(?:tor)?)?\\b"),
            // thanks and sign-offs
            pattern("\\b(?:(?:many |a lot of )?thanks|thank you|thankyou|thx|ty)(?: (?:so|very) much)?(?: in advance)?"
                    + "(?: for (?:your|any|the) (?:help|time|answer|reply|advice))?\\b"),
            pattern("\\b(?:any )?(?:help|advice|info(?:rmation)?|answers?|replies|feedback)(?: (?:is|would be|will be))?"
                    + "(?: (?:much|greatly|really|very much))? appreciated\\b"),
            pattern("\\b(?:best |kind |warm )?regards\\b|\\bsincerely\\b|\\bcheers\\b|\\bgod bless\\b"),
            pattern("\\bplease (?:help|advise|reply|answer)(?: me| us)?\\b"),
            // who is asking
            pattern("\\b(?:my|our|his|her|their) (?:(?:\\d+|little|baby|newborn|teenage|adult|elderly|older|younger|old|young|"
                    + "oldest|youngest|eldest|best|late|dear|sweet) )*" + PEOPLE + "(?:'s)?\\b"),
            pattern("\\b(?:a|one) (?:close |good |dear |old )?(?:friend|colleague|coworker|neighbou?r|relative)(?: of (?:mine|ours))?\\b"),
            pattern("\\b(?:(?:i|we|he|she|they) )?(?:was|were|have been|has been|had been|'ve been|'s been|got|gotten|just been|"
                    + "recently been|am|'m)(?: just| recently| finally| only)?(?: been)? (?:told|diagnosed|informed)"
                    + "(?: (?:that|with|about|of))?(?: (?:she|he|they|i|we))?(?: (?:has|have|had|is|are|was|were|might have|may have))?\\b"),
            pattern("\\b(?:i|we|he|she|they) (?:just |recently )?(?:found out|learned|learnt|heard)(?: (?:that|about|of))?"
                    + "(?: (?:she|he|they|i|we))?(?: (?:has|have|had|is|are|was|were))?\\b"),
            pattern("\\b(?:the |a |our |my )?(?:doctors?|dr|gp|physicians?|specialists?) (?:says?|said|thinks?|thought|told (?:me|us|him|her|them))"
                    + "(?: that)?\\b"),
            // how they feel
            pattern("\\b(?:i|we)(?:'m|'re| am| are| was| were| have been| feel)?(?: so| very| really| quite| a bit| a little| kind of| just)?"
                    + " (?:worried|scared|frightened|afraid|anxious|concerned|confused|nervous|terrified|desperate|lost|curious|wondering)"
                    + "(?: (?:about|that|if|whether|sick))?\\b"),
            pattern("\\b(?:i|we) (?:don't|dont|do not) know (?:what|where|how|if)(?: (?:to do|else to do|to turn))?\\b"),
            // calls for help
            pattern("\\bwhat (?:should|shall|can|could|do|must) (?:i|we|he|she|they) do(?: now| next| about (?:it|this))?\\b"),
            pattern("\\b(?:can|could|would|will) (?:you|someone|anyone|somebody|anybody)(?: please)?(?: tell| explain| help| let)"
                    + "(?: me| us)?(?: know)?\\b"),
            pattern("\\b(?:i|we)(?:'d| would| want| wanted| need| needed) (?:like )?to (?:know|learn|understand|ask)(?: more)?\\b"),
            pattern("\\b(?:i|we) (?:want|would like|wish|am trying|are trying) to help(?: (?:her|him|them|out))?\\b"),
            pattern("\\b(?:i have|i've got|quick|a) (?:a )?question\\b"),
            pattern("\\b(?:yesterday|last (?:week|month|year|night)|a (?:few|couple of) (?:days|weeks|months) ago|recently|lately)\\b"));

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Accents and other combining marks, taken off before the patterns run: the analyzer folds them away anyway, and
     * every {@code \\b} scans back over the run of marks it stands in (a letter with 2,000 marks took 0.8 s).
     */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private QuestionNoise() {}

    /** The message without its wrapping; the message itself when nothing but wrapping would be left. */
    static String strip(String message) {
        String text = MARKS.matcher(Normalizer.normalize(message, Normalizer.Form.NFD)).replaceAll("");
        for (Pattern noise : NOISE) {
            Matcher found = noise.matcher(text);
            if (found.find()) {
                // Later patterns expect single spaces between words ("my  mother" after an age was cut out).
                text = SPACES.matcher(found.replaceAll(" ")).replaceAll(" ");
            }
        }
        String clean = text.strip();
        return clean.chars().anyMatch(Character::isLetter) ? clean : message;
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
