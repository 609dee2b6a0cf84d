package org.strengths.community;

/**
 * Great-circle distance on a spherical Earth (haversine), good to well under 1% over the distances
 * that matter here, and the latitude/longitude box that contains a circle, used to let an index
 * discard far-away rows before the exact distance is worked out.
 */
final class Distance {

  static final double EARTH_RADIUS_METRES = 6_371_000;
  private static final double METRES_PER_DEGREE_LATITUDE = Math.PI * EARTH_RADIUS_METRES / 180;

  private Distance() {}

  static double metres(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  /** The smallest latitude/longitude box holding every point within {@code metres} of a centre. */
  static Box around(double latitude, double longitude, double metres) {
    double dLat = metres / METRES_PER_DEGREE_LATITUDE;
    double cos = Math.cos(Math.toRadians(Math.min(89.9, Math.abs(latitude) + dLat)));
    double dLon = metres / (METRES_PER_DEGREE_LATITUDE * Math.max(cos, 1e-6));
    return new Box(latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon);
  }

  record Box(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
    boolean contains(double latitude, double longitude) {
      return latitude >= minLatitude
          && latitude <= maxLatitude
          && longitude >= minLongitude
          && longitude <= maxLongitude;
    }
  }

  /** "0.8 km" under 10 km, whole kilometres beyond. */
  static String kilometres(double metres) {
    double km = metres / 1000;
    return km < 10 ? String.format(java.util.Locale.UK, "%.1f km", km) : Math.round(km) + " km";
  }

  /** The SQL for the same haversine distance from (:lat, :lon) to a row's latitude/longitude. */
  static String sql(String table) {
    return ("(12742000 * asin(least(1, sqrt(power(sin(radians(T.latitude - :lat) / 2), 2)"
            + " + cos(radians(:lat)) * cos(radians(T.latitude))"
            + " * power(sin(radians(T.longitude - :lon) / 2), 2)))))")
        .replace("T.", table + ".");
  }
}
