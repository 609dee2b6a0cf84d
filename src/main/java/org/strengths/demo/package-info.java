/**
 * The fictional demo council: on the first start with demo data enabled, its teams, staff, people,
 * community directory, networks, and people at every stage of their journey (conversations, needs
 * assessments and eligibility, plans and budgets, reviews, connections, carers' assessments,
 * break-glass, supervision, requests made online, invitations to people's own pages), recorded
 * through each module's own public API so that their rules, audit, chronology and events apply.
 * Generated the same every time from a fixed seed, dated over the two years before the start.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "platform",
      "access",
      "person",
      "community",
      "network",
      "conversation",
      "assessment",
      "carer",
      "connection",
      "planning",
      "practice",
      "portal"
    })
package org.strengths.demo;
