package org.strengths.conversation;

import java.math.BigDecimal;
import org.strengths.platform.Money;

/** A small sum of money spent in a crisis, held in pence so that totals are exact. */
public record ConversationSpend(long amountPence, String whatFor) {

  /** The amount in pounds, e.g. 12.50. */
  public BigDecimal amount() {
    return BigDecimal.valueOf(amountPence, 2);
  }

  /** The amount as people read it, e.g. "£12.50". */
  public String formatted() {
    return Money.ofPence(amountPence).formatted();
  }
}
