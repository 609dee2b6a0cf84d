package org.strengths.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

class PasswordHashingTest {

  private final PasswordHashing hashing = new PasswordHashing(2);

  @Test
  void newPasswordsAreHashedWithBcryptAtCostTen() {
    String hash = hashing.encode("correct horse battery");

    assertThat(hash).startsWith("{bcrypt}$2a$10$");
    assertThat(hashing.matches("correct horse battery", hash)).isTrue();
    assertThat(hashing.matches("wrong horse battery", hash)).isFalse();
    assertThat(hashing.upgradeEncoding(hash)).isFalse();
  }

  @Test
  void aHashWithALowerBcryptCostStillSignsInAndIsMarkedForUpgrade() {
    String old = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("correct horse battery");

    assertThat(hashing.matches("correct horse battery", old)).isTrue();
    assertThat(hashing.upgradeEncoding(old)).isTrue();
  }

  @Test
  void aPbkdf2HashStillSignsInAndIsMarkedForUpgrade() {
    String old =
        "{pbkdf2@SpringSecurity_v5_8}"
            + Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()
                .encode("correct horse battery");

    assertThat(hashing.matches("correct horse battery", old)).isTrue();
    assertThat(hashing.upgradeEncoding(old)).isTrue();
  }

  @Test
  void aHashInAnUnknownFormNeverMatchesAndIsNotAnError() {
    assertThat(hashing.matches("not-for-sign-in", "{noop}not-for-sign-in")).isFalse();
    assertThat(hashing.matches("anything", "no prefix at all")).isFalse();
  }

  @Test
  void theWarmUpSignsInFirstThenChecksAPasswordAndSaysWhenItIsDone() throws Exception {
    List<Long> hashesWhenSigningIn = new ArrayList<>();

    hashing.warmUp(() -> hashesWhenSigningIn.add(hashing.hashesWorkedOut()), 3);

    assertThat(hashesWhenSigningIn).containsExactly(0L);
    assertThat(hashing.hashesWorkedOut()).isEqualTo(4); // one made, three checked
    assertThat(hashing.awaitWarmUp(java.time.Duration.ZERO)).isTrue();
  }

  @Test
  void manyPasswordsCheckedAtOnceAllGetTheirAnswer() throws Exception {
    String hash = hashing.encode("correct horse battery");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String typed = i % 2 == 0 ? "correct horse battery" : "wrong " + i;
        answers.add(pool.submit(() -> hashing.matches(typed, hash)));
      }
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo(i % 2 == 0);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
