<?php
// A multi-tenant billing worker opens a tenant-scoped entity manager for each job, loads an invoice and its customer through an identity map with lazy loading, and marks the invoice as sent.

declare(strict_types=1);

namespace Billing\Orm;

interface EntityManagerAware
{
    public function setEntityManager(EntityManager $em): void;
}

abstract class Entity implements EntityManagerAware
{
    protected ?EntityManager $entityManager = null;

    public function __construct(public readonly int $id)
    {
    }

    public function setEntityManager(EntityManager $em): void
    {
        $this->entityManager = $em; // leak
    }
}

final class Customer extends Entity
{
    public string $name = '';
    public string $email = '';
    public string $billingAddress = '';
}

final class Invoice extends Entity
{
    public int $customerId = 0;
    public int $amountCents = 0;
    public string $status = 'draft';
    public string $pdfPath = '';

    public function getCustomer(): Customer
    {
        /** @var Customer */
        return $this->entityManager->find(Customer::class, $this->customerId);
    }
}

/**
 * Fake storage standing in for a tenant database.
 */
final class TenantDatabase
{
    public int $reads = 0;
    public int $writes = 0;

    public function __construct(public readonly string $tenant)
    {
    }

    /**
     * @return array<string, mixed>
     */
    public function row(string $class, int $id): array
    {
        $this->reads++;
        return match ($class) {
            Invoice::class => ['customerId' => $id % 97, 'amountCents' => 1999 * ($id % 7 + 1), 'status' => 'draft', 'pdfPath' => "/var/invoices/{$this->tenant}/{$id}.pdf"],
            Customer::class => ['name' => "Customer {$id}", 'email' => "c{$id}@{$this->tenant}.example", 'billingAddress' => str_repeat("{$id} Market Square, Leeds ", 10)],
            default => throw new \LogicException("Unknown entity {$class}"),
        };
    }

    public function update(string $class, int $id, array $changes): void
    {
        $this->writes++;
    }
}

final class EntityManager
{
    /** @var array<class-string, array<int, Entity>> */
    private array $identityMap = [];

    /** @var array<string, array{Entity, array<string, mixed>}> */
    private array $scheduledUpdates = [];

    public function __construct(private readonly TenantDatabase $db)
    {
    }

    /**
     * @template T of Entity
     * @param class-string<T> $class
     * @return T
     */
    public function find(string $class, int $id): Entity
    {
        if (isset($this->identityMap[$class][$id])) {
            return $this->identityMap[$class][$id];
        }
        $entity = new $class($id);
        foreach ($this->db->row($class, $id) as $field => $value) {
            $entity->{$field} = $value;
        }
        $entity->setEntityManager($this); // leak
        $this->identityMap[$class][$id] = $entity; // leak
        return $entity;
    }

    public function persist(Entity $entity, array $changes): void
    {
        $this->scheduledUpdates[$entity::class . '#' . $entity->id] = [$entity, $changes];
    }

    public function flush(): void
    {
        foreach ($this->scheduledUpdates as [$entity, $changes]) {
            $this->db->update($entity::class, $entity->id, $changes);
        }
        $this->scheduledUpdates = [];
    }

    public function clear(): void
    {
        $this->identityMap = [];
        $this->scheduledUpdates = [];
    }
}

final class SendInvoiceJob
{
    public function __construct(public readonly string $tenant, public readonly int $invoiceId)
    {
    }
}

final class SendInvoiceHandler
{
    /** @var list<string> */
    private array $outbox = [];

    public function __invoke(SendInvoiceJob $job, EntityManager $em): void
    {
        $invoice = $em->find(Invoice::class, $job->invoiceId);
        $customer = $invoice->getCustomer();
        $this->outbox[] = $customer->email;
        if (count($this->outbox) > 20) {
            $this->outbox = [];
        }
        $invoice->status = 'sent';
        $em->persist($invoice, ['status' => 'sent']);
        $em->flush();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$databases = ['acme' => new TenantDatabase('acme'), 'globex' => new TenantDatabase('globex')];
$handler = new SendInvoiceHandler();

for ($i = 0; $i < $n; $i++) {
    $job = new SendInvoiceJob($i % 2 === 0 ? 'acme' : 'globex', 10_000 + $i);
    $em = new EntityManager($databases[$job->tenant]);
    $handler($job, $em);
    unset($em);
}
