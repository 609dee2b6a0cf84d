/**
 * Running the service: counts what the other modules announce (their published events) into the
 * platform's {@link org.strengths.platform.PracticeMetrics}, scraped by Prometheus.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"conversation", "platform"})
package org.strengths.operations;
