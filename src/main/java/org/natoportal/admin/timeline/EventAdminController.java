package org.natoportal.admin.timeline;

import org.natoportal.admin.AdminController;
import org.natoportal.timeline.TimelineEvent;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/events")
class EventAdminController extends AdminController<TimelineEvent, EventForm> {

	EventAdminController(EventAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
