package io.hallyu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hallyu.Engine;
import io.hallyu.http.HttpServer;
import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page at {@code /}, driven in a real headless Chromium against the real server over the
 * bundled sample corpus. Expected numbers come from the server's own API, so these tests check
 * that the page shows what the server answers, not a particular corpus.
 *
 * <p>Needs Debian's {@code chromium} and {@code chromium-driver} (and {@code fonts-nanum} for
 * readable Hangul in the screenshots). Without them the tests are skipped, except under
 * {@code CI=true}, where they fail.
 */
class SearchPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(15);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path indexDir;

  private static Javalin app;
  private static String base;
  private static ChromeDriver driver;
  private static WebDriverWait wait;
  private static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startServerAndBrowser() throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertTrue(installed, "CI needs " + CHROMIUM + " and " + CHROMEDRIVER
          + " (apt-get install chromium chromium-driver fonts-nanum)");
    } else {
      assumeTrue(installed, "chromium and chromium-driver are not installed: skipping browser tests");
    }

    Engine engine = Engine.open(indexDir);
    engine.indexSample();
    app = HttpServer.create(engine).start(0); // the server closes the engine when it stops
    base = "http://localhost:" + app.port() + "/";

    // Never let Selenium Manager look for (or download) a browser or driver.
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1280,900", "--lang=ko-KR");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko,en-US,en"));
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, WAIT);
    wait.ignoring(StaleElementReferenceException.class); // the page rebuilds lists on every answer
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.stop();
    }
  }

  @BeforeEach
  void freshPage() {
    driver.get(base);
    js("localStorage.clear()");
    driver.get(base);
    waitForAnswer();
  }

  @Test
  void typing_a_half_built_syllable_suggests_the_artist_and_choosing_it_filters() throws IOException {
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("아이ㅇ"); // how a Korean keyboard has 아이유 on screen one key before the end

    waitForOpenSuggestions(q, "아이ㅇ");
    assertTrue(options().get(0).getText().contains("아이유"),
        "the first suggestion for 아이ㅇ should be 아이유 (GET /api/suggest): " + options().get(0).getText());
    assertEquals("listbox", driver.findElement(By.id("suggestions")).getAttribute("role"));
    assertTrue(options().get(0).getText().contains("IU"), "the artist's other name is shown");

    q.sendKeys(Keys.ARROW_DOWN);
    assertEquals(options().get(0).getAttribute("id"), q.getAttribute("aria-activedescendant"));
    assertEquals("true", options().get(0).getAttribute("aria-selected"));
    q.sendKeys(Keys.ENTER);

    wait.until(d -> params().getOrDefault("artist", List.of()).contains("IU"));
    waitForTotal(apiTotal("artist=IU"));
    assertTrue(facetBox("artist", "IU").isSelected());
    assertTrue(driver.findElement(By.id("suggestions")).getAttribute("hidden") != null,
        "the list closes after a choice");
    for (WebElement hit : hits()) {
      assertFalse(hit.findElements(By.cssSelector(".chip[data-artist='IU']")).isEmpty(),
          "every hit is tagged IU: " + hit.getText());
    }

    // The half-typed 아이ㅇ was never a search of its own: Back skips it.
    driver.navigate().back();
    wait.until(d -> params().isEmpty());
    waitForTotal(apiTotal(""));

    // Escape works in two steps, as in the ARIA combobox pattern: on an open list it closes the
    // list and keeps the text; on a closed one the search field's own Escape clears the text. So
    // the first Escape must reach an open list: wait for it to be open (the closed list keeps no
    // options, and aria-expanded is what a screen reader goes by).
    WebElement box = driver.findElement(By.id("q"));
    box.sendKeys("아이ㅇ");
    waitForOpenSuggestions(box, "아이ㅇ");
    box.sendKeys(Keys.ESCAPE);
    wait.until(d -> driver.findElement(By.id("suggestions")).getAttribute("hidden") != null);
    assertEquals("false", box.getAttribute("aria-expanded"));
    assertEquals("아이ㅇ", box.getAttribute("value"), "Escape closes the list and keeps the text");
    assertTrue(options().isEmpty(), "a closed list keeps no options");

    // The words are still searched (debounced); by the time that answer is on screen, nothing
    // has reopened the list the user closed.
    wait.until(d -> "아이ㅇ".equals(first(params(), "q")));
    waitForTotal(apiTotal("q=아이ㅇ"));
    assertEquals("false", box.getAttribute("aria-expanded"), "Escape stays closed");
    assertEquals("아이ㅇ", box.getAttribute("value"));

    box.sendKeys(Keys.ESCAPE);
    wait.until(d -> box.getAttribute("value").isEmpty()); // the second Escape clears the box
  }

  @Test
  void ticking_an_artist_facet_narrows_results_and_back_restores_them() throws IOException {
    driver.findElement(By.id("q")).sendKeys("아이유");
    // Results follow the typing, no Enter needed.
    wait.until(d -> "아이유".equals(first(params(), "q")));
    long all = apiTotal("q=아이유");
    waitForTotal(all);
    List<String> before = hitIds();
    Map<String, Integer> langsBefore = facetCounts("lang");
    assertEquals(Math.min(all, 10), before.size());

    facetBox("artist", "V").click();

    wait.until(d -> List.of("V").equals(params().get("artist")));
    long narrowed = apiTotal("q=아이유&artist=V");
    waitForTotal(narrowed);
    assertTrue(narrowed > 0 && narrowed < all, "V narrows the IU results: " + narrowed + " of " + all);
    assertEquals("아이유", first(params(), "q"), "the words stay in the URL");
    assertTrue(facetBox("artist", "V").isSelected());
    for (WebElement hit : hits()) {
      assertFalse(hit.findElements(By.cssSelector(".chip[data-artist='V']")).isEmpty(),
          "every hit is tagged V: " + hit.getText());
    }
    Map<String, Integer> langsAfter = facetCounts("lang");
    assertEquals(apiFacetCounts("q=아이유&artist=V", "lang"), langsAfter);
    assertNotEquals(langsBefore, langsAfter, "the other facets recount");
    assertTrue(hits().get(0).findElement(By.cssSelector(".hit-snippet mark")).isDisplayed(),
        "snippets show highlighted matches");
    screenshot("search-page.png");

    driver.navigate().back();

    wait.until(d -> !params().containsKey("artist"));
    waitForTotal(all);
    wait.until(d -> hitIds().equals(before));
    assertFalse(facetBox("artist", "V").isSelected());
    assertEquals("아이유", driver.findElement(By.id("q")).getAttribute("value"));
  }

  @Test
  void clicking_a_histogram_bar_filters_to_its_period_and_clear_removes_it() throws IOException {
    WebElement bar = driver.findElement(By.cssSelector("#histogram .bar:not([disabled])"));
    if (bar.getAttribute("data-bucket").length() == 4) {
      // Years on a long span: a year opens into its twelve months.
      String year = bar.getAttribute("data-bucket");
      clickBar(bar);
      wait.until(d -> barStarts().size() == 12 && barStarts().stream().allMatch(f -> f.startsWith(year)));
      bar = driver.findElement(By.cssSelector("#histogram .bar:not([disabled])"));
    }
    clickBar(bar);
    wait.until(d -> !driver.findElements(By.cssSelector("#histogram .bar[aria-pressed='true']")).isEmpty());

    driver.findElement(By.id("clear-dates")).click();
    wait.until(d -> !params().containsKey("from") && !params().containsKey("to"));
    waitForTotal(apiTotal(""));
  }

  private static void clickBar(WebElement bar) throws IOException {
    String from = bar.getAttribute("data-from");
    String to = bar.getAttribute("data-to");
    bar.click();
    wait.until(d -> from.equals(first(params(), "from")) && to.equals(first(params(), "to")));
    waitForTotal(apiTotal("from=" + from + "&to=" + to));
  }

  private static List<String> barStarts() {
    return driver.findElements(By.cssSelector("#histogram .bar")).stream()
        .map(b -> b.getAttribute("data-from")).toList();
  }

  @Test
  void clicking_an_artist_chip_on_a_hit_filters_by_that_artist() throws IOException {
    WebElement chip = driver.findElement(By.cssSelector("#results .hit .chip[data-artist]"));
    String artist = chip.getAttribute("data-artist");
    chip.click();

    wait.until(d -> List.of(artist).equals(params().get("artist")));
    waitForTotal(apiTotal("artist=" + enc(artist)));
    assertTrue(facetBox("artist", artist).isSelected());
  }

  @Test
  void pages_and_sort_live_in_the_url() throws IOException {
    List<String> firstPage = hitIds();
    driver.findElement(By.cssSelector("#pager a[data-page='2']")).click();
    wait.until(d -> "2".equals(first(params(), "page")));
    List<String> secondPage = apiIds("page=2");
    assertNotEquals(firstPage, secondPage);
    wait.until(d -> hitIds().equals(secondPage));
    assertEquals("page", driver.findElement(By.cssSelector("#pager [aria-current]"))
        .getAttribute("aria-current"));

    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort")))
        .selectByValue("oldest");
    wait.until(d -> "oldest".equals(first(params(), "sort")) && !params().containsKey("page"));
    String oldest = api("sort=oldest&size=1").path("hits").path(0).path("id").asText();
    wait.until(d -> !hitIds().isEmpty() && hitIds().get(0).equals(oldest));

    // Back re-renders from the URL at once: while the answer is still on its way the select must
    // not show the order of the search before Back ('oldest'). Hold the answer to look at that.
    holdSearches();
    driver.navigate().back();
    wait.until(d -> "2".equals(first(params(), "page")) && !params().containsKey("sort"));
    wait.until(d -> "true".equals(driver.findElement(By.id("results")).getAttribute("aria-busy")));
    assertEquals("newest", driver.findElement(By.id("sort")).getAttribute("value"),
        "without words the server sorts newest first, and the select says so before the answer");
    releaseSearches();
    wait.until(d -> hitIds().equals(secondPage)
        && "false".equals(driver.findElement(By.id("results")).getAttribute("aria-busy")));
    assertEquals("newest", driver.findElement(By.id("sort")).getAttribute("value"),
        "without words the server sorts newest first, and the select says so");
  }

  @Test
  void a_title_opens_the_article_and_back_closes_it() {
    WebElement link = driver.findElement(By.cssSelector("#results .hit .hit-title a"));
    String title = link.getText();
    link.click();

    WebElement dialog = driver.findElement(By.id("article"));
    wait.until(d -> dialog.getAttribute("open") != null
        && title.equals(dialog.findElement(By.id("article-title")).getText()));
    assertTrue(params().containsKey("doc"));
    assertFalse(dialog.findElement(By.cssSelector(".article-body")).getText().isBlank());

    driver.navigate().back();
    wait.until(d -> dialog.getAttribute("open") == null && !params().containsKey("doc"));
  }

  @Test
  void no_results_offers_a_way_out() {
    driver.get(base + "?q=" + enc("zqxjvw") + "&lang=en");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    assertEquals("0", driver.findElement(By.id("total")).getAttribute("data-total"));
    assertTrue(driver.findElement(By.id("empty")).getText().contains("zqxjvw"));

    driver.findElement(By.cssSelector("#empty [data-remove='all']")).click();
    wait.until(d -> !params().containsKey("lang") && "zqxjvw".equals(first(params(), "q")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("empty")));
    assertTrue(driver.findElements(By.cssSelector("#empty [data-remove='all']")).isEmpty(),
        "nothing left to clear");
  }

  @Test
  void a_rejected_parameter_and_an_unreachable_server_show_the_error_state() throws IOException {
    driver.get(base + "?q=x&from=2024-13-45");
    WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
    assertTrue(error.getText().contains("from"), error.getText());
    assertEquals("request", error.getAttribute("data-kind"));

    driver.get(base);
    waitForAnswer();
    driver.setNetworkConditions(offline());
    try {
      driver.findElement(By.id("q")).sendKeys("아이유");
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
      assertEquals("network", driver.findElement(By.id("error")).getAttribute("data-kind"));
    } catch (RuntimeException | AssertionError e) {
      driver.deleteNetworkConditions();
      throw e;
    }

    driver.deleteNetworkConditions();
    driver.findElement(By.cssSelector("#error [data-action='retry']")).click();
    waitForTotal(apiTotal("q=아이유"));
    assertFalse(driver.findElement(By.id("error")).isDisplayed());
  }

  @Test
  void on_a_phone_the_filters_fold_above_the_results_and_nothing_scrolls_sideways() {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true));
    try {
      driver.get(base + "?q=" + enc("아이유"));
      waitForAnswer();
      assertEquals(360L, js("return window.innerWidth"));
      assertTrue((Long) js("return document.documentElement.scrollWidth") <= 360,
          "no horizontal scrolling at 360 px");
      WebElement filters = driver.findElement(By.id("filters"));
      assertEquals(null, filters.getAttribute("open"), "filters start folded");
      assertTrue(filters.getLocation().getY() < driver.findElement(By.id("results")).getLocation().getY());
      screenshot("search-page-phone.png");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  // ------------------------------------------------------------------ helpers

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  /**
   * Holds the page's {@code /api/search} requests until {@link #releaseSearches()}, to look at
   * the page between a change and its answer without racing the server. A page load undoes it.
   */
  private static void holdSearches() {
    js("""
        const real = window.fetch;
        window.__realFetch = real;
        window.__held = [];
        window.fetch = (input, init) => String(input).startsWith('/api/search')
          ? new Promise((resolve, reject) =>
              window.__held.push(() => real.call(window, input, init).then(resolve, reject)))
          : real.call(window, input, init);
        """);
  }

  private static void releaseSearches() {
    js("window.fetch = window.__realFetch; window.__held.splice(0).forEach(go => go());");
  }

  private static void waitForAnswer() {
    wait.until(d -> js("return document.body.dataset.view || ''") instanceof String v
        && !v.isEmpty() && !"true".equals(driver.findElement(By.id("results")).getAttribute("aria-busy")));
  }

  private static void waitForTotal(long expected) {
    wait.until(d -> String.valueOf(expected)
        .equals(driver.findElement(By.id("total")).getAttribute("data-total")));
  }

  /**
   * Waits until the suggestion list is open with the answer for all of {@code text}, so no
   * answer for a shorter prefix can still arrive and rebuild it under the next key.
   */
  private static void waitForOpenSuggestions(WebElement box, String text) {
    new WebDriverWait(driver, WAIT)
        .withMessage("an open suggestion list for " + text + " (GET /api/suggest)")
        .ignoring(StaleElementReferenceException.class)
        .until(d -> "true".equals(box.getAttribute("aria-expanded"))
            && text.equals(driver.findElement(By.id("suggestions")).getAttribute("data-query"))
            && !options().isEmpty());
  }

  private static List<WebElement> options() {
    return driver.findElements(By.cssSelector("#suggestions li[role=option]"));
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results .hit"));
  }

  /** Read in one script call, so a re-render cannot happen halfway through. */
  @SuppressWarnings("unchecked")
  private static List<String> hitIds() {
    return (List<String>) js("return [...document.querySelectorAll('#results .hit')].map(h => h.dataset.id)");
  }

  private static WebElement facetBox(String facet, String value) {
    return driver.findElement(By.cssSelector(
        "[data-facet=\"" + facet + "\"] input[type=checkbox][value=\"" + value + "\"]"));
  }

  /** Facet value to the count the page shows (digits only, so number formatting does not matter). */
  @SuppressWarnings("unchecked")
  private static Map<String, Integer> facetCounts(String facet) {
    List<List<String>> rows = (List<List<String>>) js("return [...document.querySelectorAll("
        + "'[data-facet=\"" + facet + "\"] li.facet-value')].map(li => "
        + "[li.querySelector('input').value, li.querySelector('.facet-count').textContent])");
    Map<String, Integer> counts = new TreeMap<>();
    for (List<String> row : rows) {
      counts.put(row.get(0), Integer.parseInt(row.get(1).replaceAll("\\D", "")));
    }
    return counts;
  }

  /** The page's query parameters, decoded. */
  private static Map<String, List<String>> params() {
    String query = URI.create(driver.getCurrentUrl()).getRawQuery();
    Map<String, List<String>> params = new TreeMap<>();
    if (query == null || query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      params.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(value);
    }
    return params;
  }

  private static String first(Map<String, List<String>> params, String key) {
    List<String> values = params.get(key);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Asks the server directly; {@code query} is raw query text with Hangul left unencoded. */
  private static JsonNode api(String query) throws IOException {
    StringBuilder encoded = new StringBuilder();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      encoded.append(encoded.length() == 0 ? "" : "&")
          .append(pair, 0, eq + 1)
          .append(enc(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)));
    }
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/search?" + encoded)).build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode(), response.body());
      return JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static List<String> apiIds(String query) throws IOException {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode hit : api(query).path("hits")) {
      ids.add(hit.path("id").asText());
    }
    return ids;
  }

  private static long apiTotal(String query) throws IOException {
    return api(query).path("total").asLong();
  }

  private static Map<String, Integer> apiFacetCounts(String query, String facet) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (JsonNode v : api(query).path("facets").path(facet)) {
      counts.put(v.path("value").asText(), v.path("count").asInt());
    }
    return counts;
  }

  private static ChromiumNetworkConditions offline() {
    ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
    conditions.setOffline(true);
    return conditions;
  }

  private static void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File shot = driver.getScreenshotAs(OutputType.FILE);
      Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
