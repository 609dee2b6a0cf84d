package org.strengths.connection;

/** A message typed into a connection's thread. */
class ReplyForm {

  private String reply;

  public String getReply() {
    return reply;
  }

  public void setReply(String reply) {
    this.reply = reply;
  }
}
