<?php

declare(strict_types=1);

namespace App\Orm {

    final class ChangeTracker
    {
        private function __construct(
            private readonly \WeakReference $model,
            private readonly array $original,
        ) {
        }

        public static function for(Model $model): self
        {
            return new self(\WeakReference::create($model), $model->getAttributes());
        }

        /** @return array<string, array{from: mixed, to: mixed}> */
        public function diff(): array
        {
            $changes = [];
            foreach ($this->model->get()?->getAttributes() ?? [] as $key => $value) {
                if (($this->original[$key] ?? null) !== $value) {
                    $changes[$key] = ['from' => $this->original[$key] ?? null, 'to' => $value];
                }
            }

            return $changes;
        }
    }

    trait TracksChanges
    {
        private ?ChangeTracker $changeTracker = null;

        protected function initializeTracksChanges(): void
        {
            $this->changeTracker = ChangeTracker::for($this);
        }

        public function changes(): array
        {
            return $this->changeTracker?->diff() ?? [];
        }
    }

    interface Observer
    {
        public function saved(Model $model): void;
    }

    abstract class Model
    {
        /** @var array<class-string, list<Observer>> */
        private static array $observers = [];

        final public function __construct(protected array $attributes = [])
        {
            foreach (class_uses($this) as $trait) {
                $initializer = 'initialize' . (new \ReflectionClass($trait))->getShortName();
                if (method_exists($this, $initializer)) {
                    $this->{$initializer}();
                }
            }
        }

        public static function observe(Observer $observer): void
        {
            self::$observers[static::class] = [$observer];
        }

        public static function hydrate(array $row): static
        {
            return new static($row);
        }

        public function getAttributes(): array
        {
            return $this->attributes;
        }

        public function fill(array $values): static
        {
            foreach ($values as $key => $value) {
                $this->attributes[$key] = $value;
            }

            return $this;
        }

        public function save(): bool
        {
            foreach (self::$observers[static::class] ?? [] as $observer) {
                $observer->saved($this);
            }

            return true;
        }
    }
}

namespace App\Models {

    use App\Orm\Model;
    use App\Orm\TracksChanges;

    final class Customer extends Model
    {
        use TracksChanges;
    }
}

namespace App\Crm {

    use App\Models\Customer;
    use App\Orm\Model;
    use App\Orm\Observer;

    final class CrmOutbox
    {
        private int $pending = 0;

        public function push(string $entity, int $id, array $changes): void
        {
            $payload = json_encode(['entity' => $entity, 'id' => $id, 'changes' => $changes]);
            $this->pending += $payload === false ? 0 : 1;
        }
    }

    final class CustomerCrmObserver implements Observer
    {
        public function __construct(private readonly CrmOutbox $outbox)
        {
        }

        public function saved(Model $model): void
        {
            if ($model instanceof Customer && $model->changes() !== []) {
                $this->outbox->push('customer', $model->getAttributes()['id'], $model->changes());
            }
        }
    }

    final class SyncCustomerProfile
    {
        public function __construct(public readonly int $customerId, public readonly array $profile)
        {
        }

        public function handle(): void
        {
            $customer = Customer::hydrate([
                'id' => $this->customerId,
                'email' => "customer{$this->customerId}@example.org",
                'name' => 'Customer ' . $this->customerId,
                'tier' => 'silver',
                'marketing_opt_in' => false,
            ]);

            $customer->fill($this->profile)->save();
        }
    }
}

namespace {

    use App\Crm\CrmOutbox;
    use App\Crm\CustomerCrmObserver;
    use App\Crm\SyncCustomerProfile;
    use App\Models\Customer;

    Customer::observe(new CustomerCrmObserver(new CrmOutbox()));

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $job = new SyncCustomerProfile(4000 + $i, [
            'tier' => $i % 5 === 0 ? 'gold' : 'silver',
            'marketing_opt_in' => $i % 2 === 0,
            'name' => sprintf('Customer %d (updated)', 4000 + $i),
        ]);
        $job->handle();
    }
}
