package se.samordna.sip;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.OptBoolean;
import org.jspecify.annotations.Nullable;

import se.samordna.platform.FieldRefusal;

/**
 * A valid consent to SIP. It can only be built through {@link #given}, which applies the
 * rules of SIP.md, so "nothing moves before consent" is checked by the type: a SIP move
 * that needs consent takes a {@code Consent}. Stored as jsonb ({@code sip.consent}): the
 * names below are the stored names, {@code format} the shape ("1", also when absent).
 *
 * @param consentingPersons who consented (the guardians by name, the representative) or
 * whose view was gathered; for the individual themselves, may be empty
 * @param sharingOrganisations the organisations that may share information about the
 * person
 * @param childsView a child's own view, required when guardians consent for a child under
 * 15
 * @param notToShare what the person does not want shared or raised
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "format",
		requireTypeIdForSubtypes = OptBoolean.FALSE)
@JsonTypeName("1")
public record Consent(@JsonProperty("giver") ConsentGiver giver,
		@JsonProperty("consentingPersons") List<String> consentingPersons, @JsonProperty("method") ConsentMethod method,
		@JsonProperty("givenOn") LocalDate givenOn, @JsonProperty("recordedBy") UUID recordedBy,
		@JsonProperty("sharingOrganisations") Set<UUID> sharingOrganisations,
		@JsonProperty("childsView") @Nullable String childsView,
		@JsonProperty("notToShare") @Nullable String notToShare) {

	public Consent {
		consentingPersons = List.copyOf(consentingPersons);
		sharingOrganisations = Set.copyOf(sharingOrganisations);
	}

	/**
	 * Builds a consent, or refuses it with the rule it breaks.
	 * @param today the day it is recorded; consent cannot be dated later
	 * @throws FieldRefusal naming the field and the rule
	 */
	public static Consent given(ConsentCircumstances circumstances, ConsentGiver giver, List<String> consentingPersons,
			ConsentMethod method, LocalDate givenOn, LocalDate today, UUID recordedBy, Set<UUID> sharingOrganisations,
			@Nullable String childsView, @Nullable String notToShare) {
		List<String> persons = consentingPersons.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
		if (givenOn.isAfter(today)) {
			throw refusal("givenOn", "sip.consent.future");
		}
		if (sharingOrganisations.isEmpty()) {
			throw refusal("sharingOrganisations", "sip.consent.noOrganisations");
		}
		int age = circumstances.age();
		if (age < ConsentCircumstances.OWN_CONSENT_AGE) {
			if (giver != ConsentGiver.GUARDIANS) {
				throw refusal("giver", "sip.consent.childNeedsGuardians");
			}
			if (circumstances.guardians() == 0) {
				throw refusal("giver", "sip.consent.noGuardianRecorded");
			}
			if (persons.size() < circumstances.guardians()) {
				throw refusal("consentingPersons",
						circumstances.guardians() == 2 ? "sip.consent.bothGuardians" : "sip.consent.guardianName");
			}
			if (isBlank(childsView)) {
				throw refusal("childsView", "sip.consent.childsView");
			}
		}
		else if (age < ConsentCircumstances.AGE_OF_MAJORITY) {
			if (giver != ConsentGiver.INDIVIDUAL) {
				throw refusal("giver", "sip.consent.youngPersonOwn");
			}
		}
		else {
			switch (giver) {
				case GUARDIANS -> throw refusal("giver", "sip.consent.adultHasNoGuardians");
				case REPRESENTATIVE -> {
					if (!circumstances.representativeMayConsent()) {
						throw refusal("giver", "sip.consent.noRepresentative");
					}
					if (persons.isEmpty()) {
						throw refusal("consentingPersons", "sip.consent.representativeName");
					}
				}
				case VIEW_OF_RELATIVES -> {
					if (persons.isEmpty()) {
						throw refusal("consentingPersons", "sip.consent.whoseView");
					}
				}
				case INDIVIDUAL -> {
				}
			}
		}
		return new Consent(giver, persons, method, givenOn, recordedBy, sharingOrganisations,
				isBlank(childsView) ? null : childsView.strip(), isBlank(notToShare) ? null : notToShare.strip());
	}

	/** Whether information may be shared with this organisation under this consent. */
	public boolean allowsSharingWith(UUID organisationId) {
		return sharingOrganisations.contains(organisationId);
	}

	private static FieldRefusal refusal(String field, String key) {
		return new FieldRefusal(field, key, "consent refused: " + key);
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
