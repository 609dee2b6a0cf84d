package org.strengths.insight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The reference tables of NHS England's SALT/ASCOF transformation scripts (cld-r1 §3), as values we
 * hold, not copied code. Matching follows SQL Server's default collation, which the scripts rely on
 * (cld-r1 §4): case does not matter and trailing spaces are ignored, but leading spaces, hyphens
 * and en dashes do. The tables keep NHS England's own spellings, including those that can never
 * match a value from the defined list (rule O2 in docs/insight/national-measures.md).
 */
final class SaltTables {

  private SaltTables() {}

  static final String SERVICE_USER = "Service User";
  static final String ST_MAX = "Short Term Support: ST-Max";
  static final String NURSING = "Long Term Support: Nursing Care";
  static final String RESIDENTIAL = "Long Term Support: Residential Care";
  static final String COMMUNITY = "Long Term Support: Community";
  static final String PRISON = "Long Term Support: Prison";
  static final List<String> LONG_TERM = List.of(NURSING, RESIDENTIAL, COMMUNITY, PRISON);

  /** Not in any table: the rank the scripts give a value they cannot match. */
  static final int UNRANKED = 99;

  /** SQL Server's default equality: case-insensitive, trailing spaces ignored, NULL never equal. */
  static boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    if (a == b) {
      return true;
    }
    int length = trimmedLength(a);
    return length == trimmedLength(b) && a.regionMatches(true, 0, b, 0, length);
  }

  private static int trimmedLength(String value) {
    int length = value.length();
    while (length > 0 && value.charAt(length - 1) == ' ') {
      length--;
    }
    return length;
  }

  static String key(String value) {
    return value.stripTrailing().toLowerCase(Locale.ROOT);
  }

  static boolean longTerm(String serviceType) {
    return LONG_TERM.stream().anyMatch(type -> same(type, serviceType));
  }

  /** STS001 {@code #REF_Service_Type}: the rank of a service type in a sequel (lower wins). */
  static int serviceRank(String serviceType) {
    return rank(SERVICE_RANK, serviceType);
  }

  private static final Map<String, Integer> SERVICE_RANK =
      ranks(
          ST_MAX,
          NURSING,
          RESIDENTIAL,
          COMMUNITY,
          PRISON,
          "Short Term Support: Ongoing Low Level",
          "Short Term Support: Other Short Term");

  /**
   * STS001 {@code #REF_Event_Outcome_Hierarchy}: which outcome wins when one request cluster ends
   * with several (lower wins). Three entries are spelt so that no defined-list value matches them
   * (cld-r1 §3.6): such an outcome ranks 99, as in NHS England's processing.
   */
  static int outcomeRank(String outcome) {
    return rank(OUTCOME_RANK, outcome);
  }

  private static final Map<String, Integer> OUTCOME_RANK =
      ranks(
          "Progress to Reablement/ST-Max",
          "Progress to Assessment",
          "Admitted to Hospital",
          "Progress to Re-assessment / Unplanned Review",
          "Progress to Support Planning / Services",
          "Progress to End of Life Care",
          "No change in package",
          "Service ended as planned",
          "Progress to financial assessment",
          "Provision of service",
          "NFA - Deceased",
          "NFA - Moved to another LA",
          "NFA - 100% NHS-funded care",
          "NFA - Information & Advice / Signposting only",
          "NFA - Self-funded client (inc. 12wk disregard)",
          "NFA - Support declined",
          "NFA - Support ended \u2013 other reason",
          "NFA - No services offered - other reason",
          "NFA- Other");

  /** A row of STS001 {@code #REF_SEQUEL_MAPPING}: code 1 is a final outcome in itself. */
  record Sequel(int code, String description) {
    boolean finalOutcome() {
      return code == 1;
    }
  }

  static final String UNABLE_TO_CLASSIFY = "Unable_To_Classify";
  static final String OTHER_REASON = "No Services Provided - other reason";

  private static final Map<String, Sequel> SEQUELS = new LinkedHashMap<>();

  static {
    sequel("Progress to Reablement/ST-Max", 2, UNABLE_TO_CLASSIFY);
    sequel("Progress to Assessment", 2, UNABLE_TO_CLASSIFY);
    sequel("Admitted to hospital", 2, UNABLE_TO_CLASSIFY);
    sequel("Progress to Re-assessment / Unplanned Review", 2, UNABLE_TO_CLASSIFY);
    sequel("Progress to Support Planning / Services", 2, UNABLE_TO_CLASSIFY);
    sequel("Progress to End of Life Care", 1, "End of Life");
    sequel("No change in package", 2, UNABLE_TO_CLASSIFY);
    sequel("Service ended as planned", 2, UNABLE_TO_CLASSIFY);
    sequel("NFA - Moved to another LA", 1, OTHER_REASON);
    sequel("NFA - 100% NHS funded care", 1, "100% NHS Funded Care");
    sequel("NFA - Self-funded client (Inc. 12wk disregard)", 1, OTHER_REASON);
    sequel("NFA - Support declined", 1, OTHER_REASON);
    sequel(
        "NFA - Information & Advice / Signposting only",
        1,
        "Universal Services/ Signposted to other services");
    sequel("NFA - Deceased", 1, "No Services Provided - Deceased");
    sequel("NFA - No services offered: Other reason", 1, OTHER_REASON);
    sequel("NFA - Support ended: Other reason", 1, OTHER_REASON);
    sequel("Progress to financial assessment", 2, UNABLE_TO_CLASSIFY);
    sequel("Provision of service", 2, UNABLE_TO_CLASSIFY);
    sequel("NFA- Other", 1, OTHER_REASON);
  }

  private static void sequel(String outcome, int code, String description) {
    SEQUELS.put(key(outcome), new Sequel(code, description));
  }

  /** The STS001 mapping of an outcome, or null when the outcome is not in the table. */
  static Sequel sequelOf(String outcome) {
    return outcome == null ? null : SEQUELS.get(key(outcome));
  }

  /** LTS001 {@code #REF_Service_Type_Delivery_Mech}: a long-term setting and its rank. */
  record Setting(String serviceType, String deliveryMechanism, String category, int rank) {}

  static final List<Setting> SETTINGS =
      List.of(
          new Setting(NURSING, "", "Nursing", 1),
          new Setting(RESIDENTIAL, "", "Residential", 2),
          new Setting(COMMUNITY, "Direct Payment", "Community: Direct Payment", 3),
          new Setting(
              COMMUNITY,
              "CASSR Managed Personal Budget",
              "Community: CASSR Managed Personal Budget",
              4),
          new Setting(
              COMMUNITY, "CASSR Commissioned Support", "Community: CASSR Commissioned Support", 5),
          new Setting(COMMUNITY, "", "Community", 6),
          new Setting(
              PRISON, "CASSR Managed Personal Budget", "Prison: CASSR Managed Personal Budget", 7),
          new Setting(
              PRISON, "CASSR Commissioned Support", "Prison: CASSR Commissioned Support", 8),
          new Setting(PRISON, "", "Prison", 9));

  /**
   * The long-term setting of a service: a delivery mechanism not listed for its service type (or
   * any on nursing and residential care) is first blanked, as the LTS scripts do; both sides are
   * trimmed. Null when the service type is not long-term.
   */
  static Setting settingOf(String serviceType, String deliveryMechanism) {
    if (serviceType == null) {
      return null;
    }
    String type = serviceType.strip();
    String mechanism = deliveryMechanism == null ? "" : deliveryMechanism.strip();
    boolean mechanismAllowed = same(type, COMMUNITY) || same(type, PRISON);
    Setting blank = null;
    for (Setting setting : SETTINGS) {
      if (!same(setting.serviceType(), type)) {
        continue;
      }
      if (setting.deliveryMechanism().isEmpty()) {
        blank = setting;
      } else if (mechanismAllowed && same(setting.deliveryMechanism(), mechanism)) {
        return setting;
      }
    }
    return blank;
  }

  /** LTS001 {@code #REF_PSR}: the primary support reasons the tables report. */
  static final List<String> SUPPORT_REASONS =
      List.of(
          "Physical Support: Access & mobility only",
          "Physical Support: Personal care support",
          "Sensory Support: Support for visual impairment",
          "Sensory Support: Support for hearing impairment",
          "Sensory Support: Support for dual impairment",
          "Support with Memory & Cognition",
          "Learning Disability Support",
          "Mental Health Support",
          "Social Support: Substance misuse support",
          "Social Support: Asylum seeker support",
          "Social Support: Support for Social Isolation/Other",
          "Social Support: Support to Carer",
          "Unknown");

  static final String INVALID_OR_NULL = "Invalid/NULL";

  /** The listed spelling of a support reason, or {@link #INVALID_OR_NULL}. */
  static String supportReason(String reason) {
    return SUPPORT_REASONS.stream()
        .filter(listed -> same(listed, reason))
        .findFirst()
        .orElse(INVALID_OR_NULL);
  }

  /**
   * The listed spelling of a value (compared as the scripts' joins do), or {@link
   * #INVALID_OR_NULL}.
   */
  static String listed(List<String> list, String value) {
    return list.stream().filter(l -> same(l, value)).findFirst().orElse(INVALID_OR_NULL);
  }

  /** The listed spelling of a value, or the value itself when it is not in the list (or NULL). */
  static String listedOrAsSent(List<String> list, String value) {
    return list.stream().filter(l -> same(l, value)).findFirst().orElse(value);
  }

  /** LTS001b {@code #REF_CARER}: "Unknown" is not in it, so it is reported as Invalid/NULL. */
  static final List<String> HAS_UNPAID_CARER = List.of("Yes", "No", "Invalid");

  static final String ETHNICITY_NOT_KNOWN = "No data - Undeclared or Not known";

  /** LTS001b {@code #REF_Ethnicity}, in its order. */
  static final List<String> ETHNICITIES =
      List.of(
          "White - English, Welsh, Scottish, Northern Irish or British",
          "White - Irish",
          "White - Gypsy or Irish Traveller",
          "White - Roma",
          "White - Any other White background",
          "Mixed or multiple ethnic groups - White and Black Caribbean",
          "Mixed or multiple ethnic groups - White and Black African",
          "Mixed or multiple ethnic groups - White and Asian",
          "Mixed or multiple ethnic groups - Any other Mixed or multiple ethnic background",
          "Asian or Asian British - Indian",
          "Asian or Asian British - Pakistani",
          "Asian or Asian British - Bangladeshi",
          "Asian or Asian British - Chinese",
          "Asian or Asian British - Any other Asian background",
          "Black, Black British, Caribbean or African - African",
          "Black, Black British, Caribbean or African - Caribbean",
          "Black, Black British, Caribbean or African - Any other Black, Black British or Caribbean"
              + " background",
          "Other ethnic group - Arab",
          "Other ethnic group - Any other ethnic group",
          "No data - Refused",
          ETHNICITY_NOT_KNOWN);

  /** LTS004 {@code #REF_Employment_Status}, in its order; the first three are paid work. */
  static final List<String> EMPLOYMENT_STATUSES =
      List.of(
          "Paid: Less than 16 hours a week",
          "Paid: 16 or more hours a week",
          "Paid: Hours per week unknown",
          "Not in Paid Employment (seeking work)",
          "Not in Paid Employment (not actively seeking work / retired)",
          "Not in Paid Employment (voluntary work only)",
          "Unknown");

  /** LTS004 {@code #REF_Accommodation_Status}: the unsettled group (0), in its order. */
  static final List<String> UNSETTLED =
      List.of(
          "Rough sleeper / squatting",
          "Night shelter / emergency hostel / direct access hostel",
          "Refuge",
          "Placed in temporary accommodation by the council (inc. homelessness resettlement)",
          "Staying with family / friends as a short-term guest",
          "Acute / long-term healthcare residential facility or hospital",
          "Registered care home",
          "Registered nursing home",
          "Prison / Young offenders institution / detention centre",
          "Other temporary accommodation",
          "Unknown");

  /** ASCOF 2E / LTS004 {@code #REF_Accommodation_Status}: settled (true) or not. */
  static final List<String> SETTLED =
      List.of(
          "Owner occupier or shared ownership scheme",
          "Tenant",
          "Tenant - private landlord",
          "Settled mainstream housing with family / friends",
          "Supported accommodation / supported lodgings / supported group home",
          "Shared Lives scheme",
          "Approved premises for offenders released from prison or under probation supervision",
          "Sheltered housing / extra care housing / other sheltered housing",
          "Mobile accommodation for Gypsy / Roma and Traveller communities");

  static boolean settled(String accommodation) {
    return accommodation != null
        && SETTLED.stream().anyMatch(listed -> same(listed, accommodation.strip()));
  }

  private static int rank(Map<String, Integer> ranks, String value) {
    if (value == null) {
      return UNRANKED;
    }
    // the values read are few (interned as they are read), so each is lowered once
    return (ranks == SERVICE_RANK ? SERVICE_RANK_SEEN : OUTCOME_RANK_SEEN)
        .computeIfAbsent(value, v -> ranks.getOrDefault(key(v), UNRANKED));
  }

  private static final Map<String, Integer> SERVICE_RANK_SEEN = new ConcurrentHashMap<>();
  private static final Map<String, Integer> OUTCOME_RANK_SEEN = new ConcurrentHashMap<>();

  private static Map<String, Integer> ranks(String... values) {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      ranks.put(key(values[i]), i + 1);
    }
    return ranks;
  }
}
