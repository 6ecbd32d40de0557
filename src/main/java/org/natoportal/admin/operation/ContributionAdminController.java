package org.natoportal.admin.operation;

import org.natoportal.admin.AdminController;
import org.natoportal.operation.Contribution;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/contributions")
class ContributionAdminController extends AdminController<Contribution, ContributionForm> {

	ContributionAdminController(ContributionAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
