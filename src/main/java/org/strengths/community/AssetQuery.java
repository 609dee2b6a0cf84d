package org.strengths.community;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

/**
 * What to look for in the directory. Every field is optional ({@code null} or empty: no filter).
 *
 * @param text free text, expanded with synonyms
 * @param anyWord whether any word of the text is enough (ideas) rather than every word (search)
 * @param age a person's age that the asset must welcome
 * @param minimumAge ORUK: assets whose minimum age is at least this
 * @param maximumAge ORUK: assets whose maximum age is at most this
 * @param day two-letter day (MO…SU) on which it meets
 * @param startTime ORUK: a session that opens at or after this
 * @param endTime ORUK: a session that closes at or before this
 * @param openAt a session that is open at this time (on {@code day}, if given)
 * @param accessibility step-free, hearing-loop, accessible-toilet, bsl
 * @param near the centre for distances, if known
 * @param withinMetres only assets this near (needs {@code near})
 * @param published only what the public API may show: no gifts
 * @param activeOnly only active assets
 * @param byDistance nearest first rather than most relevant first
 * @param located only assets with a place (coordinates)
 */
record AssetQuery(
    String text,
    boolean anyWord,
    Set<AssetKind> kinds,
    UUID termId,
    UUID taxonomyId,
    String cost,
    BigDecimal age,
    BigDecimal minimumAge,
    BigDecimal maximumAge,
    String day,
    LocalTime startTime,
    LocalTime endTime,
    LocalTime openAt,
    Set<String> accessibility,
    Postcodes.Point near,
    Double withinMetres,
    UUID organisationId,
    boolean published,
    boolean activeOnly,
    boolean byDistance,
    boolean located) {

  static AssetQuery everything() {
    return new AssetQuery(
        null, false, Set.of(), null, null, null, null, null, null, null, null, null, null, Set.of(),
        null, null, null, false, false, false, false);
  }

  AssetQuery withText(String value, boolean any) {
    return new AssetQuery(
        value,
        any,
        kinds,
        termId,
        taxonomyId,
        cost,
        age,
        minimumAge,
        maximumAge,
        day,
        startTime,
        endTime,
        openAt,
        accessibility,
        near,
        withinMetres,
        organisationId,
        published,
        activeOnly,
        byDistance,
        located);
  }

  AssetQuery near(Postcodes.Point point, Double metres, boolean sortByDistance) {
    return new AssetQuery(
        text,
        anyWord,
        kinds,
        termId,
        taxonomyId,
        cost,
        age,
        minimumAge,
        maximumAge,
        day,
        startTime,
        endTime,
        openAt,
        accessibility,
        point,
        metres,
        organisationId,
        published,
        activeOnly,
        sortByDistance,
        located);
  }

  AssetQuery publishedOnly() {
    return new AssetQuery(
        text,
        anyWord,
        kinds,
        termId,
        taxonomyId,
        cost,
        age,
        minimumAge,
        maximumAge,
        day,
        startTime,
        endTime,
        openAt,
        accessibility,
        near,
        withinMetres,
        organisationId,
        true,
        activeOnly,
        byDistance,
        located);
  }

  AssetQuery locatedOnly() {
    return new AssetQuery(
        text,
        anyWord,
        kinds,
        termId,
        taxonomyId,
        cost,
        age,
        minimumAge,
        maximumAge,
        day,
        startTime,
        endTime,
        openAt,
        accessibility,
        near,
        withinMetres,
        organisationId,
        published,
        activeOnly,
        byDistance,
        true);
  }
}
