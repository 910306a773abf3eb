package io.github.imagekitspring.samples.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.github.imagekitspring.ImageKitOperations;
import io.github.imagekitspring.upload.UploadRequest;
import io.github.imagekitspring.upload.UploadSource;
import io.github.imagekitspring.upload.UploadedFile;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The page in a real headless Chromium: upload through the file input straight to the (emulated) upload API, see the
 * image listed, search for it, tag it and delete it; and files uploaded, tagged and deleted through the API, not the
 * page, show up live (webhooks from the embedded emulator, server-sent events to the page). Uses the system's Chromium and ChromeDriver and downloads
 * nothing; without them the test is skipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "imagekit.private-key=", "spring.application.name=gallery-browser-test" })
class GalleryBrowserTests {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

	private static final Duration TIMEOUT = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	ImageKitOperations imageKit;

	@TempDir
	Path temp;

	WebDriver browser;

	WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		// An assumption per test, not per class, so that the skip and its reason show in the test report.
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser test skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
						+ "); install them with apt-get install chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1200,1000", "--user-data-dir=" + this.temp.resolve("profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
		// The page redraws its list when a webhook says a file changed, so an element may go stale while waiting.
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(20));
		this.wait.ignoring(StaleElementReferenceException.class);
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void uploadListSearchTagAndDelete() throws IOException {
		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until((driver) -> cards().size() == DemoImages.ALL.size());
		assertThat(text("#account")).startsWith("Embedded ImageKit emulator");

		Path picture = this.temp.resolve("browser-upload.png");
		Files.write(picture, DemoImages.ALL.get(2).png(320, 240));
		this.browser.findElement(By.id("file")).sendKeys(picture.toString());
		this.browser.findElement(By.id("upload")).click();
		this.wait.until((driver) -> text("#status").startsWith("Uploaded browser-upload"));
		assertThat(text("#status")).matches("Uploaded browser-upload\\S*\\.png · request id [0-9a-f-]{36}");
		assertThat(cards()).hasSize(DemoImages.ALL.size() + 1);
		assertThat(name(cards().get(0))).startsWith("browser-upload");
		this.wait.until((driver) -> cards().stream().allMatch(GalleryBrowserTests::thumbnailLoaded));
		assertThat(cards()).as("thumbnails rendered at 300 x 300 by the emulator").allSatisfy((shown) -> {
			WebElement thumbnail = shown.findElement(By.cssSelector(".thumb"));
			assertThat(thumbnail.getDomProperty("naturalWidth")).isEqualTo("300");
			assertThat(thumbnail.getDomProperty("naturalHeight")).isEqualTo("300");
		});
		screenshot("gallery.png");

		search("browser");
		this.wait.until((driver) -> cards().size() == 1);
		WebElement card = cards().get(0);
		assertThat(name(card)).startsWith("browser-upload");
		assertThat(card.findElement(By.cssSelector(".url")).getText()).contains("/ik/gallery/browser-upload");

		card.findElement(By.cssSelector(".tag-input")).sendKeys("mountain, green");
		card.findElement(By.cssSelector(".tag-button")).click();
		this.wait.until((driver) -> text("#status").startsWith("Tagged"));
		assertThat(cards().get(0).findElements(By.cssSelector(".tags li")).stream().map(WebElement::getText))
			.containsExactly("mountain", "green");

		cards().get(0).findElement(By.cssSelector(".delete-button")).click();
		this.wait.until((driver) -> text("#status").startsWith("Deleted browser-upload"));
		assertThat(cards()).isEmpty();

		search("");
		this.wait.until((driver) -> cards().size() == DemoImages.ALL.size());
	}

	@Test
	void filesChangedElsewhereShowUpWithoutAReload() {
		this.browser.get("http://localhost:" + this.port + "/");
		this.wait.until((driver) -> cards().size() == DemoImages.ALL.size());
		this.wait.until((driver) -> "true".equals(this.browser.findElement(By.tagName("body")).getDomAttribute("data-live")));
		// Survives only as long as the page is not loaded again.
		((JavascriptExecutor) this.browser).executeScript("window.sameDocument = true;");

		UploadedFile uploaded = (UploadedFile) this.imageKit.uploads()
			.upload(UploadSource.of(DemoImages.ALL.get(1).png(200, 150)),
					UploadRequest.builder("from-elsewhere.png").folder("/gallery").build())
			.block(TIMEOUT);
		this.wait.until((driver) -> cards().size() == DemoImages.ALL.size() + 1
				&& cards().stream().map(GalleryBrowserTests::name).anyMatch((name) -> name.startsWith("from-elsewhere")));

		this.imageKit.files().addTags(List.of(uploaded.fileId()), List.of("live")).block(TIMEOUT);
		this.wait.until((driver) -> tagsOf(uploaded.fileId()).contains("live"));

		this.imageKit.files().delete(uploaded.fileId()).block(TIMEOUT);
		this.wait.until((driver) -> cards().size() == DemoImages.ALL.size());
		assertThat(((JavascriptExecutor) this.browser).executeScript("return window.sameDocument === true;")).isEqualTo(true);
	}

	private List<String> tagsOf(String fileId) {
		return this.browser.findElements(By.cssSelector("#gallery .card[data-file-id='" + fileId + "'] .tags li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void search(String text) {
		WebElement box = this.browser.findElement(By.id("search"));
		box.clear();
		box.sendKeys(text);
		box.submit();
		this.wait.until(ExpectedConditions.textMatches(By.id("status"),
				Pattern.compile(text.isEmpty() ? "^\\d+ images? · " : "named \"" + text + "…\"")));
	}

	private List<WebElement> cards() {
		return this.browser.findElements(By.cssSelector("#gallery .card"));
	}

	private String text(String css) {
		return this.browser.findElement(By.cssSelector(css)).getText();
	}

	private static String name(WebElement card) {
		return card.findElement(By.cssSelector(".name")).getText();
	}

	private static boolean thumbnailLoaded(WebElement card) {
		WebElement image = card.findElement(By.cssSelector(".thumb"));
		return "true".equals(image.getDomProperty("complete")) && !"0".equals(image.getDomProperty("naturalWidth"));
	}

	private void screenshot(String name) throws IOException {
		Path target = Paths.get("target", name);
		Files.createDirectories(target.getParent());
		Path shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
	}

}
