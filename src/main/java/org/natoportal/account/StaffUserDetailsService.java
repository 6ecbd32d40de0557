package org.natoportal.account;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Signs staff in against the accounts stored in the database. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffAccountRepository accounts;

	StaffUserDetailsService(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(StaffAccount.normalize(username))
			.orElseThrow(() -> new UsernameNotFoundException("No staff account named " + username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
			.disabled(!account.isEnabled())
			.build();
	}

}
