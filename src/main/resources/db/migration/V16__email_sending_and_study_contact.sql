-- The address respondents write to with questions: printed in letters, the reply-to of e-mails (issue 15).
alter table study add column contact_email varchar(254);

-- E-mail sending of a mailing (issue 15): started by a lead, carried out by whichever replica holds the lease,
-- throttled and resumable. link_base is the public address the links in the e-mails start with.
alter table mailing add column sending_started_at timestamp with time zone;
alter table mailing add column sending_started_by varchar(64);
alter table mailing add column link_base varchar(500);
alter table mailing add column lease_holder varchar(64);
alter table mailing add column lease_until timestamp with time zone;

-- Each e-mail's fate, so a crash halfway neither sends twice nor skips anyone: attempted just before the SMTP
-- transaction, sent when the server accepted it, failure when it refused it for good (the reply, never the address).
alter table mailing_recipient add column attempted_at timestamp with time zone;
alter table mailing_recipient add column sent_at timestamp with time zone;
alter table mailing_recipient add column failure varchar(500);
create index mailing_recipient_unsent on mailing_recipient (mailing_id, sent_at);

-- An e-mail address that bounced (marked by the lead, or refused by the SMTP server): no more e-mails to it.
alter table invitation add column email_bounced_at timestamp with time zone;

-- A study's own letter and e-mail texts per language, as PO (the same workflow as questionnaire translations);
-- without a row the default template of that language is used.
create table study_letter_text (
    study_id varchar(20) not null references study (id) on delete cascade,
    language varchar(10) not null,
    po varchar(100000) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(64) not null,
    primary key (study_id, language)
);

-- People of a batch bound to its mailing organisation's pseudonymous attribute file (ref and subgroup columns,
-- never contact data): they count in the monitor like frame people, but a frame import leaves them alone.
alter table frame_person add column batch_id bigint references batch (id) on delete cascade;

-- A mailing organisation's list ('organisation') is a channel too: the reminder wave DUO or a register office mails.
alter table mailing alter column channel type varchar(20);
