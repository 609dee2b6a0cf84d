package org.strengths.community;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Taxonomies and their terms, which classify assets (and filter searches). */
@Repository
class Taxonomies {

  record TaxonomyRow(UUID id, String name, String description, String uri, String version) {}

  private static final String TERM_SELECT =
      """
      SELECT t.id, t.code, t.name, coalesce(t.description, t.name) AS description, t.parent_id,
             x.name AS taxonomy, t.taxonomy_id, t.term_uri
      FROM community_taxonomy_term t LEFT JOIN community_taxonomy x ON x.id = t.taxonomy_id
      """;

  private final JdbcClient jdbc;

  Taxonomies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long countTaxonomies() {
    return jdbc.sql("SELECT count(*) FROM community_taxonomy").query(Long.class).single();
  }

  List<TaxonomyRow> taxonomies(int page, int size) {
    return jdbc.sql(
            "SELECT id, name, description, uri, version FROM community_taxonomy"
                + " ORDER BY name, id LIMIT ? OFFSET ?")
        .params(size, (long) (page - 1) * size)
        .query(TaxonomyRow.class)
        .list();
  }

  Optional<TaxonomyRow> taxonomy(UUID id) {
    return jdbc.sql(
            "SELECT id, name, description, uri, version FROM community_taxonomy WHERE id = ?")
        .param(id)
        .query(TaxonomyRow.class)
        .optional();
  }

  long countTerms() {
    return jdbc.sql("SELECT count(*) FROM community_taxonomy_term").query(Long.class).single();
  }

  List<Oruk.TaxonomyTerm> terms(int page, int size) {
    return jdbc.sql(TERM_SELECT + " ORDER BY t.name, t.id LIMIT ? OFFSET ?")
        .params(size, (long) (page - 1) * size)
        .query(Oruk.TaxonomyTerm.class)
        .list();
  }

  List<Oruk.TaxonomyTerm> termsOf(UUID taxonomyId) {
    return jdbc.sql(TERM_SELECT + " WHERE t.taxonomy_id = ? ORDER BY t.name, t.id")
        .param(taxonomyId)
        .query(Oruk.TaxonomyTerm.class)
        .list();
  }

  Optional<Oruk.TaxonomyTerm> term(UUID id) {
    return jdbc.sql(TERM_SELECT + " WHERE t.id = ?")
        .param(id)
        .query(Oruk.TaxonomyTerm.class)
        .optional();
  }

  /** Every term, by taxonomy then name, for the filter on the search page. */
  List<Oruk.TaxonomyTerm> allTerms() {
    return jdbc.sql(TERM_SELECT + " ORDER BY x.name NULLS LAST, t.name, t.id")
        .query(Oruk.TaxonomyTerm.class)
        .list();
  }
}
