package org.programtracker.narrative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkupTests {

	private final Markup markup = new Markup();

	@Test
	void shouldEscapeEverythingATypistWrites() {
		assertThat(this.markup.html("<script>alert('x')</script> & <b>co</b>"))
			.isEqualTo("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</p>\n");
	}

	@Test
	void shouldMakeBoldAndItalicFromStars() {
		assertThat(this.markup.html("Giải ngân **trước 30/4** và *kịp thời*"))
			.isEqualTo("<p>Giải ngân <strong>trước 30/4</strong> và <em>kịp thời</em></p>\n");
	}

	@Test
	void shouldNestBoldInsideItalicWhenThreeStarsOpenAndClose() {
		assertThat(this.markup.html("***gấp*** và **rất *gấp***"))
			.isEqualTo("<p><em><strong>gấp</strong></em> và <strong>rất <em>gấp</em></strong></p>\n");
	}

	@Test
	void shouldLeaveLoneStarsAndArithmeticAlone() {
		assertThat(this.markup.html("2 * 3 = 6, a*b*c, x**2**")).isEqualTo("<p>2 * 3 = 6, a*b*c, x**2**</p>\n");
	}

	@Test
	void shouldMakeBulletsParagraphsAndLineBreaks() {
		String text = "Khó khăn:\n- thiếu vốn đối ứng\n- giải phóng mặt bằng chậm\n\nĐoạn hai\ndòng hai";

		assertThat(this.markup.html(text)).isEqualTo(
				"<p>Khó khăn:</p>\n" + "<ul>\n<li>thiếu vốn đối ứng</li>\n<li>giải phóng mặt bằng chậm</li>\n</ul>\n"
						+ "<p>Đoạn hai<br/>dòng hai</p>\n");
	}

	@Test
	void shouldTakeTheBulletsOfAWordProcessorAndNumbers() {
		assertThat(this.markup.html("Việc:\r\n• một\r\n•\thai\r\n\r\n1. ba\r\n2. bốn")).isEqualTo("<p>Việc:</p>\n"
				+ "<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n" + "<ol>\n<li>ba</li>\n<li>bốn</li>\n</ol>\n");
	}

	@Test
	void shouldEscapeMarkupHiddenInsideFormatting() {
		assertThat(this.markup.html("- **<img src=x onerror=alert(1)>**"))
			.isEqualTo("<ul>\n<li><strong>&lt;img src=x onerror=alert(1)&gt;</strong></li>\n</ul>\n");
	}

	@Test
	void shouldShowHeadingsQuotesCodeLinksAndImagesAsTyped() {
		String text = """
				# Tiêu đề
				> trích dẫn

				    thụt lề
				```
				mã
				```
				[liên kết](javascript:alert(1)) ![ảnh](http://x/y.png) <http://x> `mã`
				Tiêu đề
				---
				""";

		assertThat(this.markup.html(text)).isEqualTo("<p># Tiêu đề<br/>&gt; trích dẫn</p>\n"
				+ "<p>thụt lề<br/>```<br/>mã<br/>```<br/>[liên kết](javascript:alert(1)) ![ảnh](http://x/y.png) "
				+ "&lt;http://x&gt; `mã`<br/>Tiêu đề<br/>---</p>\n");
	}

	@Test
	void shouldDropTheMarksForPlainText() {
		assertThat(Markup.plain("**Gấp**: giải ngân *ngay*, ***rất gấp***")).isEqualTo("Gấp: giải ngân ngay, rất gấp");
	}

	@Test
	void shouldKeepEverythingElseOfPlainTextAsTyped() {
		String text = "Khó khăn:\r\n• **thiếu**\r\n  vốn\r\n- [chậm](http://x) 2 * 3, a*b*c\r\n\r\nĐoạn *hai*\r\ndòng hai\r\n";

		assertThat(Markup.plain(text))
			.isEqualTo("Khó khăn:\n• thiếu\n  vốn\n- [chậm](http://x) 2 * 3, a*b*c\n\nĐoạn hai\ndòng hai");
	}

	@Test
	void shouldRenderNothingForNoText() {
		assertThat(this.markup.html(null)).isEmpty();
		assertThat(this.markup.html("  \n ")).isEmpty();
		assertThat(Markup.plain(null)).isEmpty();
	}

}
