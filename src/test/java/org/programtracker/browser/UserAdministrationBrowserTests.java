package org.programtracker.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.security.internal.AppUserRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator creates a user in a real browser; the new user signs in with the
 * temporary password and must choose their own first. Leaves screenshots (Vietnamese) in
 * {@code target/screenshots}; removes the user it created.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UserAdministrationBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String NEW_USER = "ketoan.lele";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeTheNewUser() {
		this.users.findByUsername(NEW_USER).ifPresent(this.users::delete);
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldCreateAUserWhoMustChooseTheirOwnPasswordAtFirstSignIn() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");

		this.browser.clickAndWait(By.linkText("Quản trị"));
		this.browser.clickAndWait(By.linkText("Người dùng"));
		assertThat(this.browser.path()).isEqualTo("/admin/users");
		assertThat(this.browser.text()).contains("viewer", "Ban Chỉ đạo huyện", "Cơ quan thường trực chương trình");
		this.browser.screenshot(SCREENSHOTS.resolve("users-vi.png"));

		this.browser.clickAndWait(By.linkText("Thêm người dùng"));
		this.browser.find(By.id("username")).sendKeys("x");
		new Select(this.browser.find(By.id("role"))).selectByValue("EDITOR");
		this.browser.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
		assertThat(this.browser.text()).contains("Tên đăng nhập gồm 3 đến 50 ký tự", "Vui lòng nhập họ tên.",
				"Vai trò này cần một đơn vị.");
		assertThat(this.browser.find(By.id("username")).getAttribute("value")).isEqualTo("x");
		this.browser.screenshot(SCREENSHOTS.resolve("user-form-errors-vi.png"));

		this.browser.find(By.id("username")).clear();
		this.browser.find(By.id("username")).sendKeys(NEW_USER);
		this.browser.find(By.id("displayName")).sendKeys("Kế toán xã Lê Lợi");
		new Select(this.browser.find(By.id("orgUnit"))).selectByValue("LE_LOI");
		this.browser.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
		assertThat(this.browser.text()).contains("Đã tạo người dùng ketoan.lele.", "phải đổi mật khẩu");
		String temporary = this.browser.find(By.cssSelector("code.secret")).getText();
		assertThat(this.browser.driver().findElements(By.id("username"))).as("the username is fixed once created")
			.isEmpty();
		this.browser.driver().manage().window().setSize(new Dimension(1366, 1500));
		this.browser.screenshot(SCREENSHOTS.resolve("user-created-vi.png"));
		this.browser.driver().manage().window().setSize(new Dimension(1366, 900));

		this.browser.signOut();
		this.browser.signIn(NEW_USER, temporary);
		this.browser.waiting().until(driver -> this.browser.path().equals("/account/password"));
		this.browser.go("/progress");
		assertThat(this.browser.path()).isEqualTo("/account/password");
		this.browser.find(By.id("currentPassword")).sendKeys(temporary);
		this.browser.find(By.id("newPassword")).sendKeys("password1234");
		this.browser.find(By.id("confirmation")).sendKeys("password1234");
		this.browser.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
		this.browser.waiting().until(driver -> this.browser.text().contains("Mật khẩu này quá phổ biến"));
		this.browser.screenshot(SCREENSHOTS.resolve("password-vi.png"));

		this.browser.find(By.id("currentPassword")).sendKeys(temporary);
		this.browser.find(By.id("newPassword")).sendKeys("lúa nương Lê Lợi 2024");
		this.browser.find(By.id("confirmation")).sendKeys("lúa nương Lê Lợi 2024");
		this.browser.clickAndWait(By.cssSelector("form.stack button[type=submit]"));
		// hashing the new password takes a moment on a busy machine: wait for the next
		// page
		this.browser.waiting().until(driver -> this.browser.path().equals("/progress"));
		assertThat(this.browser.text()).contains("Đã đổi mật khẩu.", "Xã Lê Lợi");
		this.browser.screenshot(SCREENSHOTS.resolve("password-changed-vi.png"));
	}

	@Test
	void shouldShowAFriendlyPageWhenTheRoleMayNotOpenAPage() {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");

		this.browser.go("/admin/users");

		assertThat(this.browser.text()).contains("403", "Bạn không có quyền xem hoặc thay đổi nội dung này.")
			.doesNotContain("Người dùng (");
		this.browser.screenshot(SCREENSHOTS.resolve("forbidden-vi.png"));
	}

	@Test
	void shouldTellALockedOutUserToWait() {
		this.browser.open(this.port);
		for (int i = 0; i < 5; i++) {
			this.browser.signIn("viewer", "wrong-" + i);
		}
		this.browser.signIn("viewer", "demo");

		assertThat(this.browser.path()).isEqualTo("/login");
		assertThat(this.browser.text()).contains("Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.");
		this.browser.screenshot(SCREENSHOTS.resolve("login-locked-vi.png"));
	}

}
