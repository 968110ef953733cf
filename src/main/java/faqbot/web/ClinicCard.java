package faqbot.web;

import faqbot.config.ClinicSettings;

/**
 * What the widget shows of the clinic's settings (GET /api/clinic): the contact link and the "not for emergencies"
 * line. Empty fields are not configured; the widget then leaves their link out.
 */
public record ClinicCard(String orgName, String contactPhone, String contactLink, String contactHours,
        String emergencyNumber, String crisisLine) {

    public static ClinicCard of(ClinicSettings clinic) {
        return new ClinicCard(clinic.orgName(), clinic.contactPhone(), clinic.contactLink(), clinic.contactHours(),
                clinic.emergencyNumber(), clinic.crisisLine());
    }
}
