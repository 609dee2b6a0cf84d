package org.strengths.community;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strengths.platform.web.ListPage;

/**
 * Searches the directory in one SQL statement: full-text match (english stemming, synonyms) ranked
 * with {@code ts_rank_cd}, filters as EXISTS clauses, and distance by haversine after a
 * latitude/longitude box that the location index can use. The total comes with the page.
 */
@Service
class AssetSearch {

  record Hit(UUID id, double rank, Double metres) {}

  record Results(List<Hit> hits, long total, int page, int size) {
    /** Where these results sit in all the matches; a page beyond the end becomes the last. */
    ListPage listPage() {
      return ListPage.at(page, total, size);
    }
  }

  private final JdbcClient jdbc;
  private final Synonyms synonyms;

  AssetSearch(JdbcClient jdbc, Synonyms synonyms) {
    this.jdbc = jdbc;
    this.synonyms = synonyms;
  }

  /** Pages count from 1. */
  Results search(AssetQuery query, int page, int size) {
    return search(query, page, size, true);
  }

  /**
   * With {@code byRelevance} false (the ORUK API, which asks for no order), text matches come in
   * name order, and the total is counted separately: neither needs every match ranked, which is
   * what makes a common word slow in a large directory.
   */
  Results search(AssetQuery query, int page, int size, boolean byRelevance) {
    Map<String, Object> params = new LinkedHashMap<>();
    List<String> where = new ArrayList<>();
    String tsquery =
        synonyms
            .expansion()
            .tsquery(
                query.text(),
                query.anyWord() ? SynonymExpansion.Mode.ANY : SynonymExpansion.Mode.ALL);
    // A text of stop words only ("the") makes an empty query, which would match nothing.
    boolean text = !tsquery.isEmpty() && searchable(tsquery);
    String rank = "0";
    String from = "community_asset a";
    if (text) {
      params.put("tsq", tsquery);
      // The query is made once, in a one-row subquery, so the planner looks it up in the GIN
      // index rather than calling the function for every row.
      from = "(SELECT to_tsquery('english', :tsq) AS query) q, community_asset a";
      where.add("a.search @@ q.query");
      rank = "ts_rank(a.search, q.query)";
    }
    filters(query, where, params);
    String distance = "NULL::double precision";
    if (query.near() != null) {
      params.put("lat", query.near().latitude());
      params.put("lon", query.near().longitude());
      distance = Distance.sql("a");
      if (query.withinMetres() != null) {
        Distance.Box box =
            Distance.around(
                query.near().latitude(), query.near().longitude(), query.withinMetres());
        params.put("minLat", box.minLatitude());
        params.put("maxLat", box.maxLatitude());
        params.put("minLon", box.minLongitude());
        params.put("maxLon", box.maxLongitude());
        params.put("within", query.withinMetres());
        where.add("a.latitude BETWEEN :minLat AND :maxLat");
        where.add("a.longitude BETWEEN :minLon AND :maxLon");
        where.add(distance + " <= :within");
      }
    }
    String order =
        query.byDistance() && query.near() != null
            ? "metres ASC NULLS LAST, rank DESC, a.name, a.id"
            : text && byRelevance
                ? "rank DESC, metres ASC NULLS LAST, a.name, a.id"
                : "metres ASC NULLS LAST, a.name, a.id";
    params.put("limit", size);
    params.put("offset", (long) (page - 1) * size);
    boolean windowCount = byRelevance || query.near() != null;
    String fromWhere = from + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    String sql =
        "SELECT a.id, "
            + (byRelevance ? rank : "0")
            + " AS rank, "
            + distance
            + " AS metres, "
            + (windowCount ? "count(*) OVER ()" : "0")
            + " AS total FROM "
            + fromWhere
            + " ORDER BY "
            + order
            + " LIMIT :limit OFFSET :offset";
    long[] total = {0};
    List<Hit> hits =
        jdbc.sql(sql)
            .params(params)
            .query(
                (rs, row) -> {
                  total[0] = rs.getLong("total");
                  double metres = rs.getDouble("metres");
                  return new Hit(
                      rs.getObject("id", UUID.class),
                      rs.getDouble("rank"),
                      rs.wasNull() ? null : metres);
                })
            .list();
    if (!windowCount) {
      total[0] =
          jdbc.sql("SELECT count(*) FROM " + fromWhere).params(params).query(Long.class).single();
    } else if (hits.isEmpty() && page > 1) {
      total[0] = count(sql, params);
    }
    return new Results(hits, total[0], page, size);
  }

  private boolean searchable(String tsquery) {
    return jdbc.sql("SELECT numnode(to_tsquery('english', ?)) > 0")
        .param(tsquery)
        .query(Boolean.class)
        .single();
  }

  private long count(String sql, Map<String, Object> params) {
    Map<String, Object> first = new LinkedHashMap<>(params);
    first.put("offset", 0L);
    first.put("limit", 1);
    return jdbc.sql(sql)
        .params(first)
        .query((rs, row) -> rs.getLong("total"))
        .optional()
        .orElse(0L);
  }

  private static void filters(AssetQuery query, List<String> where, Map<String, Object> params) {
    if (query.published()) {
      where.add("a.kind <> 'GIFT'");
    }
    if (query.located()) {
      where.add("a.latitude IS NOT NULL");
    }
    if (query.activeOnly()) {
      where.add("a.status = 'ACTIVE'");
    }
    if (query.kinds() != null && !query.kinds().isEmpty()) {
      params.put("kinds", query.kinds().stream().map(Enum::name).toArray(String[]::new));
      where.add("a.kind = ANY(:kinds)");
    }
    if (query.organisationId() != null) {
      params.put("organisation", query.organisationId());
      where.add("a.organisation_id = :organisation");
    }
    if (query.termId() != null) {
      params.put("term", query.termId());
      where.add(
          "EXISTS (SELECT 1 FROM community_asset_term t"
              + " WHERE t.asset_id = a.id AND t.term_id = :term)");
    }
    if (query.taxonomyId() != null) {
      params.put("taxonomy", query.taxonomyId());
      where.add(
          "EXISTS (SELECT 1 FROM community_asset_term t JOIN community_taxonomy_term tt"
              + " ON tt.id = t.term_id WHERE t.asset_id = a.id AND tt.taxonomy_id = :taxonomy)");
    }
    if (query.cost() != null) {
      params.put("cost", query.cost());
      where.add("a.cost = :cost");
    }
    if (query.age() != null) {
      params.put("age", query.age());
      where.add("(a.minimum_age IS NULL OR a.minimum_age <= :age)");
      where.add("(a.maximum_age IS NULL OR a.maximum_age >= :age)");
    }
    if (query.minimumAge() != null) {
      params.put("minimumAge", query.minimumAge());
      where.add("a.minimum_age >= :minimumAge");
    }
    if (query.maximumAge() != null) {
      params.put("maximumAge", query.maximumAge());
      where.add("a.maximum_age <= :maximumAge");
    }
    schedule(query, where, params);
    for (String feature :
        query.accessibility() == null ? java.util.Set.<String>of() : query.accessibility()) {
      switch (feature) {
        case "step-free" -> where.add("a.step_free");
        case "hearing-loop" -> where.add("a.hearing_loop");
        case "accessible-toilet" -> where.add("a.accessible_toilet");
        case "bsl" -> where.add("a.bsl");
        default -> {
          // unknown features are ignored rather than refused: they come from a checkbox list
        }
      }
    }
  }

  private static void schedule(AssetQuery query, List<String> where, Map<String, Object> params) {
    List<String> session = new ArrayList<>();
    if (query.day() != null) {
      params.put("day", query.day());
      session.add("s.day = :day");
    }
    if (query.startTime() != null) {
      params.put("startTime", query.startTime());
      session.add("s.opens_at >= :startTime");
    }
    if (query.endTime() != null) {
      params.put("endTime", query.endTime());
      session.add("s.closes_at <= :endTime");
    }
    if (query.openAt() != null) {
      params.put("openAt", query.openAt());
      session.add("s.opens_at <= :openAt AND s.closes_at > :openAt");
    }
    if (!session.isEmpty()) {
      where.add(
          "EXISTS (SELECT 1 FROM community_asset_schedule s WHERE s.asset_id = a.id AND "
              + String.join(" AND ", session)
              + ")");
    }
  }

  /** For each asset, which of the typed words (or their synonyms) it matches. */
  Map<UUID, List<String>> matchedWords(List<UUID> ids, String text) {
    Map<UUID, List<String>> matched = new LinkedHashMap<>();
    List<SynonymExpansion.Term> terms = synonyms.expansion().expand(text);
    if (ids.isEmpty() || terms.isEmpty()) {
      return matched;
    }
    String[] words = terms.stream().map(SynonymExpansion.Term::word).toArray(String[]::new);
    SynonymExpansion single = synonyms.expansion();
    String[] queries =
        terms.stream()
            .map(t -> single.tsquery(String.join(" ", t.alternatives()), SynonymExpansion.Mode.ANY))
            .toArray(String[]::new);
    jdbc.sql(
            """
            SELECT a.id, w.word FROM community_asset a,
              unnest(CAST(:words AS text[]), CAST(:queries AS text[])) AS w(word, q)
            WHERE a.id = ANY(:ids) AND numnode(to_tsquery('english', w.q)) > 0
              AND a.search @@ to_tsquery('english', w.q)
            """)
        .param("words", words)
        .param("queries", queries)
        .param("ids", ids.toArray(UUID[]::new))
        .query(
            (rs, row) ->
                matched
                    .computeIfAbsent(rs.getObject("id", UUID.class), k -> new ArrayList<>())
                    .add(rs.getString("word")))
        .list();
    return matched;
  }
}
