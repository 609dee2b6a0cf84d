/**
 * The Care Act needs assessment (s.9) built from the conversations, the eligibility determination
 * against the national criteria with its manager sign-off and letter, and the Client Level Data
 * events and data-quality checks derived from them.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"access", "conversation", "insight", "person", "platform"})
package org.strengths.assessment;
