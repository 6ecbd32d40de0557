-- Change history (Hibernate Envers). Every transaction that creates, updates or deletes records
-- is one revision, signed with the staff username ("system" for the seed import). Each audited
-- table has a <table>_aud twin holding one row per record per revision: revtype 0 = created,
-- 1 = changed, 2 = deleted (with the last values, so a deleted record can be restored).
-- Password hashes are never copied into history.

create sequence portal_revision_seq increment by 1;

-- restored_from names the deleted record ("countries/123") a restore brought back as a new record.
create table portal_revision (
    id            bigint primary key,
    changed_at    timestamptz  not null,
    username      varchar(64)  not null,
    restored_from varchar(100)
);
create index portal_revision_username_idx on portal_revision (username);
create index portal_revision_restored_from_idx on portal_revision (restored_from);

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

-- A database that already holds records (created before history existed) gets them as one
-- starting revision by "system", so every record has a history and can be restored once
-- deleted. On a new database the tables are empty here and nothing is inserted.
insert into portal_revision (id, changed_at, username)
select nextval('portal_revision_seq'), now(), 'system'
where exists (select from country) or exists (select from framework) or exists (select from programme)
   or exists (select from timeline_event) or exists (select from staff_account);

insert into country_aud (id, rev, revtype, iso3, slug, name_en, name_fr, region, status, status_year,
                         status_note_en, status_note_fr, partner_since, summary_en, summary_fr, source, updated_at)
select id, (select max(id) from portal_revision), 0, iso3, slug, name_en, name_fr, region, status, status_year,
       status_note_en, status_note_fr, partner_since, summary_en, summary_fr, source, updated_at
from country;

insert into framework_aud (id, rev, revtype, code, name_en, name_fr, established_year, description_en,
                           description_fr, source, updated_at)
select id, (select max(id) from portal_revision), 0, code, name_en, name_fr, established_year, description_en,
       description_fr, source, updated_at
from framework;

insert into programme_aud (id, rev, revtype, code, name_en, name_fr, launched_year, description_en,
                           description_fr, source, updated_at)
select id, (select max(id) from portal_revision), 0, code, name_en, name_fr, launched_year, description_en,
       description_fr, source, updated_at
from programme;

insert into membership_aud (id, rev, revtype, country_id, framework_id, start_date, end_date, note, source,
                            updated_at)
select id, (select max(id) from portal_revision), 0, country_id, framework_id, start_date, end_date, note, source,
       updated_at
from membership;

insert into participation_aud (id, rev, revtype, country_id, programme_id, start_date, end_date, note, source,
                               updated_at)
select id, (select max(id) from portal_revision), 0, country_id, programme_id, start_date, end_date, note, source,
       updated_at
from participation;

insert into timeline_event_aud (id, rev, revtype, country_id, event_date, kind, title_en, title_fr, description_en,
                                description_fr, framework_id, programme_id, source, updated_at)
select id, (select max(id) from portal_revision), 0, country_id, event_date, kind, title_en, title_fr,
       description_en, description_fr, framework_id, programme_id, source, updated_at
from timeline_event;

insert into contribution_aud (id, rev, revtype, country_id, operation, start_date, end_date, peak_personnel, source,
                              updated_at)
select id, (select max(id) from portal_revision), 0, country_id, operation, start_date, end_date, peak_personnel,
       source, updated_at
from contribution;

insert into staff_account_aud (id, rev, revtype, username, display_name, role, enabled, updated_at)
select id, (select max(id) from portal_revision), 0, username, display_name, role, enabled, updated_at
from staff_account;
