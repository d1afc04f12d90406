package se.samordna.sip.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.samordna.platform.JsonbTypes;
import se.samordna.sip.Consent;
import se.samordna.sip.OwnPreparation;
import se.samordna.sip.PlanContent;
import se.samordna.sip.Preparation;
import se.samordna.sip.Sip;

@Configuration(proxyBeanMethods = false)
class SipConfiguration {

	/** The SIP's documents, each one jsonb column of the {@code sip} table. */
	@Bean
	JsonbTypes sipDocuments() {
		return JsonbTypes.of(Consent.class, Preparation.class, Sip.ParticipantList.class, PlanContent.class,
				OwnPreparation.Notes.class);
	}

}
