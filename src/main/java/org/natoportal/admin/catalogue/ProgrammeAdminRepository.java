package org.natoportal.admin.catalogue;

import org.natoportal.admin.AdminRepository;
import org.natoportal.programme.Programme;

interface ProgrammeAdminRepository extends AdminRepository<Programme> {

}
