package se.samordna.sip.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.sip.Assessment;

/** Step 1 as staff fill it in. */
public class AssessmentForm {

	@NotNull
	private Assessment.@Nullable NoticedBy noticedBy;

	@NotNull
	private Assessment.LegalTrack track = Assessment.LegalTrack.SOL_HSL;

	@NotNull
	private Assessment.SipLevel level = Assessment.SipLevel.SIP;

	@NotBlank
	@Size(max = 1000)
	private String reason = "";

	private boolean startAnyway;

	Assessment toAssessment() {
		return new Assessment(noticedBy, track, level, reason.strip());
	}

	/** The user has seen the person's open SIP(s) and starts another all the same. */
	public boolean isStartAnyway() {
		return startAnyway;
	}

	public void setStartAnyway(boolean startAnyway) {
		this.startAnyway = startAnyway;
	}

	public Assessment.@Nullable NoticedBy getNoticedBy() {
		return noticedBy;
	}

	public void setNoticedBy(Assessment.@Nullable NoticedBy noticedBy) {
		this.noticedBy = noticedBy;
	}

	public Assessment.LegalTrack getTrack() {
		return track;
	}

	public void setTrack(Assessment.LegalTrack track) {
		this.track = track;
	}

	public Assessment.SipLevel getLevel() {
		return level;
	}

	public void setLevel(Assessment.SipLevel level) {
		this.level = level;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
