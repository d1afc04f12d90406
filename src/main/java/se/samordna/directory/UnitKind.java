package se.samordna.directory;

/** The kind of a unit (verksamhet); codes are used as-is in the CSV import. */
public enum UnitKind {

	VARDCENTRAL, BUP, VUXENPSYKIATRI, SLUTENVARDSAVDELNING, BISTANDSENHET, SOCIALTJANST_BARN_OCH_UNGA, FORSORJNINGSSTOD,
	HEMSJUKVARD, LSS, ELEVHALSA, SIP_SAMORDNING, ANALYS, SYSTEMFORVALTNING, HANDLAGGNING, ANNAN;

	/**
	 * Whether a unit of this kind works with individuals and so may take part in a SIP.
	 * The county's analysts and the system administration give no care or services: they
	 * are never participants, invitees or coordinators.
	 */
	public boolean worksWithIndividuals() {
		return this != ANALYS && this != SYSTEMFORVALTNING;
	}

}
