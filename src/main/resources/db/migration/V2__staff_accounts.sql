-- Staff who sign in to edit. Usernames are stored in lower case so that "Alice" and "alice"
-- cannot be two accounts; passwords only as delegating-encoder hashes ("{bcrypt}…").

create sequence staff_account_seq increment by 50;

create table staff_account (
    id            bigint primary key,
    username      varchar(64)  not null unique check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    display_name  varchar(200),
    password_hash varchar(500) not null,
    role          varchar(16)  not null check (role in ('EDITOR', 'ADMIN')),
    enabled       boolean      not null default true,
    version       bigint       not null default 0,
    updated_at    timestamptz  not null default now()
);
