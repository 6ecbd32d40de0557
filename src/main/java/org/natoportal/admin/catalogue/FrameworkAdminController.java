package org.natoportal.admin.catalogue;

import org.natoportal.admin.AdminController;
import org.natoportal.framework.Framework;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/frameworks")
class FrameworkAdminController extends AdminController<Framework, FrameworkForm> {

	FrameworkAdminController(FrameworkAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
