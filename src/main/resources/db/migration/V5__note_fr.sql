-- French note of memberships and participations; the existing note column stays the English
-- note. The audit tables get the column too, so history records French note changes.
alter table membership add column note_fr text;
alter table participation add column note_fr text;
alter table membership_aud add column note_fr text;
alter table participation_aud add column note_fr text;
