package se.samordna.sip;

/** How the consent was given. */
public enum ConsentMethod {

	ORAL, WRITTEN, DIGITAL

}
