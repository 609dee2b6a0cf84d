package org.strengths.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The synonym list is kept in memory, but another instance sharing the database may change it: a
 * group added, changed or removed there (here, straight in the table) is used within a second.
 */
@SpringBootTest
@AutoConfigureMockMvc // the same context as CommunityPagesTest, so the suite starts no extra one
@ActiveProfiles("test")
class SynonymsOnSeveralInstancesTest {

  @Autowired Synonyms synonyms;
  @Autowired JdbcClient jdbc;

  @Test
  void usesAGroupAnotherInstanceAddedChangedOrRemovedWithinASecond() throws InterruptedException {
    String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
    assertThat(words(synonyms.all())).noneMatch(words -> words.contains(word));

    UUID id = UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO community_synonym (id, words, updated_at, updated_by)"
                + " VALUES (?, ?, ?, 'another instance')")
        .params(id, word + ", rambling", OffsetDateTime.now())
        .update();
    assertThat(eventually(word + ", rambling")).isTrue();

    jdbc.sql("UPDATE community_synonym SET words = ?, version = version + 1 WHERE id = ?")
        .params(word + ", hiking", id)
        .update();
    assertThat(eventually(word + ", hiking")).isTrue();

    jdbc.sql("DELETE FROM community_synonym WHERE id = ?").param(id).update();
    Thread.sleep(1_100);
    assertThat(words(synonyms.all())).noneMatch(words -> words.contains(word));
  }

  private boolean eventually(String words) throws InterruptedException {
    for (int tries = 0; tries < 30; tries++) {
      if (words(synonyms.all()).contains(words)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  private static List<String> words(List<Synonyms.Group> groups) {
    return groups.stream().map(Synonyms.Group::words).toList();
  }
}
