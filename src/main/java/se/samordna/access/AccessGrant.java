package se.samordna.access;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Proof that {@link AccessControl} let a read of one individual's data through and wrote
 * its access-log row in the transaction that is still running. Only {@code AccessControl}
 * makes one. The module that keeps the individual's own data ({@code people}) hands the
 * individual out against it without deciding and logging again: a page that reads a SIP
 * and shows its person writes one row, and cannot show the person without that row.
 *
 * <p>
 * A grant is good until the transaction that wrote its row ends (commits or rolls back);
 * it cannot be kept for a later read.
 */
public final class AccessGrant {

	private final CurrentUser user;

	private final PersonalDataSubject subject;

	private final AccessedRecord record;

	private volatile boolean current = true;

	AccessGrant(CurrentUser user, PersonalDataSubject subject, AccessedRecord record) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("a grant needs the transaction its access-log row is written in");
		}
		this.user = user;
		this.subject = subject;
		this.record = record;
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				current = false;
			}
		});
	}

	/** Who was let through. */
	public CurrentUser user() {
		return user;
	}

	/** Which record the logged read was of (a SIP, say). */
	public AccessedRecord record() {
		return record;
	}

	/**
	 * Whose data the grant is for.
	 * @throws IllegalStateException when the transaction that logged the grant has ended
	 */
	public PersonalDataSubject currentSubject() {
		if (!current || !TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException(
					"access grant for " + record.type() + " " + record.id() + " used after its transaction");
		}
		return subject;
	}

	@Override
	public String toString() {
		return "AccessGrant[" + record.type() + " " + record.id() + "]";
	}

}
