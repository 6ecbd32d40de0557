package org.natoportal.admin.catalogue;

import org.natoportal.admin.AdminRepository;
import org.natoportal.framework.Framework;

interface FrameworkAdminRepository extends AdminRepository<Framework> {

}
