package org.programtracker.report;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's font carries every letter of Vietnamese, in each of its four faces: every
 * vowel with each of the five tone marks, upper and lower case, and đ/Đ, as the
 * precomposed characters (TCVN 6909:2001, Unicode) that pages and the PDF hold.
 */
class ReportFontTests {

	private static final String VOWELS = "aăâeêioôơuưy";

	/**
	 * Grave, acute, hook above, tilde and dot below.
	 */
	private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

	@ParameterizedTest
	@ValueSource(strings = { "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
			"LiberationSerif-BoldItalic.ttf" })
	void shouldCarryEveryVietnameseLetter(String file) throws IOException {
		try (InputStream input = new ClassPathResource("fonts/" + file).getInputStream()) {
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(input));
			CmapLookup cmap = font.getUnicodeCmapLookup();
			List<String> letters = vietnameseLetters();

			assertThat(letters).hasSize(2 * (VOWELS.length() * 6 + 1 + 17));
			assertThat(letters).allSatisfy(letter -> assertThat(cmap.getGlyphId(letter.codePointAt(0)))
				.as("%s (U+%04X) in %s", letter, letter.codePointAt(0), file)
				.isPositive());
			font.close();
		}
	}

	private static List<String> vietnameseLetters() {
		List<String> letters = new ArrayList<>();
		for (char vowel : VOWELS.toCharArray()) {
			letters.add(String.valueOf(vowel));
			for (char tone : TONES.toCharArray()) {
				letters.add(Normalizer.normalize(String.valueOf(vowel) + tone, Normalizer.Form.NFC));
			}
		}
		letters.add("đ");
		for (char consonant : "bcdghklmnpqrstvx".toCharArray()) {
			letters.add(String.valueOf(consonant));
		}
		letters.add("f");
		List<String> both = new ArrayList<>(letters);
		letters.forEach(letter -> both.add(letter.toUpperCase(java.util.Locale.ROOT)));
		both.forEach(letter -> assertThat(letter.codePointCount(0, letter.length())).as(letter).isOne());
		return both;
	}

}
