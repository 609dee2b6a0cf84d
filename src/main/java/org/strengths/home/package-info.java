/**
 * The signed-in home page: "My work" for practitioners (who and what is waiting for them) and the
 * team manager's home (sign-offs, break-glass reviews, allocation, overdue reviews, workload, whose
 * supervision is overdue). It owns no tables: it reads each module through that module's public
 * queries.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "access",
      "person",
      "conversation",
      "assessment",
      "planning",
      "network",
      "connection",
      "practice",
      "portal"
    })
package org.strengths.home;
