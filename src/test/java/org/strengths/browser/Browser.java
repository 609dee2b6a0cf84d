package org.strengths.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * Headless Debian Chromium driven by Selenium. Every page a journey visits is scanned with axe-core
 * against the WCAG 2.2 AA tags; a single violation fails the test.
 */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private final WebDriver driver;
  private final String baseUrl;

  private Browser(WebDriver driver, String baseUrl) {
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /** Starts Chromium; skips the test where it is absent, except on CI, where that is a failure. */
  static Browser open(int port) {
    boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!present) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "CI=true but Chromium/ChromeDriver are missing: .ci/run must install them");
      }
      Assumptions.abort(
          "Browser tests skipped: install Debian's chromium and chromium-driver to run them");
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
    return new Browser(driver, "http://localhost:" + port);
  }

  /** Opens a path and checks the page it lands on. */
  Browser visit(String path) {
    driver.get(baseUrl + path);
    return checkAccessible();
  }

  /**
   * Scans the current page with axe-core, failing listing every WCAG 2.2 AA violation, and checks
   * its text has no doubled apostrophe (a message without arguments written with {@code ''}).
   */
  Browser checkAccessible() {
    Object text =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return document.title + '\\n' + document.body.textContent");
    assertThat(String.valueOf(text))
        .as("a doubled apostrophe on %s", driver.getCurrentUrl())
        .doesNotContain("''");
    Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe-core violations on %s:%n%s",
            driver.getCurrentUrl(),
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
    return this;
  }

  /** Checks the page reflows at 320 CSS pixels wide (WCAG 1.4.10) without sideways scrolling. */
  Browser fitsOnANarrowScreen() {
    var window = driver.manage().window();
    var wide = window.getSize();
    window.setSize(new org.openqa.selenium.Dimension(320 + chromeFrame(), wide.getHeight()));
    Object overflow =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    window.setSize(wide);
    assertThat(((Number) overflow).intValue())
        .as("sideways scrolling at 320px on %s", driver.getCurrentUrl())
        .isLessThanOrEqualTo(0);
    return this;
  }

  private int chromeFrame() {
    Object frame =
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return window.outerWidth - window.innerWidth");
    return ((Number) frame).intValue();
  }

  Browser type(String id, String text) {
    WebElement field = driver.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /** Follows the link or presses the button with this id, then checks the page it lands on. */
  Browser follow(String id) {
    WebElement link = driver.findElement(By.id(id));
    return navigateBy(link::click);
  }

  /** Clicks the element found, then checks the page it leads to. */
  Browser click(By by) {
    WebElement target = driver.findElement(by);
    return navigateBy(target::click);
  }

  /**
   * Clicks and waits for the next page: a click returns before the browser has left the old page,
   * and scanning a page while it unloads fails.
   */
  private Browser navigateBy(Runnable click) {
    return arriveAfter(click).checkAccessible();
  }

  /**
   * Presses the link or button with this visible text to go to a page that is not ours (an identity
   * provider's sign-in page), which is not scanned: its accessibility is the provider's. Every page
   * of ours the journey comes back to is scanned as usual.
   */
  Browser leaveBy(String text) {
    WebElement target =
        driver.findElement(
            By.xpath(
                "//button[normalize-space()="
                    + xpathLiteral(text)
                    + "] | //a[normalize-space()="
                    + xpathLiteral(text)
                    + "]"));
    return arriveAfter(target::click);
  }

  /** Types into the field with this name (for a page of someone else's whose fields have no id). */
  Browser fill(String name, String text) {
    WebElement field = driver.findElement(By.name(name));
    field.clear();
    field.sendKeys(text);
    return this;
  }

  /**
   * Moves the focus with the Tab key alone until it reaches the element with this id, as someone
   * using only a keyboard does (where the focus already is counts).
   */
  Browser tabTo(String id) {
    for (int i = 0; i < 150; i++) {
      if (id.equals(driver.switchTo().activeElement().getAttribute("id"))) {
        return this;
      }
      new Actions(driver).sendKeys(Keys.TAB).perform();
    }
    throw new AssertionError("The Tab key never reached #" + id + " on " + url());
  }

  /** Types these keys wherever the focus is. */
  Browser keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** Presses Enter where the focus is (a link or a button), then checks the page it leads to. */
  Browser pressEnter() {
    return navigateBy(() -> new Actions(driver).sendKeys(Keys.ENTER).perform());
  }

  /** The full address of the page the browser is on. */
  String url() {
    return driver.getCurrentUrl();
  }

  private Browser arriveAfter(Runnable click) {
    WebElement oldPage = driver.findElement(By.tagName("html"));
    click.run();
    var wait = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15));
    wait.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(oldPage));
    wait.until(
        d ->
            "complete"
                .equals(
                    ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
    return this;
  }

  /** Chooses the option with this value in a select box. */
  Browser choose(String id, String value) {
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    return this;
  }

  /** Ticks a radio button or checkbox. */
  Browser tick(String id) {
    WebElement box = driver.findElement(By.id(id));
    if (!box.isSelected()) {
      driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
    }
    return this;
  }

  /** Chooses the radio button with this name and value. */
  Browser pick(String name, String value) {
    String id =
        driver
            .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
            .getAttribute("id");
    return tick(id);
  }

  /** Waits for script on the page to put text into the element, up to five seconds. */
  String awaitText(String id) {
    return new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(5))
        .until(
            d -> {
              String text = d.findElement(By.id(id)).getText();
              return text.isBlank() ? null : text;
            });
  }

  String textOf(String id) {
    return driver.findElement(By.id(id)).getText();
  }

  /** Presses the button or link with this visible text, then checks the page it lands on. */
  Browser press(String text) {
    String literal = xpathLiteral(text);
    WebElement target =
        driver.findElement(
            By.xpath(
                "//button[normalize-space()="
                    + literal
                    + "] | //input[@type='submit' and @value="
                    + literal
                    + "] | //a[normalize-space()="
                    + literal
                    + "]"));
    return navigateBy(target::click);
  }

  /** Quotes text for XPath 1.0, which has no escape for a quote inside a string. */
  private static String xpathLiteral(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }

  Browser signIn(String username, String password) {
    visit("/sign-in");
    type("username", username).type("password", password);
    return press("Sign in");
  }

  Browser signOut() {
    return press("Sign out");
  }

  /** Drops the session cookie, as if the session had expired on the server. */
  Browser expireSession() {
    driver.manage().deleteCookieNamed("JSESSIONID");
    return this;
  }

  Cookie cookie(String name) {
    return driver.manage().getCookieNamed(name);
  }

  String heading() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  String title() {
    return driver.getTitle();
  }

  String path() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  String valueOf(String id) {
    return driver.findElement(By.id(id)).getAttribute("value");
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  WebDriver driver() {
    return driver;
  }

  @Override
  public void close() {
    driver.quit();
  }
}
