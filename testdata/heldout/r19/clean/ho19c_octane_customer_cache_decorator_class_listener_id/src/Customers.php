<?php

declare(strict_types=1);

namespace App\Customers;

use Acme\Events\EventDispatcher;

final class Customer
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $email,
        public readonly string $billingAddress,
        public readonly array $preferences = [],
    ) {
    }
}

final class CustomerUpdated
{
    public function __construct(public readonly int $customerId)
    {
    }
}

interface CustomerRepository
{
    public function find(int $id): ?Customer;

    public function rename(int $id, string $name): void;
}

final class DbalCustomerRepository implements CustomerRepository
{
    public function __construct(private readonly EventDispatcher $events)
    {
    }

    public function find(int $id): ?Customer
    {
        return new Customer(
            $id,
            'Customer ' . $id,
            "customer{$id}@example.com",
            sprintf('%d Market Street, Suite %d, Springfield, IL 627%02d, United States', $id % 900, $id % 40, $id % 100),
            ['newsletter' => $id % 2 === 0, 'locale' => 'en_US', 'currency' => 'USD', 'timezone' => 'America/Chicago'],
        );
    }

    public function rename(int $id, string $name): void
    {
        $this->events->dispatch(new CustomerUpdated($id));
    }
}

/**
 * Request-scoped read-through cache. Entries are dropped whenever a
 * CustomerUpdated event is dispatched anywhere in the worker.
 */
final class CachingCustomerRepository implements CustomerRepository
{
    /** @var array<int, Customer|null> */
    private array $cache = [];

    public function __construct(
        private readonly CustomerRepository $inner,
        private readonly EventDispatcher $events,
    ) {
        $this->events->addListener(CustomerUpdated::class, $this->forget(...), $this->listenerId());
    }

    public function find(int $id): ?Customer
    {
        if (!array_key_exists($id, $this->cache)) {
            $this->cache[$id] = $this->inner->find($id);
        }

        return $this->cache[$id];
    }

    public function rename(int $id, string $name): void
    {
        $this->inner->rename($id, $name);
    }

    private function forget(CustomerUpdated $event): void
    {
        unset($this->cache[$event->customerId]);
    }

    private function listenerId(): string
    {
        return self::class;
    }
}
