package org.natoportal.admin.catalogue;

import org.natoportal.admin.AdminController;
import org.natoportal.programme.Programme;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/programmes")
class ProgrammeAdminController extends AdminController<Programme, ProgrammeForm> {

	ProgrammeAdminController(ProgrammeAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
