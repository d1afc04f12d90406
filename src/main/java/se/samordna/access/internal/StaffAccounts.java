package se.samordna.access.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.samordna.access.CurrentUser;
import se.samordna.directory.Directory;
import se.samordna.directory.StaffAccount;
import se.samordna.directory.Unit;

/** Turns a log-in name into the signed-in user, for either way of logging in. */
@Component
class StaffAccounts {

	private final Directory directory;

	StaffAccounts(Directory directory) {
		this.directory = directory;
	}

	/** Only active accounts whose unit exists may sign in. */
	Optional<CurrentUser> activeUser(String username) {
		return directory.staffByUsername(username)
			.filter(StaffAccount::active)
			.flatMap(account -> directory.unit(account.unitId()).map(unit -> toUser(account, unit)));
	}

	private static CurrentUser toUser(StaffAccount account, Unit unit) {
		return new CurrentUser(account.id(), account.username(), account.displayName(), unit.id(), unit.name(),
				account.roles());
	}

}
