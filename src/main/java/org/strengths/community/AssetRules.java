package org.strengths.community;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks a typed asset: field → message key of the first problem. */
final class AssetRules {

  static final int NAME_MAX = 200;
  static final int TEXT_MAX = 4000;
  static final int SHORT_MAX = 200;
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private AssetRules() {}

  static Map<String, String> check(AssetForm f, boolean postcodeKnown) {
    Map<String, String> e = new LinkedHashMap<>();
    if (f.getKind() == null
        || Arrays.stream(AssetKind.values()).noneMatch(k -> k.name().equals(f.getKind()))) {
      e.put("kind", "community.error.kind.required");
    }
    if (blank(f.getName())) {
      e.put("name", "community.error.name.required");
    } else if (f.getName().strip().length() > NAME_MAX) {
      e.put("name", "community.error.name.tooLong");
    }
    for (var field :
        Map.of(
                "description",
                nz(f.getDescription()),
                "offers",
                nz(f.getOffers()),
                "conditions",
                nz(f.getConditions()),
                "accessibilityNotes",
                nz(f.getAccessibilityNotes()),
                "scheduleNotes",
                nz(f.getScheduleNotes()))
            .entrySet()) {
      if (field.getValue().length() > TEXT_MAX) {
        e.put(field.getKey(), "community.error.text.tooLong");
      }
    }
    for (var field :
        Map.of(
                "languages",
                nz(f.getLanguages()),
                "costDetails",
                nz(f.getCostDetails()),
                "addressLine1",
                nz(f.getAddressLine1()),
                "addressLine2",
                nz(f.getAddressLine2()),
                "town",
                nz(f.getTown()),
                "contactName",
                nz(f.getContactName()),
                "phone",
                nz(f.getPhone()),
                "website",
                nz(f.getWebsite()))
            .entrySet()) {
      if (field.getValue().length() > SHORT_MAX) {
        e.put(field.getKey(), "community.error.short.tooLong");
      }
    }
    BigDecimal min = age(f.getMinimumAge(), "minimumAge", e);
    BigDecimal max = age(f.getMaximumAge(), "maximumAge", e);
    if (min != null && max != null && min.compareTo(max) > 0) {
      e.put("maximumAge", "community.error.age.order");
    }
    if (!blank(f.getEmail())
        && (!EMAIL.matcher(f.getEmail().strip()).matches() || f.getEmail().length() > SHORT_MAX)) {
      e.put("email", "community.error.email.invalid");
    }
    if (!blank(f.getPostcode())
        && !postcodeKnown
        && !f.getPostcode().strip().matches("(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}")) {
      e.put("postcode", "community.error.postcode.invalid");
    }
    LocalTime opens = time(f.getOpensAt(), "opensAt", e);
    LocalTime closes = time(f.getClosesAt(), "closesAt", e);
    if (opens != null && closes != null && !closes.isAfter(opens)) {
      e.put("closesAt", "community.error.time.order");
    }
    if (!f.getDays().stream().allMatch(CommunitySearchController.DAYS::contains)) {
      e.put("days", "community.error.days.invalid");
    }
    if (!List.of("FREE", "PAID").contains(nz(f.getCost()))) {
      e.put("cost", "community.error.cost.required");
    }
    if (Arrays.stream(HowToConnect.values()).noneMatch(h -> h.name().equals(f.getHowToConnect()))) {
      e.put("howToConnect", "community.error.howToConnect.required");
    }
    if (!List.of("ACTIVE", "PAUSED", "CLOSED").contains(nz(f.getStatus()))) {
      e.put("status", "community.error.status.required");
    }
    if ("GIFT".equals(f.getKind()) && !f.isGiftConsent()) {
      e.put("giftConsent", "community.error.giftConsent.required");
    }
    return e;
  }

  static BigDecimal age(String typed, String field, Map<String, String> e) {
    if (blank(typed)) {
      return null;
    }
    try {
      BigDecimal age = new BigDecimal(typed.strip());
      if (age.signum() < 0 || age.compareTo(BigDecimal.valueOf(130)) > 0 || age.scale() > 2) {
        e.put(field, "community.error.age.invalid");
        return null;
      }
      return age;
    } catch (NumberFormatException bad) {
      e.put(field, "community.error.age.invalid");
      return null;
    }
  }

  static LocalTime time(String typed, String field, Map<String, String> e) {
    if (blank(typed)) {
      return null;
    }
    String t = typed.strip().replace('.', ':');
    try {
      return LocalTime.parse(t.length() == 4 ? "0" + t : t);
    } catch (DateTimeParseException bad) {
      e.put(field, "community.error.time.invalid");
      return null;
    }
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String clean(String s) {
    return blank(s) ? null : s.strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
