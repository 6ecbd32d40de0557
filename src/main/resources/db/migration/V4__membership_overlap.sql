-- A country belongs to a framework at most once at any time. The admin forms check this
-- rule and explain it; this constraint is the backstop for writes that race past them.
-- A partial date covers its whole year or month; an open end lasts indefinitely.

create extension if not exists btree_gist;

create function partial_date_first(value text) returns date
    language sql immutable strict
    return case length(value)
        when 4 then make_date(substr(value, 1, 4)::int, 1, 1)
        when 7 then make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1)
        else make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int)
    end;

create function partial_date_last(value text) returns date
    language sql immutable strict
    return case length(value)
        when 4 then make_date(substr(value, 1, 4)::int, 12, 31)
        when 7 then (make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, 1)
                     + interval '1 month' - interval '1 day')::date
        else make_date(substr(value, 1, 4)::int, substr(value, 6, 2)::int, substr(value, 9, 2)::int)
    end;

alter table membership add constraint membership_no_overlap
    exclude using gist (country_id with =, framework_id with =,
        daterange(partial_date_first(start_date), partial_date_last(end_date), '[]') with &&);
