package org.strengths;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules own their tables: no module's SQL names a table another module owns. Published read-only
 * views (named in {@link #PUBLISHED}) are the one way to read another module's rows in SQL;
 * anything else goes through the owning module's API or an event.
 */
class ModuleTablesTest {

  private static final Path SOURCES = Path.of("src/main/java/org/strengths");
  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** Which module owns a table, by its name's prefix (longest prefix wins). */
  private static final Map<String, String> OWNER_BY_PREFIX =
      Map.ofEntries(
          Map.entry("access_", "access"),
          Map.entry("audit_entry", "access"),
          Map.entry("person", "person"),
          Map.entry("conversation", "conversation"),
          Map.entry("language_", "languagecoach"),
          Map.entry("assessment", "assessment"),
          Map.entry("eligibility_", "assessment"),
          Map.entry("cld_event", "assessment"),
          Map.entry("carer_", "carer"),
          Map.entry("network_", "network"),
          Map.entry("community_", "community"),
          Map.entry("connection", "connection"),
          Map.entry("planning_", "planning"),
          Map.entry("insight_", "insight"),
          Map.entry("practice_", "practice"),
          Map.entry("portal_", "portal"),
          Map.entry("ref_list_value", "platform"),
          Map.entry("platform_", "platform"));

  /** Read-only views a module publishes for the others to join (a published read model). */
  private static final Set<String> PUBLISHED =
      Set.of(
          "person_directory",
          "person_flow",
          "conversation_flow",
          "person_handover_flow",
          "conversation_stage_labels",
          "planning_flow_plan",
          "conversation_quality",
          "conversation_practitioner_words",
          "conversation_quality_strength",
          "planning_quality_plan",
          "planning_quality_builds_on",
          "assessment_quality",
          "community_gap_flow",
          "community_asset_kind",
          "connection_use");

  private static final Pattern CREATED =
      Pattern.compile(
          "create\\s+(?:table|(?:or\\s+replace\\s+)?view)\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RENAMED =
      Pattern.compile(
          "alter\\s+table\\s+(\\w+)\\s+rename\\s+to\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern STRING_OR_TEXT_BLOCK =
      Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
  private static final Pattern TABLE_REFERENCE =
      Pattern.compile(
          "\\b(?:from|join|into|update|table)\\s+(?:only\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);

  @Test
  void everyTableHasAnOwningModule() {
    assertThat(tables()).allSatisfy(table -> assertThat(owner(table)).isNotNull());
  }

  @Test
  void noModulesSqlNamesATableAnotherModuleOwns() {
    Set<String> tables = tables();
    List<String> trespasses = new ArrayList<>();
    for (Path file : javaFiles()) {
      String module = SOURCES.relativize(file).getName(0).toString();
      for (String table : tablesNamedIn(read(file), tables)) {
        String owner = owner(table);
        if (!owner.equals(module) && !PUBLISHED.contains(table)) {
          trespasses.add(
              SOURCES.relativize(file) + " names " + table + " (owned by " + owner + ")");
        }
      }
    }
    assertThat(trespasses).isEmpty();
  }

  @Test
  void findsATableNamedInATextBlockButNotInAComment() {
    String source =
        """
        // rows from person records
        String sql = \"""
            SELECT * FROM planning_plan pl JOIN person p ON p.id = pl.person_id
            \""";
        """;
    assertThat(tablesNamedIn(source, Set.of("person", "planning_plan")))
        .containsExactly("person", "planning_plan");
    assertThat(tablesNamedIn("// read from person", Set.of("person"))).isEmpty();
  }

  private static Set<String> tablesNamedIn(String source, Set<String> tables) {
    Set<String> named = new TreeSet<>();
    Matcher literal = STRING_OR_TEXT_BLOCK.matcher(source);
    while (literal.find()) {
      String sql = literal.group(1) != null ? literal.group(1) : literal.group(2);
      Matcher reference = TABLE_REFERENCE.matcher(sql);
      while (reference.find()) {
        String name = reference.group(1).toLowerCase();
        if (tables.contains(name)) {
          named.add(name);
        }
      }
    }
    return named;
  }

  private static String owner(String table) {
    return OWNER_BY_PREFIX.entrySet().stream()
        .filter(entry -> table.startsWith(entry.getKey()))
        .max((a, b) -> Integer.compare(a.getKey().length(), b.getKey().length()))
        .map(Map.Entry::getValue)
        .orElse(null);
  }

  /** The tables the migrations leave behind: created, then renamed where a later one says so. */
  private static Set<String> tables() {
    Set<String> tables = new TreeSet<>();
    Map<String, String> renamed = new HashMap<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      files.forEach(
          file -> {
            String sql = read(file);
            Matcher created = CREATED.matcher(sql);
            while (created.find()) {
              tables.add(created.group(1).toLowerCase());
            }
            Matcher rename = RENAMED.matcher(sql);
            while (rename.find()) {
              renamed.put(rename.group(1).toLowerCase(), rename.group(2).toLowerCase());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    renamed.forEach(
        (from, to) -> {
          tables.remove(from);
          tables.add(to);
        });
    return tables;
  }

  private static List<Path> javaFiles() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> SOURCES.relativize(file).getNameCount() > 1)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
