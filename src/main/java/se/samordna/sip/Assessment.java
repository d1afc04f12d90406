package se.samordna.sip;

import org.springframework.modulith.NamedInterface;

/**
 * Step 1, bedömning: who noticed the need, under which law, how much coordination, and
 * why.
 *
 * @param reason a few lines in plain words; no case notes
 */
public record Assessment(NoticedBy noticedBy, LegalTrack track, SipLevel level, String reason) {

	/** The longest reason, in characters: a few lines. */
	public static final int REASON = 1000;

	/** Who noticed that coordination is needed. */
	@NamedInterface("events")
	public enum NoticedBy {

		SKOLA, SOCIALTJANST, REGIONAL_HALSO_OCH_SJUKVARD, KOMMUNAL_HALSO_OCH_SJUKVARD, INDIVIDEN_ELLER_NARSTAENDE

	}

	/** SoL 10 kap. 8 § / HSL 16 kap. 4 §, or discharge from inpatient care under LSVU. */
	@NamedInterface("events")
	public enum LegalTrack {

		SOL_HSL, LSVU

	}

	/** How much coordination support the SIP needs. */
	@NamedInterface("events")
	public enum SipLevel {

		INFORMATION, SIP, SIP_PLUS, SIP_PLUS_PLUS

	}

}
