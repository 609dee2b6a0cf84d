package org.strengths.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council as the CLD return names it.
 *
 * @param laCode the council's ONS code (E06…, E08…, E09…, E10…), {@code STRENGTHS_LA_CODE}
 * @param laName the council's name, {@code STRENGTHS_LA_NAME}
 */
@ConfigurationProperties("strengths.insight")
record InsightProperties(String laCode, String laName) {}
