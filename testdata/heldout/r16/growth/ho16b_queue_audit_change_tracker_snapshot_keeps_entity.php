<?php

declare(strict_types=1);

namespace App\Audit;

interface Auditable
{
    public function auditKey(): string;

    /** @return array<string, scalar|null> */
    public function auditAttributes(): array;
}

final class Subscription implements Auditable
{
    public function __construct(
        public readonly int $id,
        public string $plan,
        public int $seats,
        public string $status,
        public string $billingEmail,
        public ?string $cancelReason = null,
    ) {
    }

    public function auditKey(): string
    {
        return 'subscription:' . $this->id;
    }

    public function auditAttributes(): array
    {
        return [
            'plan' => $this->plan,
            'seats' => $this->seats,
            'status' => $this->status,
            'billing_email' => $this->billingEmail,
            'cancel_reason' => $this->cancelReason,
        ];
    }
}

final class OriginalState
{
    /** @param array<string, scalar|null> $attributes */
    public function __construct(
        public readonly Auditable $subject,
        public readonly array $attributes,
        public readonly float $loadedAt,
    ) {
    }
}

/**
 * Long-lived listener: remembers what an entity looked like when it was
 * hydrated so that on save only the changed attributes go to the audit log.
 */
final class ChangeTracker
{
    /** @var array<int, OriginalState> */
    private array $originals = [];

    public function __construct(private readonly AuditLog $log)
    {
    }

    public function onHydrated(Auditable $entity): void
    {
        $this->originals[spl_object_id($entity)] = new OriginalState($entity, $entity->auditAttributes(), microtime(true)); // leak
    }

    public function onSaved(Auditable $entity, string $actor): void
    {
        $original = $this->originals[spl_object_id($entity)] ?? null;
        $before = $original?->attributes ?? [];
        $after = $entity->auditAttributes();

        $changed = array_keys(array_diff_assoc(array_map('strval', $after), array_map('strval', $before)));
        if ($changed !== []) {
            $this->log->write($entity->auditKey(), $actor, array_intersect_key($before, array_flip($changed)), array_intersect_key($after, array_flip($changed)));
        }
        $this->originals[spl_object_id($entity)] = new OriginalState($original?->subject ?? $entity, $after, microtime(true));
    }
}

final class AuditLog
{
    public int $entries = 0;
    public string $last = '';

    public function write(string $key, string $actor, array $before, array $after): void
    {
        // stand-in for an INSERT into audit_log
        $this->last = json_encode(compact('key', 'actor', 'before', 'after'), JSON_THROW_ON_ERROR);
        $this->entries++;
    }
}

final class SubscriptionRepository
{
    public function __construct(private readonly ChangeTracker $tracker)
    {
    }

    public function find(int $id): Subscription
    {
        // stand-in for SELECT ... FROM subscriptions WHERE id = ?
        $subscription = new Subscription($id, 'team', 5 + $id % 10, 'active', sprintf('billing+%d@customer-%d.example', $id, $id));
        $this->tracker->onHydrated($subscription);

        return $subscription;
    }

    public function save(Subscription $subscription, string $actor): void
    {
        $this->tracker->onSaved($subscription, $actor);
    }
}

/** Queued job: `ChangeSeats` from the billing portal. */
final class ChangeSeatsJob
{
    public function __construct(
        public readonly int $subscriptionId,
        public readonly int $seats,
        public readonly string $requestedBy,
    ) {
    }

    public function handle(SubscriptionRepository $subscriptions): void
    {
        $subscription = $subscriptions->find($this->subscriptionId);
        if ($subscription->seats === $this->seats) {
            return;
        }
        $subscription->seats = $this->seats;
        if ($this->seats === 0) {
            $subscription->status = 'cancelled';
            $subscription->cancelReason = 'seats reduced to zero by ' . $this->requestedBy;
        }
        $subscriptions->save($subscription, $this->requestedBy);
    }
}

$log = new AuditLog();
$repository = new SubscriptionRepository(new ChangeTracker($log));

// stand-in for `queue:work`: the container and its singletons outlive every job
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new ChangeSeatsJob(5000 + $i, $i % 7, sprintf('user:%d', $i % 40));
    $job->handle($repository);
}
