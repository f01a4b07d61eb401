package org.programtracker.kernel;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The batch that the audited changes of the current transaction belong to, if any: an
 * import, whose every audit row names it so that it can be read back and undone as a
 * whole. Bound to the transaction, never to a thread beyond it.
 */
public final class AuditBatch {

	private static final Object KEY = AuditBatch.class;

	private AuditBatch() {
	}

	/**
	 * Runs {@code work} inside the current transaction with its audited changes named as
	 * part of batch {@code id}.
	 */
	public static <T> T within(long id, Supplier<T> work) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("An audit batch belongs to a transaction");
		}
		Object outer = TransactionSynchronizationManager.getResource(KEY);
		if (outer != null) {
			TransactionSynchronizationManager.unbindResource(KEY);
		}
		TransactionSynchronizationManager.bindResource(KEY, id);
		try {
			return work.get();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(KEY);
			if (outer != null) {
				TransactionSynchronizationManager.bindResource(KEY, outer);
			}
		}
	}

	/**
	 * The batch the current transaction's changes belong to, or {@code null}.
	 */
	public static Long current() {
		return (Long) TransactionSynchronizationManager.getResource(KEY);
	}

}
