-- The smallest group of respondents a breakdown of answers may show for this study (design §5);
-- smaller cells are suppressed, with complementary suppression so totals do not give them away.
alter table study add column minimum_cell integer not null default 5;
