package org.programtracker.security;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose {@code Host} header names another site is redirected within this one:
 * the server's redirects carry the path only, so a forged host is never reflected into a
 * link a victim would follow. Over a raw socket, since HTTP clients refuse to forge it.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class ForgedHostTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/progress", "/admin/users" })
	void shouldNotReflectAForgedHostIntoARedirect(String path) throws Exception {
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		}
		String head = answer.substring(0, answer.indexOf("\r\n\r\n"));

		assertThat(head).startsWith("HTTP/1.1 302").containsIgnoringCase("\r\nLocation: /login");
		assertThat(answer).doesNotContain("evil.example");
	}

}
