package org.natoportal.admin.country;

import org.natoportal.admin.AdminRepository;
import org.natoportal.country.Country;

interface CountryAdminRepository extends AdminRepository<Country> {

}
