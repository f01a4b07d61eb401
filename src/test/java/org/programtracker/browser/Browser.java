package org.programtracker.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Debian's headless Chromium driven through its own chromedriver: no browser or driver is
 * downloaded. Register it with {@code @RegisterExtension}: when a test fails it leaves a
 * screenshot and the page source under {@code target/browser-failures}.
 */
public final class Browser implements AfterEachCallback {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path FAILURES = Path.of("target", "browser-failures");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String name;

	private ChromeDriver driver;

	private String baseUrl;

	public Browser() {
		this("");
	}

	/**
	 * A browser named in its failure screenshots, for a test that drives two.
	 */
	public Browser(String name) {
		this.name = name;
	}

	public Browser open(int port) {
		return open(port, "vi", 1366, 900);
	}

	/**
	 * A browser whose own language (its menus, its Accept-Language, its date fields) is
	 * {@code language}, with a window of that size.
	 */
	public Browser open(int port, String language, int width, int height) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: "
					+ "apt-get install chromium chromium-driver (see README)");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=" + width + "," + height, "--lang=" + language);
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		this.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		this.baseUrl = "http://localhost:" + port;
		return this;
	}

	public void go(String path) {
		this.driver.get(this.baseUrl + path);
		awaitLoaded();
	}

	/**
	 * Waits for the page's load event. Chromium's driver 150 can answer a navigation
	 * while the document is still loading or interactive, before its style sheets and
	 * deferred scripts have run (on a phone the tables would then be measured before they
	 * reflow into cards).
	 */
	public void awaitLoaded() {
		waiting().ignoring(WebDriverException.class)
			.until((driver) -> "complete"
				.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	public WebElement find(By by) {
		return this.driver.findElement(by);
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public String path() {
		return java.net.URI.create(this.driver.getCurrentUrl()).getPath();
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	public WebDriver driver() {
		return this.driver;
	}

	/**
	 * Signs out and waits for the sign-in page, so that the next sign-in does not post a
	 * form of the session being ended.
	 */
	public void signOut() {
		find(By.cssSelector("form.signout button")).click();
		waiting().until(driver -> path().equals("/login"));
	}

	/**
	 * Clicks a button that loads another page and waits until the old page is gone, so
	 * that what is looked for next is not found on the page being left. While the old
	 * page is torn down, Chromium's driver may answer for its button not only "stale" but
	 * also "node does not belong to the document": either means the page is gone.
	 */
	public void clickAndWait(By button) {
		WebElement element = find(button);
		element.click();
		waiting().until((driver) -> {
			try {
				element.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		awaitLoaded();
	}

	/**
	 * Signs in and waits for the page that answers, so that a sign-in that follows at
	 * once does not cut this one's post short (the lockout count would then miss an
	 * attempt).
	 */
	public void signIn(String username, String password) {
		go("/login");
		find(By.id("username")).sendKeys(username);
		find(By.id("password")).sendKeys(password);
		clickAndWait(By.cssSelector("form.stack button[type=submit]"));
	}

	/**
	 * What is wider than the window or than its scrolling table frame, each as "element:
	 * content width > visible width", so that a page that only fits by scrolling sideways
	 * is caught at the window's width.
	 */
	@SuppressWarnings("unchecked")
	public List<String> horizontalOverflow() {
		return (List<String>) this.driver.executeScript("""
				const wide = [];
				const page = document.documentElement;
				if (page.scrollWidth > page.clientWidth) {
				  wide.push('page: ' + page.scrollWidth + ' > ' + page.clientWidth);
				}
				document.querySelectorAll('.table-wrap').forEach((frame) => {
				  // a table behind a closed disclosure is not shown, so it cannot be too wide
				  if (frame.checkVisibility() && frame.scrollWidth > frame.clientWidth + 1) {
				    const table = frame.querySelector('table');
				    wide.push('table.' + (table ? table.className.replace(/ /g, '.') : '?') + ': '
				        + frame.scrollWidth + ' > ' + frame.clientWidth);
				  }
				});
				return wide;
				""");
	}

	/**
	 * Text boxes that overlap one another, each pair as "«text» × «text»": digits run
	 * into the next cell, a label drawn over a figure. Text in a bar that sticks to the
	 * window (it stands over the page by design), hidden text and text for screen readers
	 * only are left out.
	 */
	@SuppressWarnings("unchecked")
	public List<String> overlappingText() {
		return (List<String>) this.driver.executeScript(
				"""
								const boxes = [];
								const pinned = new Map();
								const isPinned = (element) => {
								  if (!element || element === document.body) return false;
								  if (pinned.has(element)) return pinned.get(element);
								  const position = getComputedStyle(element).position;
								  const answer = position === 'sticky' || position === 'fixed' || isPinned(element.parentElement);
								  pinned.set(element, answer);
								  return answer;
								};
								const clipped = new Map();
						const isClipped = (element) => {
						  if (!element || element === document.body) return false;
						  if (clipped.has(element)) return clipped.get(element);
						  const style = getComputedStyle(element);
						  const answer = (style.position === 'absolute' && style.clip !== 'auto') || isClipped(element.parentElement);
						  clipped.set(element, answer);
						  return answer;
						};
						const frames = new Map();
						// the part of the window an element's content shows through its scrolling or clipping frames
						const frameOf = (element) => {
						  if (!element || element === document.body) return { left: -1e9, top: -1e9, right: 1e9, bottom: 1e9 };
						  if (frames.has(element)) return frames.get(element);
						  const outer = frameOf(element.parentElement);
						  const style = getComputedStyle(element);
						  let frame = outer;
						  if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
						    const box = element.getBoundingClientRect();
						    frame = { left: Math.max(outer.left, box.left), top: Math.max(outer.top, box.top),
						              right: Math.min(outer.right, box.right), bottom: Math.min(outer.bottom, box.bottom) };
						  }
						  frames.set(element, frame);
						  return frame;
						};
						const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
								let node;
								while ((node = walker.nextNode())) {
								  const text = node.textContent.trim();
								  const element = node.parentElement;
								  if (!text || !element || element.closest('.visually-hidden, .skip-link, script, style, noscript, option, [hidden]')) continue;
								  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || isPinned(element)
						      || isClipped(element)) continue;
								  const range = document.createRange();
								  range.selectNodeContents(node);
								  const frame = frameOf(element);
								  for (const box of range.getClientRects()) {
								    const r = { left: Math.max(box.left, frame.left), top: Math.max(box.top, frame.top),
								                right: Math.min(box.right, frame.right), bottom: Math.min(box.bottom, frame.bottom) };
								    if (r.right - r.left > 1 && r.bottom - r.top > 1) boxes.push({ r, node, text: text.slice(0, 40) });
								  }
								}
								const found = [];
								boxes.sort((a, b) => a.r.top - b.r.top);
								for (let i = 0; i < boxes.length && found.length < 20; i++) {
								  const a = boxes[i];
								  for (let j = i + 1; j < boxes.length && boxes[j].r.top < a.r.bottom; j++) {
								    const b = boxes[j];
								    if (a.node === b.node) continue;
								    const wide = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
								    const high = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
								    if (wide > 2 && high > 2) found.push('«' + a.text + '» × «' + b.text + '»');
								  }
								}
								return found;
								""");
	}

	/**
	 * Gives the page exactly this viewport (a phone's, a projector's), whatever the
	 * window around it.
	 */
	public void viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 700));
	}

	/**
	 * Runs axe-core (from its webjar, injected through the driver, so nothing is fetched)
	 * on the page and answers its serious and critical violations, each as "rule:
	 * elements: help".
	 */
	public List<String> seriousAccessibilityViolations() {
		this.driver.executeScript(axeScript());
		Object found = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { resultTypes: ['violations'] })
				  .then(result => done(JSON.stringify(result.violations
				    .filter(v => v.impact === 'serious' || v.impact === 'critical')
				    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ') + ': ' + v.help))))
				  .catch(error => done(JSON.stringify(['axe-core failed: ' + error])));
				""");
		return List.of(JSON.readValue(found.toString(), String[].class));
	}

	private static String axeScript() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:META-INF/resources/webjars/axe-core/*/axe.min.js");
			if (scripts.length == 0) {
				throw new IllegalStateException("axe-core is not on the test classpath");
			}
			return scripts[0].getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Saves what the browser shows, for a README or a closer look.
	 */
	public Path screenshot(Path file) {
		try {
			Files.createDirectories(file.getParent());
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		if (this.driver == null) {
			return;
		}
		try {
			if (context.getExecutionException().isPresent()) {
				String name = context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_") + this.name;
				screenshot(FAILURES.resolve(name + ".png"));
				Files.writeString(FAILURES.resolve(name + ".html"), this.driver.getPageSource(),
						StandardCharsets.UTF_8);
			}
		}
		finally {
			this.driver.quit();
			this.driver = null;
		}
	}

}
