<?php

declare(strict_types=1);

/*
 * FrankenPHP worker: PATCH /products/{id}. While a request's changes are
 * flushed, an entity listener records an audit trail entry attributed to
 * the request's user. The listener is attached to the entity manager's
 * event manager for the duration of the request.
 */

final class LifecycleEventArgs
{
    public function __construct(public readonly object $entity, public readonly array $changeSet)
    {
    }
}

final class EventManager
{
    /** @var array<string, array<string, object>> */
    private array $listeners = [];

    public function addEventListener(array|string $events, object $listener): void
    {
        $hash = spl_object_hash($listener);
        foreach ((array) $events as $event) {
            $this->listeners[$event][$hash] = $listener;
        }
    }

    public function removeEventListener(array|string $events, object $listener): void
    {
        $hash = spl_object_hash($listener);
        foreach ((array) $events as $event) {
            unset($this->listeners[$event][$hash]);
        }
    }

    public function dispatchEvent(string $event, LifecycleEventArgs $args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener->$event($args);
        }
    }
}

final class Product
{
    public function __construct(
        public readonly int $id,
        public string $name,
        public int $priceCents,
        public string $description,
    ) {
    }
}

final class EntityManager
{
    private array $dirty = [];

    public function __construct(private EventManager $eventManager)
    {
    }

    public function getEventManager(): EventManager
    {
        return $this->eventManager;
    }

    public function find(int $id): Product
    {
        return new Product($id, "Product $id", 1000 + $id % 50, 'Stock description');
    }

    public function scheduleUpdate(Product $product, array $changeSet): void
    {
        $this->dirty[] = [$product, $changeSet];
    }

    public function flush(): void
    {
        foreach ($this->dirty as [$entity, $changeSet]) {
            $this->eventManager->dispatchEvent('postUpdate', new LifecycleEventArgs($entity, $changeSet));
        }
        $this->dirty = [];
    }
}

final class AuditLog
{
    private int $written = 0;

    public function write(string $actor, string $entity, array $changes, string $requestId): void
    {
        // INSERT INTO audit_log ...
        $this->written++;
    }
}

final class AuditTrailListener
{
    public function __construct(
        private AuditLog $log,
        private string $actor,
        private string $requestId,
        private array $requestHeaders,
    ) {
    }

    public function postUpdate(LifecycleEventArgs $args): void
    {
        $this->log->write($this->actor, $args->entity::class . '#' . $args->entity->id, $args->changeSet, $this->requestId);
    }
}

final class ProductPatchController
{
    private const PATCHABLE = ['name', 'priceCents', 'description'];

    public function __construct(private EntityManager $em, private AuditLog $auditLog)
    {
    }

    public function __invoke(array $request): array
    {
        $listener = new AuditTrailListener($this->auditLog, $request['user'], $request['id'], $request['headers']);
        $this->em->getEventManager()->addEventListener(['postUpdate'], $listener);
        try {
            $product = $this->em->find((int) $request['route']['id']);
            $changes = $this->applyPatch($product, $request['body']);
            if ($changes === []) {
                return ['status' => 204];
            }

            $this->em->scheduleUpdate($product, $changes);
            $this->em->flush();

            return ['status' => 200, 'body' => json_encode(['id' => $product->id, 'changed' => array_keys($changes)])];
        } finally {
            $this->em->getEventManager()->removeEventListener(['postUpdate'], $listener);
        }
    }

    private function applyPatch(Product $product, array $body): array
    {
        $changes = [];
        foreach (array_intersect_key($body, array_flip(self::PATCHABLE)) as $field => $value) {
            if ($product->$field !== $value) {
                $changes[$field] = [$product->$field, $value];
                $product->$field = $value;
            }
        }

        return $changes;
    }
}

// --- worker boot ------------------------------------------------------------
$em = new EntityManager(new EventManager());
$controller = new ProductPatchController($em, new AuditLog());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 1; $i <= $n; $i++) {
    // stand-in for frankenphp_handle_request(function () use ($controller) { ... })
    $id = 300 + $i % 250;
    $body = $i % 4 === 0
        ? ['priceCents' => 1200 + $i]
        : ['name' => "Product $id", 'description' => 'Stock description']; // a form re-submitted unchanged
    $controller([
        'id' => sprintf('req-%010d', 1700000000 + $i),
        'user' => 'staff' . ($i % 12) . '@shop.example',
        'route' => ['id' => (string) $id],
        'headers' => ['user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AdminPanel/3.2', 'x-forwarded-for' => '10.0.' . ($i % 256) . '.' . ($i % 7), 'x-session' => hash('sha256', 'sess' . intdiv($i, 3))],
        'body' => $body,
    ]);
}
