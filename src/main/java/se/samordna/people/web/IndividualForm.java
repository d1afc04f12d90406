package se.samordna.people.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import se.samordna.people.Address;
import se.samordna.people.Individual;
import se.samordna.people.IndividualDetails;
import se.samordna.platform.ValidPhoneNumber;

/** Names and contact details as staff type them. */
public class IndividualForm {

	@NotBlank
	@Size(max = 100)
	private String givenName = "";

	@NotBlank
	@Size(max = 100)
	private String familyName = "";

	@ValidPhoneNumber
	private String phone = "";

	@Email
	@Size(max = 200)
	private String email = "";

	@Size(max = 200)
	private String street = "";

	@Pattern(regexp = "(\\d{3} ?\\d{2})?", message = "{people.postalCode.invalid}")
	private String postalCode = "";

	@Size(max = 100)
	private String city = "";

	private @Nullable UUID listedCareUnitId;

	private boolean protectedIdentity;

	private long version;

	static IndividualForm of(Individual individual) {
		var form = new IndividualForm();
		form.fill(individual);
		return form;
	}

	void fill(Individual individual) {
		IndividualDetails details = individual.details();
		givenName = details.givenName();
		familyName = details.familyName();
		phone = details.phone() == null ? "" : details.phone();
		email = details.email() == null ? "" : details.email();
		Address address = details.address();
		if (address != null) {
			street = address.street();
			postalCode = address.postalCode();
			city = address.city();
		}
		listedCareUnitId = details.listedCareUnitId();
		protectedIdentity = details.protectedIdentity();
		version = individual.version();
	}

	/**
	 * @param addressShown false when the form did not show address fields (protected
	 * identity), so the stored address must be left as it is
	 */
	IndividualDetails toDetails(boolean addressShown) {
		Address address = addressShown ? new Address(street, postalCode, city) : null;
		return new IndividualDetails(givenName, familyName, phone, email, address, listedCareUnitId, protectedIdentity);
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email.strip();
	}

	public String getStreet() {
		return street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode.strip();
	}

	public String getCity() {
		return city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public @Nullable UUID getListedCareUnitId() {
		return listedCareUnitId;
	}

	public void setListedCareUnitId(@Nullable UUID listedCareUnitId) {
		this.listedCareUnitId = listedCareUnitId;
	}

	public boolean isProtectedIdentity() {
		return protectedIdentity;
	}

	public void setProtectedIdentity(boolean protectedIdentity) {
		this.protectedIdentity = protectedIdentity;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
