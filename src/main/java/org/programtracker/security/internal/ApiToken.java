package org.programtracker.security.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;

/**
 * A personal API token of a user: only the SHA-256 of its secret is kept, with the first
 * characters of the token to recognise it by. It is valid until it expires or is revoked,
 * and only while its user is enabled.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private long userId;

	@Column(nullable = false, updatable = false)
	private String name;

	@Column(nullable = false, updatable = false)
	private String prefix;

	@Column(nullable = false, updatable = false)
	private String secretHash;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false, updatable = false)
	private String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	private String revokedBy;

	protected ApiToken() {
	}

	public ApiToken(long userId, String name, String prefix, String secretHash, Instant createdAt, String createdBy,
			Instant expiresAt) {
		if (!expiresAt.isAfter(createdAt)) {
			throw new IllegalArgumentException("A token expires after it is made");
		}
		this.userId = userId;
		this.name = name;
		this.prefix = prefix;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
		this.expiresAt = expiresAt;
	}

	/**
	 * Revokes the token; revoking it again changes nothing.
	 */
	public void revoke(String by, Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
			this.revokedBy = by;
		}
	}

	public boolean isValidAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	public long getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public String getPrefix() {
		return this.prefix;
	}

	public String getSecretHash() {
		return this.secretHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public String getRevokedBy() {
		return this.revokedBy;
	}

}
