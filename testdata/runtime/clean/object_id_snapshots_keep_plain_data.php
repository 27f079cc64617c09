<?php
// The same tracker keeps only the entity's audit key and its attributes,
// plain values: the entity goes after its job, the next one gets its id,
// and the snapshot under that id is overwritten.

interface Auditable
{
    public function auditKey(): string;

    public function attributes(): array;
}

final class Subscription implements Auditable
{
    public function __construct(private int $id, private string $plan, private int $seats, private string $email)
    {
    }

    public function auditKey(): string
    {
        return 'subscription:' . $this->id;
    }

    public function attributes(): array
    {
        return ['plan' => $this->plan, 'seats' => $this->seats, 'email' => $this->email];
    }
}

final class ChangeTracker
{
    private array $snapshots = [];

    public function hydrated(Auditable $entity): void
    {
        $this->snapshots[spl_object_id($entity)] = ['subject' => $entity->auditKey(), 'attributes' => $entity->attributes()];
    }
}

$tracker = new ChangeTracker();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $subscription = new Subscription($i, 'pro', 1 + $i % 9, 'billing' . $i . '@' . str_repeat('example', 40) . '.com');
    $tracker->hydrated($subscription);
}
