package org.natoportal.admin.involvement;

import org.natoportal.admin.AdminController;
import org.natoportal.programme.Participation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/participations")
class ParticipationAdminController extends AdminController<Participation, ParticipationForm> {

	ParticipationAdminController(ParticipationAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
