package org.strengths.planning;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.strengths.platform.Display;
import org.strengths.platform.Money;
import org.strengths.platform.Words;

/** Words, dates and money for the planning pages, from the planning message bundle. */
@Component("planText")
class PlanText extends Words {

  PlanText(MessageSource messages, Display display) {
    super(messages, display);
  }

  public String money(Money money) {
    return money == null ? "" : money.formatted();
  }
}
