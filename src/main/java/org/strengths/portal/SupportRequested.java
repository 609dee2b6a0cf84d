package org.strengths.portal;

/**
 * Someone asked for support online ("Ask for support") and was given a reference: what an
 * acknowledgement needs, and no more. The person's details stay in the request.
 *
 * @param reference what the confirmation page showed, such as {@code ASK-7K3M-9QPD}
 * @param firstName the first name of whoever asked, to greet them by
 * @param email where to acknowledge by email, or null
 * @param phone where to acknowledge by text message, or null
 */
public record SupportRequested(String reference, String firstName, String email, String phone) {}
