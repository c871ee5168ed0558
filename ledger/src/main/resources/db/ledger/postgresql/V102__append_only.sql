-- Append-only at the database level: UPDATE, DELETE and TRUNCATE on ledger tables raise an error, whoever runs them.
-- A superuser can still disable the triggers; that is what the LogAuditor and the anchors are for.
create or replace function ledger_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'ledger table % is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger ledger_log_append_only before update or delete on ledger_log
    for each row execute function ledger_refuse_change();
create trigger ledger_log_no_truncate before truncate on ledger_log
    for each statement execute function ledger_refuse_change();

create trigger ledger_review_record_append_only before update or delete on ledger_review_record
    for each row execute function ledger_refuse_change();
create trigger ledger_review_record_no_truncate before truncate on ledger_review_record
    for each statement execute function ledger_refuse_change();

create trigger ledger_tree_node_append_only before update or delete on ledger_tree_node
    for each row execute function ledger_refuse_change();
create trigger ledger_tree_node_no_truncate before truncate on ledger_tree_node
    for each statement execute function ledger_refuse_change();

create trigger ledger_checkpoint_append_only before update or delete on ledger_checkpoint
    for each row execute function ledger_refuse_change();
create trigger ledger_checkpoint_no_truncate before truncate on ledger_checkpoint
    for each statement execute function ledger_refuse_change();

create trigger ledger_anchor_receipt_append_only before update or delete on ledger_anchor_receipt
    for each row execute function ledger_refuse_change();
create trigger ledger_anchor_receipt_no_truncate before truncate on ledger_anchor_receipt
    for each statement execute function ledger_refuse_change();

create trigger ledger_local_anchor_append_only before update or delete on ledger_local_anchor
    for each row execute function ledger_refuse_change();
create trigger ledger_local_anchor_no_truncate before truncate on ledger_local_anchor
    for each statement execute function ledger_refuse_change();
