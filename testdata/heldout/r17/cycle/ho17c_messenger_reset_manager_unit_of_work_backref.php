<?php

declare(strict_types=1);

namespace App\Persistence;

final class Connection
{
    private int $lastInsertId = 0;

    /** @param array<string, scalar> $params */
    public function insert(string $table, array $params): int
    {
        return ++$this->lastInsertId;
    }
}

final class UnitOfWork
{
    /** @var array<int, object> */
    private array $identityMap = [];

    /** @var list<object> */
    private array $pendingInserts = [];

    public function __construct(private readonly EntityManager $em) // leak
    {
    }

    public function scheduleForInsert(object $entity): void
    {
        $this->pendingInserts[] = $entity;
    }

    public function commit(): void
    {
        $connection = $this->em->getConnection();
        foreach ($this->pendingInserts as $entity) {
            $id = $connection->insert($entity::TABLE, $entity->toRow());
            $entity->id = $id;
            $this->identityMap[$id] = $entity;
        }
        $this->pendingInserts = [];
    }
}

class EntityManager
{
    private readonly UnitOfWork $unitOfWork;

    public function __construct(private readonly Connection $connection)
    {
        $this->unitOfWork = new UnitOfWork($this); // leak
    }

    public function getConnection(): Connection
    {
        return $this->connection;
    }

    public function persist(object $entity): void
    {
        $this->unitOfWork->scheduleForInsert($entity);
    }

    public function flush(): void
    {
        $this->unitOfWork->commit();
    }
}

/**
 * Mirrors doctrine's registry: resetManager() swaps the service for a fresh
 * instance (what `reset_on_message` / kernel.reset triggers between messages).
 */
final class ManagerRegistry
{
    private ?EntityManager $manager = null;

    public function __construct(private readonly Connection $connection)
    {
    }

    public function getManager(): EntityManager
    {
        return $this->manager ??= new EntityManager($this->connection);
    }

    public function resetManager(): void
    {
        $this->manager = new EntityManager($this->connection);
    }
}

namespace App\Messenger;

use App\Persistence\ManagerRegistry;

final class WebhookDelivery
{
    public const TABLE = 'webhook_delivery';

    public ?int $id = null;

    public function __construct(
        public readonly string $endpoint,
        public readonly string $event,
        public readonly string $payload,
        public readonly int $statusCode,
    ) {
    }

    /** @return array<string, scalar> */
    public function toRow(): array
    {
        return ['endpoint' => $this->endpoint, 'event' => $this->event, 'payload' => $this->payload, 'status_code' => $this->statusCode];
    }
}

final class DeliverWebhook
{
    public function __construct(public readonly string $endpoint, public readonly string $event, public readonly array $data)
    {
    }
}

final class DeliverWebhookHandler
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public function __invoke(DeliverWebhook $message): void
    {
        $payload = json_encode(['event' => $message->event, 'data' => $message->data], JSON_THROW_ON_ERROR);
        $status = str_contains($message->endpoint, 'sandbox') ? 202 : 200;

        $em = $this->registry->getManager();
        $em->persist(new WebhookDelivery($message->endpoint, $message->event, $payload, $status));
        $em->flush();
    }
}

/** Runs after each message, like messenger's ResetServicesListener. */
final class ResetServicesMiddleware
{
    public function __construct(private readonly ManagerRegistry $registry)
    {
    }

    public function handle(object $message, callable $next): void
    {
        try {
            $next($message);
        } finally {
            $this->registry->resetManager();
        }
    }
}

namespace App;

use App\Messenger\DeliverWebhook;
use App\Messenger\DeliverWebhookHandler;
use App\Messenger\ResetServicesMiddleware;
use App\Persistence\Connection;
use App\Persistence\ManagerRegistry;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$registry = new ManagerRegistry(new Connection());
$handler = new DeliverWebhookHandler($registry);
$middleware = new ResetServicesMiddleware($registry);

for ($i = 0; $i < $n; $i++) {
    $message = new DeliverWebhook(
        "https://hooks.partner-{$i}.example.com/orders",
        'order.paid',
        ['order_id' => 50_000 + $i, 'total' => 129.5 + $i, 'currency' => 'EUR', 'customer' => "customer-{$i}@example.com"],
    );
    $middleware->handle($message, $handler);
}
