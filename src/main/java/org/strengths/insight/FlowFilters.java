package org.strengths.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who the flow figures are about: everyone, or the people of one team, postcode district, primary
 * support reason, age band, ethnicity or gender (any combination). Blank means "all". An age band
 * not in {@link #AGE_BANDS} and a team that is not an id are read as "all", so a tampered address
 * shows the council's figures rather than an error.
 */
record FlowFilters(
    UUID team, String district, String reason, String ageBand, String ethnicity, String gender) {

  /** The age bands, as at the day the figures were rebuilt. */
  static final List<String> AGE_BANDS =
      List.of("0-17", "18-64", "65-74", "75-84", "85+", "unknown");

  static final FlowFilters ALL = new FlowFilters(null, null, null, null, null, null);

  static FlowFilters of(
      String team,
      String district,
      String reason,
      String ageBand,
      String ethnicity,
      String gender) {
    return new FlowFilters(
        id(team),
        blankToNull(district) == null ? null : district.trim().toUpperCase(java.util.Locale.UK),
        blankToNull(reason),
        ageBand != null && AGE_BANDS.contains(ageBand) ? ageBand : null,
        blankToNull(ethnicity),
        blankToNull(gender));
  }

  boolean any() {
    return team != null
        || district != null
        || reason != null
        || ageBand != null
        || ethnicity != null
        || gender != null;
  }

  /**
   * The join to {@code insight_flow_person p} that {@link #where} needs, from a read-model table
   * with a {@code person_id} under {@code alias}; none when nothing is filtered, so that counting
   * everyone does not read every person.
   */
  String joinPeople(String alias) {
    return any() ? " JOIN insight_flow_person p ON p.person_id = " + alias + ".person_id" : "";
  }

  /** The SQL conditions on {@code insight_flow_person p}, each {@code AND …}, with parameters. */
  String where(Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    add(conditions, params, "p.team_id = :fTeam", "fTeam", team);
    add(conditions, params, "p.postcode_district = :fDistrict", "fDistrict", district);
    add(conditions, params, "p.primary_support_reason = :fReason", "fReason", reason);
    add(conditions, params, "p.age_band = :fAge", "fAge", ageBand);
    add(conditions, params, "p.ethnicity = :fEthnicity", "fEthnicity", ethnicity);
    add(conditions, params, "p.gender = :fGender", "fGender", gender);
    return conditions.stream().map(c -> " AND " + c).reduce("", String::concat);
  }

  /** The filters as query parameters, for links and the CSV download. */
  Map<String, String> asParams() {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("team", team == null ? "" : team.toString());
    params.put("district", district == null ? "" : district);
    params.put("reason", reason == null ? "" : reason);
    params.put("age", ageBand == null ? "" : ageBand);
    params.put("ethnicity", ethnicity == null ? "" : ethnicity);
    params.put("gender", gender == null ? "" : gender);
    return params;
  }

  private static void add(
      List<String> conditions, Map<String, Object> params, String sql, String name, Object value) {
    if (value != null) {
      conditions.add(sql);
      params.put(name, value);
    }
  }

  private static UUID id(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(typed.trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String blankToNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.trim();
  }
}
