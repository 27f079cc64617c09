<?php
// A long-lived change tracker keeps original snapshots of entities in a WeakMap.

final class Invoice
{
    public function __construct(public int $id, public string $status, public string $notes) {}
}

final class ChangeTracker
{
    private WeakMap $originals;

    public function __construct()
    {
        $this->originals = new WeakMap();
    }

    public function track(object $entity): void
    {
        $this->originals[$entity] = get_object_vars($entity);
    }

    public function changes(object $entity): array
    {
        return array_diff_assoc(get_object_vars($entity), $this->originals[$entity] ?? []);
    }
}

final class MarkPaidHandler
{
    public function __construct(private ChangeTracker $tracker) {}

    public function __invoke(int $invoiceId): array
    {
        $invoice = new Invoice($invoiceId, 'open', str_repeat('Net 30. ', 30));
        $this->tracker->track($invoice);
        $invoice->status = 'paid';
        return $this->tracker->changes($invoice);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new MarkPaidHandler(new ChangeTracker());
for ($i = 0; $i < $n; $i++) {
    $handler($i);
}
