-- An entry corrected twice since the rollups last folded their changes in (780 million, then 781,
-- then 780 again): its differences wait in subtree_figure_change, as they do on a running server
-- between two compactions. The figures are as they were.
update disbursement set amount_vnd = amount_vnd + 1000000
where id = (select min(id) from disbursement where amount_vnd > 0);
update disbursement set amount_vnd = amount_vnd - 1000000
where id = (select min(id) from disbursement where amount_vnd > 0);
