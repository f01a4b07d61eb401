package org.programtracker.narrative;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimpleFormattingTests {

	private final SimpleFormatting formatting = new SimpleFormatting();

	@Test
	void shouldEscapeEverythingATypistWrites() {
		assertThat(this.formatting.html("<script>alert('x')</script> & <b>co</b>"))
			.isEqualTo("<p>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;</p>");
	}

	@Test
	void shouldMakeBoldAndItalicFromStars() {
		assertThat(this.formatting.html("Giải ngân **trước 30/4** và *kịp thời*"))
			.isEqualTo("<p>Giải ngân <strong>trước 30/4</strong> và <em>kịp thời</em></p>");
	}

	@Test
	void shouldLeaveLoneStarsAndArithmeticAlone() {
		assertThat(this.formatting.html("2 * 3 = 6, a*b*c")).isEqualTo("<p>2 * 3 = 6, a*b*c</p>");
	}

	@Test
	void shouldMakeBulletsParagraphsAndLineBreaks() {
		String text = "Khó khăn:\n- thiếu vốn đối ứng\n- giải phóng mặt bằng chậm\n\nĐoạn hai\ndòng hai";

		assertThat(this.formatting.html(text))
			.isEqualTo("<p>Khó khăn:</p>" + "<ul><li>thiếu vốn đối ứng</li><li>giải phóng mặt bằng chậm</li></ul>"
					+ "<p>Đoạn hai<br/>dòng hai</p>");
	}

	@Test
	void shouldEscapeMarkupHiddenInsideFormatting() {
		assertThat(this.formatting.html("- **<img src=x onerror=alert(1)>**"))
			.isEqualTo("<ul><li><strong>&lt;img src=x onerror=alert(1)&gt;</strong></li></ul>");
	}

	@Test
	void shouldDropTheMarksForPlainText() {
		assertThat(SimpleFormatting.plain("**Gấp**: giải ngân *ngay*")).isEqualTo("Gấp: giải ngân ngay");
	}

	@Test
	void shouldRenderNothingForNoText() {
		assertThat(this.formatting.html(null)).isEmpty();
		assertThat(this.formatting.html("  \n ")).isEmpty();
	}

}
