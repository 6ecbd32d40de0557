package org.natoportal.admin.involvement;

import org.natoportal.admin.AdminController;
import org.natoportal.framework.Membership;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/memberships")
class MembershipAdminController extends AdminController<Membership, MembershipForm> {

	MembershipAdminController(MembershipAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
