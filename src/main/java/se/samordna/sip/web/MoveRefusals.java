package se.samordna.sip.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.samordna.sip.MoveNotOpen;

/**
 * The one answer to a form page whose move is not open ({@link MoveNotOpen}), for every
 * module's SIP pages: back to the case page, which says why. A closed SIP thus serves no
 * edit form.
 */
@ControllerAdvice
class MoveRefusals {

	@ExceptionHandler(MoveNotOpen.class)
	String notOpen(MoveNotOpen refused, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", refused.messageKey());
		return "redirect:/sip/" + refused.sipId();
	}

}
