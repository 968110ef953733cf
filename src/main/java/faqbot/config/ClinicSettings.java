package faqbot.config;

import java.util.Map;

/**
 * A clinic's own words and numbers: who it is, how a visitor reaches a person, and where to get help in an emergency.
 * An empty value means "not configured"; the replies then use general wording instead.
 *
 * @param orgName the organisation's name, e.g. "Riverside Spine Clinic"
 * @param contactPhone the front desk's phone number, e.g. "+1 555 0100"
 * @param contactLink the contact page, an http(s) or mailto: address
 * @param contactHours when someone answers, e.g. "Monday to Friday, 8am to 5pm"
 * @param emergencyNumber the local emergency number, e.g. "911" or "112"
 * @param crisisLine the crisis line's number, e.g. "988"
 * @param disclaimer shown with every medical answer
 */
public record ClinicSettings(String orgName, String contactPhone, String contactLink, String contactHours,
        String emergencyNumber, String crisisLine, String disclaimer) {

    public static final String DEFAULT_DISCLAIMER =
            "This is general information from our patient-education content, not medical advice. "
                    + "Please talk to your doctor about your own situation.";

    public ClinicSettings {
        orgName = clean(orgName);
        contactPhone = clean(contactPhone);
        contactLink = clean(contactLink);
        contactHours = clean(contactHours);
        emergencyNumber = clean(emergencyNumber);
        crisisLine = clean(crisisLine);
        disclaimer = clean(disclaimer).isEmpty() ? DEFAULT_DISCLAIMER : clean(disclaimer);
    }

    public static ClinicSettings defaults() {
        return new ClinicSettings("", "", "", "", "", "", "");
    }

    /** The contact reply's {contact}: phone, hours and link as configured, or general wording. */
    public String contactText() {
        if (contactPhone.isEmpty() && contactLink.isEmpty()) {
            return "Please call the " + (orgName.isEmpty() ? "clinic" : orgName)
                    + "'s front desk during opening hours, or use the contact page of this website.";
        }
        StringBuilder text = new StringBuilder(orgName.isEmpty() ? "the clinic" : orgName);
        if (!contactPhone.isEmpty()) {
            text.append(", phone ").append(contactPhone);
            if (!contactHours.isEmpty()) {
                text.append(" (").append(contactHours).append(')');
            }
        }
        if (!contactLink.isEmpty()) {
            text.append(contactPhone.isEmpty() ? ": " : ", or ").append(contactLink);
        }
        return text.append('.').toString();
    }

    /** The urgent replies' {emergency}. */
    public String emergencyText() {
        return emergencyNumber.isEmpty() ? "your local emergency number" : emergencyNumber;
    }

    /** The self-harm reply's {crisis_line}. */
    public String crisisText() {
        return crisisLine.isEmpty() ? "call or text 988 in the US, or your local crisis line" : "call " + crisisLine;
    }

    /** The placeholders small-talk replies may use, besides {topics}. */
    public Map<String, String> placeholders() {
        return Map.of("contact", contactText(), "emergency", emergencyText(), "crisis_line", crisisText());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
