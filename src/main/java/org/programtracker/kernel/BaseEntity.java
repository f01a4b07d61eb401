package org.programtracker.kernel;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * Identity and optimistic-locking version shared by every editable entity.
 */
@MappedSuperclass
public abstract class BaseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * Whether two references name the same row, whether either is a lazy proxy or not.
	 */
	public static boolean same(BaseEntity one, BaseEntity other) {
		if (one == other) {
			return true;
		}
		return one != null && other != null && one.getId() != null && one.getId().equals(other.getId());
	}

}
