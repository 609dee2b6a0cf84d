/**
 * Shared kernel: embedded PostgreSQL, clock, page layout and error pages, reference data (versioned
 * defined lists).
 */
@org.springframework.modulith.ApplicationModule(
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.strengths.platform;
