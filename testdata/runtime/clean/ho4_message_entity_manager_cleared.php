<?php
// A message consumer opens an entity manager per message, persists the customer and address records it builds, and flushes them.

declare(strict_types=1);

namespace Crm\Persistence;

interface EntityManagerAware
{
    public function injectEntityManager(EntityManager $em): void;
}

trait ManagedEntity
{
    /** @var EntityManager|null */
    private $entityManager;

    public function injectEntityManager(EntityManager $em): void
    {
        $this->entityManager = $em;
    }

    protected function isManaged(): bool
    {
        return $this->entityManager !== null;
    }

    public function save(): void
    {
        if ($this->entityManager === null) {
            throw new \LogicException(static::class . ' is not managed.');
        }
        $this->entityManager->persist($this);
    }
}

final class Customer implements EntityManagerAware
{
    use ManagedEntity;

    /** @var string */
    public $email;
    /** @var string */
    public $fullName;
    /** @var array */
    public $preferences;

    public function __construct(string $email, string $fullName, array $preferences = [])
    {
        $this->email = $email;
        $this->fullName = $fullName;
        $this->preferences = $preferences;
    }
}

final class Address implements EntityManagerAware
{
    use ManagedEntity;

    /** @var string */
    public $customerEmail;
    /** @var string */
    public $street;
    /** @var string */
    public $city;
    /** @var string */
    public $postcode;

    public function __construct(string $customerEmail, string $street, string $city, string $postcode)
    {
        $this->customerEmail = $customerEmail;
        $this->street = $street;
        $this->city = $city;
        $this->postcode = $postcode;
    }
}

/**
 * Stand-in for a DB connection; records statement counts only.
 */
final class Connection
{
    /** @var int */
    public $statements = 0;

    public function insert(string $table, array $data): void
    {
        $this->statements++;
    }
}

final class EntityManager
{
    /** @var Connection */
    private $connection;
    /** @var \SplObjectStorage */
    private $scheduledInserts;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
        $this->scheduledInserts = new \SplObjectStorage();
    }

    public function persist(object $entity): void
    {
        if ($this->scheduledInserts->contains($entity)) {
            return;
        }
        if ($entity instanceof EntityManagerAware) {
            $entity->injectEntityManager($this);
        }
        $this->scheduledInserts->attach($entity, ['table' => self::tableFor($entity)]);
    }

    public function flush(): void
    {
        foreach ($this->scheduledInserts as $entity) {
            $meta = $this->scheduledInserts[$entity];
            $this->connection->insert($meta['table'], get_object_vars($entity));
        }
    }

    public function clear(): void
    {
        $this->scheduledInserts = new \SplObjectStorage();
    }

    private static function tableFor(object $entity): string
    {
        $short = substr(strrchr(get_class($entity), '\\'), 1);

        return strtolower($short) . 's';
    }
}

final class CustomerSignedUpConsumer
{
    /** @var Connection */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection;
    }

    public function consume(array $message): void
    {
        $em = new EntityManager($this->connection);

        try {
            $customer = new Customer($message['email'], $message['name'], $message['preferences']);
            $em->persist($customer);
            foreach ($message['addresses'] as $addr) {
                $em->persist(new Address($message['email'], $addr['street'], $addr['city'], $addr['postcode']));
            }
            $em->flush();
        } finally {
            $em->clear();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$connection = new Connection();
$consumer = new CustomerSignedUpConsumer($connection);
for ($i = 0; $i < $n; $i++) {
    $consumer->consume([
        'email' => "user{$i}@example.net",
        'name' => 'Customer Number ' . $i,
        'preferences' => ['newsletter' => true, 'locale' => 'de_DE', 'bio' => str_repeat('b', 200)],
        'addresses' => [
            ['street' => 'Hauptstrasse ' . $i, 'city' => 'Berlin', 'postcode' => '10115'],
            ['street' => 'Nebenweg ' . ($i + 1), 'city' => 'Hamburg', 'postcode' => '20095'],
        ],
    ]);
}
