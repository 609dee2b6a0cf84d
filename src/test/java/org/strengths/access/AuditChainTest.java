package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditChainTest {

  private static final UUID PERSON = UUID.randomUUID();
  private static final UUID STAFF = UUID.randomUUID();

  @Test
  void verifiesAnUntouchedChainAsIntact() {
    AuditChain.Verification result = verify(chainOf(5));

    assertThat(result.intact()).isTrue();
    assertThat(result.checked()).isEqualTo(5);
  }

  @Test
  void verifiesAnEmptyLogAsIntact() {
    assertThat(verify(List.of()).intact()).isTrue();
  }

  @Test
  void findsAChangedReasonAtTheChangedEntry() {
    List<AuditChain.Stored> chain = chainOf(5);
    AuditChain.Stored third = chain.get(2);
    AuditChain.Entry e = third.entry();
    chain.set(
        2,
        new AuditChain.Stored(
            new AuditChain.Entry(
                e.seq(),
                e.occurredAt(),
                e.staffId(),
                e.username(),
                e.role(),
                e.personId(),
                e.section(),
                e.action(),
                "a different reason",
                e.detail(),
                e.ipAddress()),
            third.previousHash(),
            third.hash()));

    AuditChain.Verification result = verify(chain);

    assertThat(result.intact()).isFalse();
    assertThat(result.brokenAt()).isEqualTo(3);
  }

  @Test
  void findsAChangedTimeOrPersonOrWho() {
    List<AuditChain.Stored> chain = chainOf(3);
    AuditChain.Entry e = chain.get(1).entry();
    AuditChain.Entry otherPerson =
        new AuditChain.Entry(
            e.seq(),
            e.occurredAt(),
            e.staffId(),
            e.username(),
            e.role(),
            UUID.randomUUID(),
            e.section(),
            e.action(),
            e.reason(),
            e.detail(),
            e.ipAddress());
    AuditChain.Entry otherTime =
        new AuditChain.Entry(
            e.seq(),
            e.occurredAt().plusSeconds(1),
            e.staffId(),
            e.username(),
            e.role(),
            e.personId(),
            e.section(),
            e.action(),
            e.reason(),
            e.detail(),
            e.ipAddress());
    AuditChain.Entry otherWho =
        new AuditChain.Entry(
            e.seq(),
            e.occurredAt(),
            e.staffId(),
            "someone-else",
            e.role(),
            e.personId(),
            e.section(),
            e.action(),
            e.reason(),
            e.detail(),
            e.ipAddress());

    for (AuditChain.Entry changed : List.of(otherPerson, otherTime, otherWho)) {
      List<AuditChain.Stored> tampered = new ArrayList<>(chain);
      tampered.set(
          1, new AuditChain.Stored(changed, chain.get(1).previousHash(), chain.get(1).hash()));
      assertThat(verify(tampered).brokenAt()).isEqualTo(2);
    }
  }

  @Test
  void findsARemovedEntryAtTheOneThatFollowedIt() {
    List<AuditChain.Stored> chain = chainOf(5);
    chain.remove(1);

    AuditChain.Verification result = verify(chain);

    assertThat(result.intact()).isFalse();
    assertThat(result.brokenAt()).isEqualTo(3);
  }

  @Test
  void findsAnEntryRewrittenWithAFreshHashBecauseTheNextNoLongerFollows() {
    List<AuditChain.Stored> chain = chainOf(4);
    AuditChain.Stored second = chain.get(1);
    AuditChain.Entry e = second.entry();
    AuditChain.Entry rewritten =
        new AuditChain.Entry(
            e.seq(),
            e.occurredAt(),
            e.staffId(),
            e.username(),
            e.role(),
            e.personId(),
            e.section(),
            "nothing-to-see",
            e.reason(),
            e.detail(),
            e.ipAddress());
    chain.set(
        1,
        new AuditChain.Stored(
            rewritten, second.previousHash(), AuditChain.hash(second.previousHash(), rewritten)));

    assertThat(verify(chain).brokenAt()).isEqualTo(3);
  }

  @Test
  void findsARemovedFirstEntry() {
    List<AuditChain.Stored> chain = chainOf(3);
    chain.remove(0);

    assertThat(verify(chain).brokenAt()).isEqualTo(2);
  }

  private static AuditChain.Verification verify(List<AuditChain.Stored> chain) {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    chain.forEach(verifier::accept);
    return verifier.result();
  }

  private static List<AuditChain.Stored> chainOf(int length) {
    List<AuditChain.Stored> chain = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditChain.Entry entry =
          new AuditChain.Entry(
              seq,
              Instant.parse("2025-03-12T10:15:30.123456Z").plusSeconds(seq),
              STAFF,
              "practitioner",
              "PRACTITIONER",
              PERSON,
              "record",
              "view",
              seq == 3 ? "Safeguarding concern" : null,
              null,
              "127.0.0.1");
      String hash = AuditChain.hash(previous, entry);
      chain.add(new AuditChain.Stored(entry, previous, hash));
      previous = hash;
    }
    return chain;
  }
}
