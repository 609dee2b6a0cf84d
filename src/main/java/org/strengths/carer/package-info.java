/**
 * Carers (s.10): who cares for a person, the carer's assessment in the carer's own words, and the
 * carer's eligibility under the Care and Support (Eligibility Criteria) Regulations 2014, reg. 3.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {
      "access",
      "conversation",
      "insight",
      "languagecoach",
      "person",
      "platform"
    })
package org.strengths.carer;
