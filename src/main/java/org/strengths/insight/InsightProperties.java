package org.strengths.insight;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The council as the CLD return names it.
 *
 * @param laCode the council's ONS code (E06…, E08…, E09…, E10…), {@code STRENGTHS_LA_CODE}
 * @param laName the council's name, {@code STRENGTHS_LA_NAME}
 * @param population the area's ONS mid-year population estimates (ASCOF 2B/2C's denominators);
 *     null, or either part null, when not configured
 */
@ConfigurationProperties("strengths.insight")
record InsightProperties(String laCode, String laName, Population population) {

  /**
   * ONS mid-year population estimates for the council's area.
   *
   * @param aged18To64 {@code strengths.insight.population.aged-18-64}
   * @param aged65AndOver {@code strengths.insight.population.aged-65-plus}
   */
  record Population(
      @Name("aged-18-64") Long aged18To64, @Name("aged-65-plus") Long aged65AndOver) {}

  /** The population, never null (its parts are null when not configured). */
  Population populationOrUnset() {
    return population == null ? new Population(null, null) : population;
  }
}
