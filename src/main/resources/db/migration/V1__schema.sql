-- Partial dates ("1994", "2021-02", "2021-01-14") are stored as ISO text in the C collation,
-- whose byte order is chronological: a year sorts before the months and days inside it.

create sequence framework_seq increment by 50;
create sequence programme_seq increment by 50;
create sequence country_seq increment by 50;
create sequence membership_seq increment by 50;
create sequence participation_seq increment by 50;
create sequence timeline_event_seq increment by 50;
create sequence contribution_seq increment by 50;

create function is_partial_date(value text) returns boolean
    language sql immutable
    return value ~ '^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$';

create table framework (
    id               bigint primary key,
    code             varchar(16)   not null unique check (code ~ '^[A-Z][A-Z0-9-]*$'),
    name_en          varchar(200)  not null,
    name_fr          varchar(200),
    established_year integer,
    description_en   text,
    description_fr   text,
    source           varchar(1000),
    version          bigint        not null default 0,
    updated_at       timestamptz   not null default now()
);

create table programme (
    id             bigint primary key,
    code           varchar(16)   not null unique check (code ~ '^[A-Z][A-Z0-9-]*$'),
    name_en        varchar(200)  not null,
    name_fr        varchar(200),
    launched_year  integer,
    description_en text,
    description_fr text,
    source         varchar(1000),
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now()
);

create table country (
    id             bigint primary key,
    iso3           varchar(3)     not null unique check (iso3 ~ '^[A-Z]{3}$'),
    slug           varchar(80)   not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en        varchar(200)  not null,
    name_fr        varchar(200),
    region         varchar(40)   not null,
    status         varchar(16)   not null check (status in ('ACTIVE', 'SUSPENDED', 'ALLY', 'FORMER')),
    status_year    integer,
    status_note_en varchar(300),
    status_note_fr varchar(300),
    partner_since  integer,
    summary_en     text,
    summary_fr     text,
    source         varchar(1000),
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now()
);

create table membership (
    id           bigint primary key,
    country_id   bigint        not null references country (id),
    framework_id bigint        not null references framework (id),
    start_date   varchar(10) collate "C" not null check (is_partial_date(start_date)),
    end_date     varchar(10) collate "C" check (is_partial_date(end_date)),
    note         text,
    source       varchar(1000) not null,
    version      bigint        not null default 0,
    updated_at   timestamptz   not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index membership_country_idx on membership (country_id);
create index membership_framework_idx on membership (framework_id);

create table participation (
    id           bigint primary key,
    country_id   bigint        not null references country (id),
    programme_id bigint        not null references programme (id),
    start_date   varchar(10) collate "C" not null check (is_partial_date(start_date)),
    end_date     varchar(10) collate "C" check (is_partial_date(end_date)),
    note         text,
    source       varchar(1000) not null,
    version      bigint        not null default 0,
    updated_at   timestamptz   not null default now(),
    check (end_date is null or end_date >= start_date)
);
create index participation_country_idx on participation (country_id);
create index participation_programme_idx on participation (programme_id);

create table timeline_event (
    id             bigint primary key,
    country_id     bigint references country (id),
    event_date     varchar(10) collate "C" check (is_partial_date(event_date)),
    kind           varchar(32)   not null
        check (kind in ('JOINED_FRAMEWORK', 'PROGRAMME', 'OPERATION_CONTRIBUTION', 'AGREEMENT', 'MILESTONE')),
    title_en       text          not null,
    title_fr       text,
    description_en text,
    description_fr text,
    framework_id   bigint references framework (id),
    programme_id   bigint references programme (id),
    source         varchar(1000) not null,
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now()
);
create index timeline_event_country_idx on timeline_event (country_id);
create index timeline_event_date_idx on timeline_event (event_date);
create index timeline_event_framework_idx on timeline_event (framework_id);
create index timeline_event_programme_idx on timeline_event (programme_id);

create table contribution (
    id             bigint primary key,
    country_id     bigint        not null references country (id),
    operation      varchar(200)  not null,
    start_date     varchar(10) collate "C" check (is_partial_date(start_date)),
    end_date       varchar(10) collate "C" check (is_partial_date(end_date)),
    peak_personnel integer check (peak_personnel > 0),
    source         varchar(1000) not null,
    version        bigint        not null default 0,
    updated_at     timestamptz   not null default now(),
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index contribution_country_idx on contribution (country_id);
