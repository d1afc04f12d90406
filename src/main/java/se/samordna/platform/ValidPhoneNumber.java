package se.samordna.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A form field that is empty or a {@link PhoneNumber}: the form asks the value type, so
 * the rule stays in one place and its message comes with the form's other errors.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidPhoneNumber.Check.class)
public @interface ValidPhoneNumber {

	String message() default "{" + PhoneNumber.INVALID + "}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * The check behind {@link ValidPhoneNumber}: empty is fine (the field is optional),
	 * anything written must be a {@link PhoneNumber}.
	 */
	class Check implements ConstraintValidator<ValidPhoneNumber, String> {

		@Override
		public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
			return value == null || value.isBlank() || PhoneNumber.isValid(value);
		}

	}

}
