package se.samordna.directory;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import org.hibernate.validator.constraints.LuhnCheck;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The format checks Hibernate Validator already has, for values checked outside a form
 * (an organisationsnummer, a line of the unit import): each holder carries the
 * constraint, and only whether it holds is asked, never a message.
 */
final class FormatChecks {

	private static final Validator VALIDATOR = Validation.byDefaultProvider()
		.configure()
		.messageInterpolator(new ParameterMessageInterpolator())
		.buildValidatorFactory()
		.getValidator();

	private FormatChecks() {
	}

	private static final class LuhnDigits {

		@LuhnCheck
		private final String digits;

		LuhnDigits(String digits) {
			this.digits = digits;
		}

	}

	private static final class EmailAddress {

		@Email
		private final String address;

		EmailAddress(String address) {
			this.address = address;
		}

	}

	/** Whether the last digit is the Luhn check digit of the others. */
	static boolean passesLuhn(String digits) {
		return VALIDATOR.validate(new LuhnDigits(digits)).isEmpty();
	}

	/**
	 * Whether the text is an e-mail address, by the same rule as the forms'
	 * {@code @Email}.
	 */
	static boolean isEmailAddress(String text) {
		return VALIDATOR.validate(new EmailAddress(text)).isEmpty();
	}

}
