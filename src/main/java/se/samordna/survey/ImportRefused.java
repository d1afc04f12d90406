package se.samordna.survey;

import java.util.List;

/**
 * A file of answers that was not imported, with every line that was wrong and why.
 * Nothing was saved.
 */
public class ImportRefused extends RuntimeException {

	/**
	 * @param line the line in the file (the header is line 1)
	 * @param messageKey what was wrong, @param value the value it was about
	 */
	public record Problem(int line, String messageKey, String value) {
	}

	private final List<Problem> problems;

	public ImportRefused(List<Problem> problems) {
		super(problems.size() + " problem(s) in the survey file");
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

}
