package org.strengths.community;

import java.util.List;

/**
 * The parts of a directory entry its own organisation may keep current, as typed. Values are
 * checked exactly as the staff form checks them.
 *
 * @param status ACTIVE, PAUSED or CLOSED
 * @param days the days it meets every week: MO, TU, WE, TH, FR, SA, SU
 * @param opensAt a time such as 14:00, the same on every day chosen
 * @param cost FREE or PAID
 * @param howToConnect a {@link HowToConnect} name
 * @param access accessibility: step-free, hearing-loop, accessible-toilet, bsl
 */
public record OwnerUpdate(
    String offers,
    String description,
    String status,
    List<String> days,
    String opensAt,
    String closesAt,
    String scheduleNotes,
    String cost,
    String costDetails,
    String contactName,
    String email,
    String phone,
    String website,
    String howToConnect,
    List<String> access) {

  public OwnerUpdate {
    days = days == null ? List.of() : List.copyOf(days);
    access = access == null ? List.of() : List.copyOf(access);
  }

  /** The days a week and accessibility features the form offers, in order. */
  public static final List<String> DAYS = CommunitySearchController.DAYS;

  public static final List<String> ACCESSIBILITY = CommunitySearchController.ACCESSIBILITY;

  static OwnerUpdate of(AssetForm f) {
    return new OwnerUpdate(
        f.getOffers(),
        f.getDescription(),
        f.getStatus(),
        f.getDays(),
        f.getOpensAt(),
        f.getClosesAt(),
        f.getScheduleNotes(),
        f.getCost(),
        f.getCostDetails(),
        f.getContactName(),
        f.getEmail(),
        f.getPhone(),
        f.getWebsite(),
        f.getHowToConnect(),
        f.getAccess());
  }

  /** The stored entry's form with this update's fields typed over it. */
  AssetForm over(AssetForm f) {
    f.setOffers(offers);
    f.setDescription(description);
    f.setStatus(status);
    f.setDays(new java.util.ArrayList<>(days));
    f.setOpensAt(opensAt);
    f.setClosesAt(closesAt);
    f.setScheduleNotes(scheduleNotes);
    f.setCost(cost);
    f.setCostDetails(costDetails);
    f.setContactName(contactName);
    f.setEmail(email);
    f.setPhone(phone);
    f.setWebsite(website);
    f.setHowToConnect(howToConnect);
    f.setAccess(new java.util.ArrayList<>(access));
    return f;
  }
}
