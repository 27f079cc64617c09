<?php

declare(strict_types=1);

namespace App\Domain;

final class Customer
{
    private string $externalId = '';
    private string $name = '';
    private string $email = '';
    private string $phone = '';
    private ?string $vatNumber = null;
    /** @var array<string, string> */
    private array $address = [];
    /** @var list<string> */
    private array $segments = [];
    private ?\DateTimeImmutable $syncedAt = null;

    public function externalId(): string
    {
        return $this->externalId;
    }

    public function isB2b(): bool
    {
        return $this->vatNumber !== null;
    }

    public function markSynced(\DateTimeImmutable $at): void
    {
        $this->syncedAt = $at;
    }
}

namespace App\Infrastructure;

/**
 * Writes private state without reflection, the way Doctrine's and Ocramius'
 * hydrators do. Registered as a singleton and reused by every job.
 */
final class ScopedHydrator
{
    /** @var array<int, \Closure> */
    private array $writers = [];

    /**
     * @template T of object
     * @param T $entity
     * @param array<string, mixed> $data
     * @return T
     */
    public function hydrate(object $entity, array $data): object
    {
        $key = spl_object_id($entity);
        if (!isset($this->writers[$key])) {
            $this->writers[$key] = $this->writerFor($entity);
        }
        ($this->writers[$key])($entity, $data);

        return $entity;
    }

    private function writerFor(object $entity): \Closure
    {
        $write = static function (object $target, array $data): void {
            foreach ($data as $property => $value) {
                if (property_exists($target, $property)) {
                    $target->{$property} = $value;
                }
            }
        };

        return \Closure::bind($write, null, $entity::class);
    }
}

namespace App\Jobs;

use App\Domain\Customer;
use App\Infrastructure\ScopedHydrator;

final class SyncCustomerFromCrm
{
    /** @param array<string, mixed> $payload */
    public function __construct(public readonly array $payload)
    {
    }

    public function handle(ScopedHydrator $hydrator, CustomerWriteModel $customers): void
    {
        $p = $this->payload;
        $customer = $hydrator->hydrate(new Customer(), [
            'externalId' => (string) $p['id'],
            'name' => trim($p['first_name'] . ' ' . $p['last_name']),
            'email' => strtolower($p['email']),
            'phone' => preg_replace('/[^0-9+]/', '', $p['phone']) ?? '',
            'vatNumber' => $p['vat'] ?: null,
            'address' => ['line1' => $p['street'], 'city' => $p['city'], 'postcode' => $p['zip'], 'country' => $p['country']],
            'segments' => array_values(array_filter(explode('|', $p['tags']))),
        ]);
        $customer->markSynced(new \DateTimeImmutable('@' . $p['modified']));
        $customers->save($customer);
    }
}

final class CustomerWriteModel
{
    private int $b2b = 0;
    private int $saved = 0;

    public function save(Customer $customer): void
    {
        $this->saved++;
        if ($customer->isB2b()) {
            $this->b2b++;
        }
    }
}

namespace App;

use App\Infrastructure\ScopedHydrator;
use App\Jobs\CustomerWriteModel;
use App\Jobs\SyncCustomerFromCrm;

/** Stand-in for `php artisan queue:work`: one container, many jobs. */
final class QueueWorker
{
    public function __construct(
        private readonly ScopedHydrator $hydrator,
        private readonly CustomerWriteModel $customers,
    ) {
    }

    public function runNextJob(string $rawPayload): void
    {
        $job = new SyncCustomerFromCrm(json_decode($rawPayload, true, 16, JSON_THROW_ON_ERROR));
        $job->handle($this->hydrator, $this->customers);
    }
}

$worker = new QueueWorker(new ScopedHydrator(), new CustomerWriteModel());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->runNextJob(json_encode([
        'id' => 900000 + $i,
        'first_name' => 'Ana ' . $i,
        'last_name' => 'Kowalczyk-Ribeiro',
        'email' => sprintf('Ana.K%d@Example.test', $i),
        'phone' => sprintf('+48 (22) 555-%04d', $i % 10000),
        'vat' => $i % 3 === 0 ? sprintf('PL%010d', $i) : '',
        'street' => sprintf('ul. Marszałkowska %d/%d', $i % 200, $i % 30),
        'city' => 'Warszawa',
        'zip' => sprintf('00-%03d', $i % 1000),
        'country' => 'PL',
        'tags' => 'newsletter|loyalty-' . ($i % 4) . '|crm-import',
        'modified' => 1_700_000_000 + $i,
    ], JSON_THROW_ON_ERROR));
}
