package se.samordna.testdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application runs on the test's own thread while a piece
 * of test code runs (a MockMvc request, say), through datasource-proxy wrapped around the
 * application's {@link DataSource}. Statements of other threads (schedulers, event
 * listeners) are not counted. A JDBC batch counts as many statements as it holds.
 */
public final class StatementCounter implements QueryExecutionListener {

	private final List<String> statements = Collections.synchronizedList(new ArrayList<>());

	private volatile @Nullable Thread counting;

	/** Something a test does that may throw. */
	public interface Action {

		void run() throws Exception;

	}

	/**
	 * @return the statements run on this thread during {@code action}, in order
	 */
	public List<String> during(Action action) throws Exception {
		statements.clear();
		counting = Thread.currentThread();
		try {
			action.run();
		}
		finally {
			counting = null;
		}
		return List.copyOf(statements);
	}

	@Override
	public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
	}

	@Override
	public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
		if (Thread.currentThread() != counting) {
			return;
		}
		for (QueryInfo query : queries) {
			int times = execution.isBatch() ? Math.max(1, execution.getBatchSize()) : 1;
			for (int i = 0; i < times; i++) {
				statements.add(query.getQuery());
			}
		}
	}

	/** Wraps the application's data source; import it where a test counts statements. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		static StatementCounter statementCounter() {
			return new StatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(
				org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name("counted")
							.listener(counter.getObject())
							.build();
					}
					return bean;
				}
			};
		}

	}

}
