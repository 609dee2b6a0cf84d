package org.strengths.access;

import java.util.UUID;

/** Who a person is allocated to: a team and, optionally, a named worker in it. */
public record PersonAllocation(UUID personId, UUID teamId, UUID workerId) {}
