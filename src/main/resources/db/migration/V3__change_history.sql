-- Change history (Hibernate Envers). Every transaction that creates, updates or deletes records
-- is one revision, signed with the staff username ("system" for the seed import). Each audited
-- table has a <table>_aud twin holding one row per record per revision: revtype 0 = created,
-- 1 = changed, 2 = deleted (with the last values, so a deleted record can be restored).
-- Password hashes are never copied into history.

create sequence portal_revision_seq increment by 1;

create table portal_revision (
    id         bigint primary key,
    changed_at timestamptz  not null,
    username   varchar(64)  not null
);
create index portal_revision_username_idx on portal_revision (username);

create table country_aud (
    id             bigint   not null,
    rev            bigint   not null references portal_revision (id),
    revtype        smallint not null,
    iso3           varchar(3),
    slug           varchar(80),
    name_en        varchar(200),
    name_fr        varchar(200),
    region         varchar(40),
    status         varchar(16),
    status_year    integer,
    status_note_en varchar(300),
    status_note_fr varchar(300),
    partner_since  integer,
    summary_en     text,
    summary_fr     text,
    source         varchar(1000),
    updated_at     timestamptz,
    primary key (id, rev)
);

create table framework_aud (
    id               bigint   not null,
    rev              bigint   not null references portal_revision (id),
    revtype          smallint not null,
    code             varchar(16),
    name_en          varchar(200),
    name_fr          varchar(200),
    established_year integer,
    description_en   text,
    description_fr   text,
    source           varchar(1000),
    updated_at       timestamptz,
    primary key (id, rev)
);

create table programme_aud (
    id             bigint   not null,
    rev            bigint   not null references portal_revision (id),
    revtype        smallint not null,
    code           varchar(16),
    name_en        varchar(200),
    name_fr        varchar(200),
    launched_year  integer,
    description_en text,
    description_fr text,
    source         varchar(1000),
    updated_at     timestamptz,
    primary key (id, rev)
);

create table membership_aud (
    id           bigint   not null,
    rev          bigint   not null references portal_revision (id),
    revtype      smallint not null,
    country_id   bigint,
    framework_id bigint,
    start_date   varchar(10),
    end_date     varchar(10),
    note         text,
    source       varchar(1000),
    updated_at   timestamptz,
    primary key (id, rev)
);

create table participation_aud (
    id           bigint   not null,
    rev          bigint   not null references portal_revision (id),
    revtype      smallint not null,
    country_id   bigint,
    programme_id bigint,
    start_date   varchar(10),
    end_date     varchar(10),
    note         text,
    source       varchar(1000),
    updated_at   timestamptz,
    primary key (id, rev)
);

create table timeline_event_aud (
    id             bigint   not null,
    rev            bigint   not null references portal_revision (id),
    revtype        smallint not null,
    country_id     bigint,
    event_date     varchar(10),
    kind           varchar(32),
    title_en       text,
    title_fr       text,
    description_en text,
    description_fr text,
    framework_id   bigint,
    programme_id   bigint,
    source         varchar(1000),
    updated_at     timestamptz,
    primary key (id, rev)
);

create table contribution_aud (
    id             bigint   not null,
    rev            bigint   not null references portal_revision (id),
    revtype        smallint not null,
    country_id     bigint,
    operation      varchar(200),
    start_date     varchar(10),
    end_date       varchar(10),
    peak_personnel integer,
    source         varchar(1000),
    updated_at     timestamptz,
    primary key (id, rev)
);

create table staff_account_aud (
    id           bigint   not null,
    rev          bigint   not null references portal_revision (id),
    revtype      smallint not null,
    username     varchar(64),
    display_name varchar(200),
    role         varchar(16),
    enabled      boolean,
    updated_at   timestamptz,
    primary key (id, rev)
);

-- Recent changes read the newest revisions of every table first.
create index country_aud_rev_idx on country_aud (rev);
create index framework_aud_rev_idx on framework_aud (rev);
create index programme_aud_rev_idx on programme_aud (rev);
create index membership_aud_rev_idx on membership_aud (rev);
create index participation_aud_rev_idx on participation_aud (rev);
create index timeline_event_aud_rev_idx on timeline_event_aud (rev);
create index contribution_aud_rev_idx on contribution_aud (rev);
create index staff_account_aud_rev_idx on staff_account_aud (rev);
