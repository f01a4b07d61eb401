package org.programtracker.security;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.kernel.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The caller's own personal API tokens: make one (with a password or a browser session,
 * never with a token, so that a leaked token cannot outlive its expiry by making
 * another), list them, revoke one.
 */
@ApiController("/api/v1/tokens")
class ApiTokenApiController {

	private final ApiTokens tokens;

	ApiTokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	ResponseEntity<CreatedToken> create(@AuthenticationPrincipal AppUserPrincipal user, Authentication authentication,
			@RequestBody TokenRequest request) {
		if (ApiTokenAuthentication.isCurrent(authentication)) {
			throw new AccessDeniedException("A token cannot make tokens: use your password or sign in on the web");
		}
		ApiTokens.IssuedToken issued = this.tokens.create(user, user.id(), request.name(), request.expiresOn());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.row().id()))
			.body(new CreatedToken(TokenResponse.of(issued.row()), issued.token()));
	}

	@GetMapping
	List<TokenResponse> list(@AuthenticationPrincipal AppUserPrincipal user) {
		return this.tokens.of(user, user.id()).stream().map(TokenResponse::of).toList();
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id) {
		this.tokens.revoke(user, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param expiresOn the last day the token works; 90 days from today when left out, at
	 * most a year
	 */
	record TokenRequest(String name, LocalDate expiresOn) {

	}

	record TokenResponse(long id, String name, String prefix, Instant createdAt, String createdBy, LocalDate expiresOn,
			Instant lastUsedAt, Instant revokedAt, String state) {

		static TokenResponse of(ApiTokenRow row) {
			return new TokenResponse(row.id(), row.name(), row.prefix(), row.createdAt(), row.createdBy(),
					row.expiresOn(), row.lastUsedAt(), row.revokedAt(), row.state().name());
		}

	}

	/**
	 * A token just made: {@code token} is shown this once and never again.
	 */
	record CreatedToken(long id, String name, String prefix, Instant createdAt, String createdBy, LocalDate expiresOn,
			Instant lastUsedAt, Instant revokedAt, String state, String token) {

		CreatedToken(TokenResponse row, String token) {
			this(row.id(), row.name(), row.prefix(), row.createdAt(), row.createdBy(), row.expiresOn(),
					row.lastUsedAt(), row.revokedAt(), row.state(), token);
		}

	}

}
