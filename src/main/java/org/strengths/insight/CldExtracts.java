package org.strengths.insight;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strengths.access.AuditLog;
import org.strengths.person.CldPerson;
import org.strengths.person.ClientLevelDataPeople;
import org.strengths.platform.web.Csv;

/**
 * The CLD quarterly extract: every module's events through the one path ({@link CldEventSource}),
 * kept to those the Release 1 rules put in the period, each with its person, written as CSV while
 * it is read. The file is never held in memory: events are taken a batch at a time, and the
 * checksum is computed as the bytes go out. Each extract made is kept (period, who, when, rows,
 * SHA-256) and audited.
 */
@Service
class CldExtracts {

  /** How many events wait for their people's details at once. */
  static final int BATCH = 500;

  /** A kept extract. */
  record Extract(
      UUID id,
      LocalDate from,
      LocalDate to,
      String madeBy,
      Instant madeAt,
      long rows,
      String sha256) {}

  private final List<CldEventSource> sources;
  private final ClientLevelDataPeople people;
  private final JdbcClient jdbc;
  private final TransactionTemplate reading;
  private final TransactionTemplate writing;
  private final AuditLog audit;
  private final Clock clock;
  private final InsightProperties properties;

  CldExtracts(
      List<CldEventSource> sources,
      ClientLevelDataPeople people,
      JdbcClient jdbc,
      PlatformTransactionManager transactions,
      AuditLog audit,
      Clock clock,
      InsightProperties properties) {
    this.sources = List.copyOf(sources);
    this.people = people;
    this.jdbc = jdbc;
    this.reading = new TransactionTemplate(transactions);
    this.reading.setReadOnly(true);
    this.writing = new TransactionTemplate(transactions);
    this.audit = audit;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Passes every event of the period that Release 1 includes, with its person as they stood at the
   * end of the period, to {@code each}; in one read-only transaction so that the sources can
   * stream.
   */
  void forEachEvent(LocalDate from, LocalDate to, BiConsumer<CldEvent, CldPerson> each) {
    forEachCandidate(
        from,
        to,
        (event, person) -> {
          if (ReleaseOne.includes(event, from, to)) {
            each.accept(event, person);
          }
        },
        from);
  }

  /**
   * As {@link #forEachEvent} but with every event the sources offer from {@code lookBackFrom} on,
   * before the Release 1 rules are applied (the checks need earlier assessments).
   */
  void forEachCandidate(
      LocalDate from, LocalDate to, BiConsumer<CldEvent, CldPerson> each, LocalDate lookBackFrom) {
    read(to, lookBackFrom, event -> true, null, each);
  }

  /**
   * For reading a period's events once into memory (the national measures): every event the sources
   * offer from {@code lookBackFrom} on that {@code keep} accepts, with its person as they stood at
   * {@code to}. Each person is looked up once and remembered for the read, so the people (fewer
   * than the events) are held while it lasts; the extract does not remember them, so its memory
   * stays flat.
   */
  void forEachKept(
      LocalDate to,
      LocalDate lookBackFrom,
      Predicate<CldEvent> keep,
      BiConsumer<CldEvent, CldPerson> each) {
    read(to, lookBackFrom, keep, new HashMap<>(), each);
  }

  /** {@code known}: the people looked up so far, or null to look each batch's people up afresh. */
  private void read(
      LocalDate to,
      LocalDate lookBackFrom,
      Predicate<CldEvent> keep,
      Map<UUID, CldPerson> known,
      BiConsumer<CldEvent, CldPerson> each) {
    reading.executeWithoutResult(
        status -> {
          List<CldEvent> batch = new ArrayList<>(BATCH);
          for (CldEventSource source : sources) {
            source.events(
                lookBackFrom,
                to,
                event -> {
                  if (keep.test(event)) {
                    batch.add(event);
                    if (batch.size() == BATCH) {
                      flush(batch, to, known, each);
                    }
                  }
                });
          }
          flush(batch, to, known, each);
        });
  }

  private void flush(
      List<CldEvent> batch,
      LocalDate to,
      Map<UUID, CldPerson> known,
      BiConsumer<CldEvent, CldPerson> each) {
    if (batch.isEmpty()) {
      return;
    }
    Map<UUID, CldPerson> found =
        people.on(
            batch.stream()
                .map(CldEvent::personId)
                .filter(id -> known == null || !known.containsKey(id))
                .toList(),
            to);
    if (known != null) {
      batch.forEach(event -> known.putIfAbsent(event.personId(), found.get(event.personId())));
    }
    for (CldEvent event : batch) {
      UUID id = event.personId();
      each.accept(event, known == null ? found.get(id) : known.get(id));
    }
    batch.clear();
  }

  /**
   * Writes the extract for the period to {@code out} (left open), keeps a record of it and audits
   * it.
   */
  Extract write(LocalDate from, LocalDate to, OutputStream out, String madeBy) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    ExtractLayout.Submission submission =
        new ExtractLayout.Submission(properties.laCode(), properties.laName(), from, to);
    long[] rows = {0};
    DigestOutputStream digesting = new DigestOutputStream(nonClosing(out), sha256);
    try (Writer writer =
        new BufferedWriter(new OutputStreamWriter(digesting, StandardCharsets.UTF_8))) {
      writer.write(Csv.line(ExtractLayout.HEADER));
      forEachEvent(
          from,
          to,
          (event, person) -> {
            try {
              writer.write(Csv.line(ExtractLayout.row(submission, event, person)));
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Extract extract =
        new Extract(
            UUID.randomUUID(),
            from,
            to,
            madeBy,
            clock.instant(),
            rows[0],
            HexFormat.of().formatHex(sha256.digest()));
    writing.executeWithoutResult(status -> keep(extract));
    return extract;
  }

  private void keep(Extract extract) {
    jdbc.sql(
            """
            INSERT INTO insight_cld_extract (id, period_from, period_to, made_by, made_at, row_count,
              sha256)
            VALUES (:id, :from, :to, :by, :at, :rows, :sha)
            """)
        .param("id", extract.id())
        .param("from", extract.from())
        .param("to", extract.to())
        .param("by", extract.madeBy())
        .param("at", OffsetDateTime.ofInstant(extract.madeAt(), ZoneOffset.UTC))
        .param("rows", extract.rows())
        .param("sha", extract.sha256())
        .update();
    audit.record(
        null,
        "cld-extract",
        "export",
        null,
        extract.from() + " to " + extract.to() + ", " + extract.rows() + " rows, " + extract.id());
  }

  /** The extracts made, the latest first. */
  List<Extract> kept(int limit) {
    return jdbc.sql(
            """
            SELECT id, period_from, period_to, made_by, made_at, row_count, sha256
            FROM insight_cld_extract ORDER BY made_at DESC, id LIMIT :limit
            """)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Extract(
                    rs.getObject("id", UUID.class),
                    rs.getObject("period_from", LocalDate.class),
                    rs.getObject("period_to", LocalDate.class),
                    rs.getString("made_by"),
                    rs.getObject("made_at", OffsetDateTime.class).toInstant(),
                    rs.getLong("row_count"),
                    rs.getString("sha256")))
        .list();
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        out.flush();
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    };
  }
}
