package org.strengths.community;

import java.util.List;
import org.springframework.stereotype.Component;
import org.strengths.platform.PersonRecordPart;

/** The community module's page in a person's record: ideas for connections. */
@Component
class CommunityRecordPart implements PersonRecordPart {

  @Override
  public List<Entry> navigation() {
    return List.of(
        new Entry("ideas-link", "community.ideas.recordLink", "ideas-for-connections", 50));
  }
}
