package org.strengths.load;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;

/**
 * Signing in with a local password, as a browser does: the page (and its CSRF token), then the
 * form.
 */
final class SignIn {

  /** The CSRF token in a page's form. */
  static final CheckBuilder.CaptureGroupCheckBuilder CSRF_FIELD =
      regex("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private SignIn() {}

  /**
   * Signs in as the session's {@code username}; the POST is timed as {@code requestName}. A sign-in
   * refused or not answered marks the session failed, so the caller can stop there.
   */
  static ChainBuilder chain(String requestName) {
    return exec(http("sign-in page")
            .get("/sign-in")
            .check(status().is(200), CSRF_FIELD.saveAs("csrf")))
        .exec(
            http(requestName)
                .post("/sign-in")
                .formParam("_csrf", "#{csrf}")
                .formParam("username", "#{username}")
                .formParam("password", LoadSettings.PASSWORD)
                .disableFollowRedirect()
                .check(
                    status().is(302),
                    header("Location")
                        .transform(location -> !location.contains("error"))
                        .is(true)));
  }
}
