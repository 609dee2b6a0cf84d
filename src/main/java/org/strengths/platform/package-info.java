/**
 * Shared kernel: embedded PostgreSQL, clock, page layout and error pages, reference data (versioned
 * defined lists), money ({@link org.strengths.platform.Money}), dates and times as pages write them
 * ({@link org.strengths.platform.Display}, {@link org.strengths.platform.Words}) and the web kit in
 * {@code platform.web}: form errors, date input, not-found, problem+json, ids in the address and
 * CSV ({@link org.strengths.platform.web.Csv}); and the server-drawn bar chart of published figures
 * in {@code platform.chart}. Modules build on these rather than keeping copies.
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.strengths.platform;
