package org.natoportal.admin.country;

import org.natoportal.admin.AdminController;
import org.natoportal.country.Country;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin/countries")
class CountryAdminController extends AdminController<Country, CountryForm> {

	CountryAdminController(CountryAdmin area, MessageSource messages) {
		super(area, messages);
	}

}
