package se.samordna;

import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.MethodOrdererContext;

/**
 * Test classes and methods in random order (junit-platform.properties), so that no test
 * can lean on another's data or on running after it. Like JUnit's own random orderers,
 * but the seed is printed once per run, so that a failing order can be run again:
 * {@code -Djunit.jupiter.execution.order.random.seed=<seed>}.
 */
public final class RandomOrder {

	static final String SEED = "junit.jupiter.execution.order.random.seed";

	private static final long DEFAULT_SEED = System.nanoTime();

	private static final AtomicBoolean told = new AtomicBoolean();

	private RandomOrder() {
	}

	static long seed(Optional<String> configured) {
		long seed = configured.map(Long::parseLong).orElse(DEFAULT_SEED);
		if (told.compareAndSet(false, true)) {
			System.out.println("Tests run in random order, seed " + seed + " (again with -D" + SEED + "=" + seed + ")");
		}
		return seed;
	}

	/**
	 * Methods, shuffled by the seed and the class, so each class has an order of its own.
	 */
	public static final class Methods implements MethodOrderer {

		@Override
		public void orderMethods(MethodOrdererContext context) {
			long seed = seed(context.getConfigurationParameter(SEED));
			Collections.shuffle(context.getMethodDescriptors(),
					new java.util.Random(seed ^ context.getTestClass().getName().hashCode()));
		}

	}

	public static final class Classes implements ClassOrderer {

		@Override
		public void orderClasses(ClassOrdererContext context) {
			Collections.shuffle(context.getClassDescriptors(),
					new java.util.Random(seed(context.getConfigurationParameter(SEED))));
		}

	}

}
