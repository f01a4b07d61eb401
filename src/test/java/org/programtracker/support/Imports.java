package org.programtracker.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * An import as a user makes it on the page: upload the file, read the preview, confirm.
 */
public final class Imports {

	private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

	private Imports() {
	}

	/**
	 * Uploads the file and, when the preview offers to import it, confirms: the answer to
	 * the confirmation (a redirect once imported), or the page of problems.
	 */
	public static MvcTestResult uploadAndConfirm(MockMvcTester mvc, String uri, MockMultipartFile file) {
		MvcTestResult preview = mvc.post().uri(uri).multipart().file(file).with(csrf()).exchange();
		String token = tokenOf(preview);
		if (token == null) {
			return preview;
		}
		return mvc.post()
			.uri(uri.replaceFirst("^/imports\\?", "/imports/confirm?"))
			.param("token", token)
			.cookie(sessionOf(preview))
			.with(csrf())
			.exchange();
	}

	/**
	 * The session cookie the preview set, where the file waits for its confirmation.
	 */
	public static Cookie sessionOf(MvcTestResult preview) {
		Cookie session = preview.getResponse().getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException("The preview started no session");
		}
		return session;
	}

	/**
	 * The token of the preview's confirmation, or {@code null} when the page offers none.
	 */
	public static String tokenOf(MvcTestResult page) {
		try {
			Matcher token = TOKEN.matcher(page.getResponse().getContentAsString(StandardCharsets.UTF_8));
			return token.find() ? token.group(1) : null;
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
