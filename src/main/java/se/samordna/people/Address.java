package se.samordna.people;

/** A postal address. Never handed out for a person with protected identity. */
public record Address(String street, String postalCode, String city) {
}
