package org.strengths.portal;

import java.util.Optional;
import java.util.UUID;

/**
 * The rules of the thread between a person and the staff working with them (docs/adr/0162): a
 * message has words, no more than {@link #LIMIT} characters of them (a line ending, however the
 * browser sent it, counts as one); and who is told by Notify that a new message is waiting. A
 * message is never edited or deleted once sent.
 */
final class MessageRules {

  /** The longest message, in characters. */
  static final int LIMIT = 2000;

  private MessageRules() {}

  /** The message to send, or the message key of what is wrong with it. */
  record Checked(Optional<String> text, String problem) {
    static Checked ok(String text) {
      return new Checked(Optional.of(text), null);
    }

    static Checked refused(String problem) {
      return new Checked(Optional.empty(), problem);
    }
  }

  /** Checks a message as typed; what is kept is the text with its line endings made one kind. */
  static Checked check(String typed) {
    String text = typed == null ? "" : typed.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (text.isEmpty()) {
      return Checked.refused("messages.text.missing");
    }
    if (text.codePointCount(0, text.length()) > LIMIT) {
      return Checked.refused("messages.text.tooLong");
    }
    return Checked.ok(text);
  }

  /**
   * Where a member of staff is told of a new message from a person: their username when it is an
   * email address (staff accounts hold no other address). Empty means the worker's "My work" is the
   * only place it shows.
   */
  static Optional<String> staffEmail(String username) {
    return ContactAddress.read(username)
        .filter(address -> address.channel() == OutboxMessage.Channel.EMAIL)
        .map(ContactAddress::value);
  }

  /**
   * Whether the other side is told of a new message: only when it is the first they have not read
   * yet, so five messages in a row bring one email or text, not five, until they read the thread.
   *
   * @param unreadBefore how many earlier messages from the same side the other side has not read
   */
  static boolean notify(int unreadBefore) {
    return unreadBefore == 0;
  }

  /** Which side wrote a message. */
  enum Side {
    PERSON,
    STAFF
  }

  /**
   * Who has read a message (docs/adr/0175): the person, one representative acting for them (each
   * their own), or the staff side (any practitioner working with the person). A reader reads the
   * other side's messages only.
   *
   * @param representativeId the representative's id, for a representative only
   */
  record Reader(Kind kind, UUID representativeId) {

    /** The kinds of reader, as kept with a read mark. */
    enum Kind {
      PERSON,
      REPRESENTATIVE,
      STAFF
    }

    static final Reader PERSON = new Reader(Kind.PERSON, null);
    static final Reader STAFF = new Reader(Kind.STAFF, null);

    Reader {
      if ((kind == Kind.REPRESENTATIVE) != (representativeId != null)) {
        throw new IllegalArgumentException("A representative reader, and only one, has an id");
      }
    }

    static Reader representative(UUID representativeId) {
      return new Reader(Kind.REPRESENTATIVE, representativeId);
    }

    /** The side this reader is on: the person's (themselves or a representative) or staff. */
    Side side() {
      return kind == Kind.STAFF ? Side.STAFF : Side.PERSON;
    }

    /** The side whose messages this reader reads. */
    Side reads() {
      return kind == Kind.STAFF ? Side.PERSON : Side.STAFF;
    }
  }
}
