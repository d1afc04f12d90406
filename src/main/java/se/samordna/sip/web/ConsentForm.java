package se.samordna.sip.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import se.samordna.sip.ConsentGiver;
import se.samordna.sip.ConsentMethod;

/** Step 2 as staff record it. */
public class ConsentForm {

	@NotNull
	private @Nullable ConsentGiver giver;

	/** One name a line: the guardians, the representative, or whose view was gathered. */
	@Size(max = 500)
	private String consentingPersons = "";

	@NotNull
	private ConsentMethod method = ConsentMethod.WRITTEN;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate givenOn;

	private Set<UUID> sharingOrganisations = new HashSet<>();

	@Size(max = 1000)
	private String childsView = "";

	@Size(max = 1000)
	private String notToShare = "";

	private long version;

	List<String> persons() {
		return Arrays.stream(consentingPersons.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public @Nullable ConsentGiver getGiver() {
		return giver;
	}

	public void setGiver(@Nullable ConsentGiver giver) {
		this.giver = giver;
	}

	public String getConsentingPersons() {
		return consentingPersons;
	}

	public void setConsentingPersons(String consentingPersons) {
		this.consentingPersons = consentingPersons;
	}

	public ConsentMethod getMethod() {
		return method;
	}

	public void setMethod(ConsentMethod method) {
		this.method = method;
	}

	public @Nullable LocalDate getGivenOn() {
		return givenOn;
	}

	public void setGivenOn(@Nullable LocalDate givenOn) {
		this.givenOn = givenOn;
	}

	public Set<UUID> getSharingOrganisations() {
		return sharingOrganisations;
	}

	public void setSharingOrganisations(@Nullable Set<UUID> sharingOrganisations) {
		this.sharingOrganisations = sharingOrganisations == null ? new HashSet<>() : sharingOrganisations;
	}

	public String getChildsView() {
		return childsView;
	}

	public void setChildsView(String childsView) {
		this.childsView = childsView;
	}

	public String getNotToShare() {
		return notToShare;
	}

	public void setNotToShare(String notToShare) {
		this.notToShare = notToShare;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
