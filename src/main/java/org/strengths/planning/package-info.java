/**
 * Planning: personal outcomes in the person's words, the care and support plan (s.25), who does
 * what, the personal budget (s.26), service lines for the national return, reviews (s.27) and
 * outcome measures (Goal Attainment Scaling, ONS4). The rules live in plain Java classes so that
 * statutory timescales and money are tested without Spring.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "access",
      "community",
      "conversation",
      "insight",
      "network",
      "person",
      "platform"
    })
package org.strengths.planning;
