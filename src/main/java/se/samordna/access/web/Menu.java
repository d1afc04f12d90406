package se.samordna.access.web;

import java.util.Locale;

import org.springframework.stereotype.Component;

import se.samordna.access.CurrentUsers;
import se.samordna.directory.Feature;

/**
 * What the menu and the start page offer the signed-in staff member: the {@link Feature
 * features} of their roles. Templates ask {@code @menu.offers('PEOPLE')} instead of
 * naming roles themselves.
 */
@Component("menu")
public class Menu {

	private final CurrentUsers users;

	Menu(CurrentUsers users) {
		this.users = users;
	}

	/**
	 * @param feature a {@link Feature} name; nobody signed in as staff is offered none
	 */
	public boolean offers(String feature) {
		Feature wanted = Feature.valueOf(feature.toUpperCase(Locale.ROOT));
		return users.find().map(user -> Feature.of(user.roles()).contains(wanted)).orElse(false);
	}

}
