package se.samordna.statistics;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The rules that keep small groups from pointing at anyone: a count from 1 to 4 is shown
 * as "1–4", and a share or a median only where n reaches the threshold (default 10).
 */
@Component
public class SmallNumbers {

	public static final String FEW = "1–4";

	private final int threshold;

	SmallNumbers(@Value("${samordna.statistics.min-n:10}") int threshold) {
		this.threshold = threshold;
	}

	public int threshold() {
		return threshold;
	}

	public String count(int count) {
		return count >= 1 && count <= 4 ? FEW : String.valueOf(count);
	}

	public boolean showsShares(int n) {
		return n >= threshold;
	}

	/** A share in whole percent, or null when n is below the threshold. */
	public @Nullable Integer percent(int part, int n) {
		return showsShares(n) ? (int) Math.round(100.0 * part / n) : null;
	}

	/** A median in whole days, or null when n is below the threshold. */
	public @Nullable Long days(Measures.Median median) {
		return showsShares(median.n()) && median.days() != null ? Math.round(median.days()) : null;
	}

}
