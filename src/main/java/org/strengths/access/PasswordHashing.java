package org.strengths.access;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How staff passwords are hashed (docs/adr/0080): bcrypt at cost {@value #BCRYPT_COST}, stored with
 * its {@code {bcrypt}} prefix so another scheme can follow without a reset. A hash made with a
 * weaker setting (a lower bcrypt cost, or PBKDF2) still signs in and is replaced by a new hash at
 * that sign-in ({@link StaffAccounts#updatePassword}). A hash in a form it does not know never
 * matches (the sign-in fails; no error page).
 *
 * <p>At most {@code permits} hashes are worked out at once (one per processor by default), the rest
 * wait their turn in order. When a whole office signs in at 9 am, a hundred hashes computed at once
 * would share the processors with every page being served and every database connection being used,
 * so all of them would finish late and connections would run out; taken in turn, each takes its
 * 60-odd milliseconds of processor time and everything else keeps going.
 */
final class PasswordHashing implements PasswordEncoder {

  /** The cost OWASP's Password Storage Cheat Sheet gives as the minimum for bcrypt. */
  static final int BCRYPT_COST = 10;

  private final PasswordEncoder encoder;
  private final Semaphore turns;
  private final AtomicLong hashes = new AtomicLong();
  private final CountDownLatch warm = new CountDownLatch(1);

  PasswordHashing(int permits) {
    DelegatingPasswordEncoder delegating =
        new DelegatingPasswordEncoder(
            "bcrypt",
            Map.of(
                "bcrypt",
                new BCryptPasswordEncoder(BCRYPT_COST),
                "pbkdf2@SpringSecurity_v5_8",
                Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    delegating.setDefaultPasswordEncoderForMatches(new NeverMatches());
    this.encoder = delegating;
    this.turns = new Semaphore(Math.max(1, permits), true);
  }

  @Override
  public String encode(CharSequence rawPassword) {
    return inTurn(() -> encoder.encode(rawPassword));
  }

  /**
   * Gets hashing ready before the first member of staff signs in. First {@code firstSignIn}: a
   * sign-in with an unknown username, which makes Spring Security hash the made-up password it
   * checks unknown usernames against (so that they take as long as known ones). It does that once,
   * at its first sign-in; until that hash is done, every sign-in that arrives hashes it too, so a
   * storm straight after a start cost two hashes per sign-in (measured: docs/adr/0080). Then a
   * made-up password is checked a few times, so that the JIT compiler has compiled bcrypt: just
   * after a start its queue is long and bcrypt runs interpreted, about 40 times slower.
   */
  void warmUp(Runnable firstSignIn, int checks) {
    try {
      firstSignIn.run();
      String hash = encode("warm-up " + System.nanoTime());
      for (int i = 0; i < checks; i++) {
        inTurn(() -> encoder.matches("not the password", hash));
      }
    } finally {
      warm.countDown();
    }
  }

  /** Waits until {@link #warmUp} has finished; whether it has. */
  boolean awaitWarmUp(Duration atMost) throws InterruptedException {
    return warm.await(atMost.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** How many hashes have been worked out (made or checked) since the start. */
  long hashesWorkedOut() {
    return hashes.get();
  }

  @Override
  public boolean matches(CharSequence rawPassword, String encodedPassword) {
    return inTurn(() -> encoder.matches(rawPassword, encodedPassword));
  }

  @Override
  public boolean upgradeEncoding(String encodedPassword) {
    return encoder.upgradeEncoding(encodedPassword);
  }

  private <T> T inTurn(java.util.function.Supplier<T> hashing) {
    try {
      turns.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to check a password", e);
    }
    try {
      hashes.incrementAndGet();
      return hashing.get();
    } finally {
      turns.release();
    }
  }

  /** For stored hashes without a known {@code {id}} prefix: they never match. */
  private static final class NeverMatches implements PasswordEncoder {
    @Override
    public String encode(CharSequence rawPassword) {
      throw new UnsupportedOperationException("Only for matching");
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
      return false;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
      return true;
    }
  }
}
