/**
 * Statutory vocabulary defined once for every module: the wellbeing areas of the Care Act 2014
 * s.1(2) and the outcomes of the Eligibility Criteria Regulations 2015 reg. 2(2). Their words are
 * in {@code messages/platform.properties} under {@code statute.}.
 */
package org.strengths.platform.statute;
