package se.samordna.platform;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Tries a domain move for a form and shows a refusal where it belongs: a
 * {@link FieldRefusal} (each of several {@link FieldRefusals}) next to its field when the
 * form has that field, any other {@link UserFacingException} above the form. A
 * {@link ConcurrentEditException} is a refusal like any other, so the form keeps what the
 * user typed and says that someone else saved first.
 */
public final class FormRefusals {

	private FormRefusals() {
	}

	/**
	 * @return whether the move went through; when false, the binding holds the refusal
	 */
	public static boolean attempt(BindingResult binding, Runnable move) {
		try {
			move.run();
			return true;
		}
		catch (FieldRefusal refusal) {
			reject(binding, refusal);
		}
		catch (FieldRefusals refusals) {
			refusals.refusals().forEach(refusal -> reject(binding, refusal));
		}
		catch (UserFacingException refused) {
			binding.reject(refused.messageKey());
		}
		return false;
	}

	/**
	 * As {@link #attempt}, for a move whose result the page needs (what was registered,
	 * where to go next).
	 * @return the move's result; empty when refused, and then the binding holds the
	 * refusal
	 */
	public static <T> Optional<T> attemptAndGet(BindingResult binding, Supplier<T> move) {
		var result = new Object() {
			@Nullable T value;

		};
		return attempt(binding, () -> result.value = move.get()) ? Optional.ofNullable(result.value) : Optional.empty();
	}

	/**
	 * Puts a refusal on the binding: next to its field when the form has one by that
	 * name.
	 */
	public static void reject(BindingResult binding, FieldRefusal refusal) {
		if (hasField(binding, refusal.field())) {
			binding.rejectValue(refusal.field(), refusal.messageKey());
		}
		else {
			binding.reject(refusal.messageKey());
		}
	}

	private static boolean hasField(BindingResult binding, String field) {
		Object target = binding.getTarget();
		if (target == null) {
			return false;
		}
		String property = field.contains(".") || field.contains("[") ? field.split("[.\\[]")[0] : field;
		return BeanUtils.getPropertyDescriptor(target.getClass(), property) != null;
	}

}
