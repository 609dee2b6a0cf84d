package org.strengths.community;

import java.util.UUID;

/** An organisation behind community assets (a charity, a council service, a club). */
public record OrganisationSummary(UUID id, String name, String email, String website) {}
