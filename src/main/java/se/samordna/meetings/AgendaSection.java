package se.samordna.meetings;

/** Mötescirkeln: the agenda every SIP meeting follows, in this order. */
public enum AgendaSection {

	INTRODUCTION, CURRENT_SITUATION, NEEDS, GOALS_AND_ACTIONS, CLARIFY_AND_SUMMARISE, CLOSING

}
