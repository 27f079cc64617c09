<?php
// A persistence layer creates a unit of work for each HTTP request; the kernel subscribes the unit of work's flush handler on the application-wide event bus for the duration of the request so pending changes are written when it terminates.

final class EventBus
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener, int $priority = 0): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function dispatch(string $event, array $payload = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener($payload);
        }
    }
}

final class Entity
{
    public function __construct(public readonly string $table, public readonly int $id, public array $data) {}
}

final class UnitOfWork
{
    /** @var array<string, Entity> */
    private array $scheduledUpdates = [];
    private array $changeSets = [];
    private bool $flushed = false;

    public function __construct(private Connection $connection) {}

    public function scheduleUpdate(Entity $entity, array $changes): void
    {
        $key = $entity->table . '#' . $entity->id;
        $this->scheduledUpdates[$key] = $entity;
        $this->changeSets[$key] = array_merge($this->changeSets[$key] ?? [], $changes);
    }

    public function flush(): void
    {
        foreach ($this->scheduledUpdates as $key => $entity) {
            $this->connection->update($entity->table, $this->changeSets[$key], ['id' => $entity->id]);
            $entity->data = array_merge($entity->data, $this->changeSets[$key]);
        }
        $this->flushed = true;
    }

    public function onTerminate(array $payload): void
    {
        if (!$this->flushed && $this->scheduledUpdates !== []) {
            $this->flush();
        }
    }
}

final class Connection
{
    public int $statements = 0;

    public function update(string $table, array $values, array $where): int
    {
        $sql = sprintf('UPDATE %s SET %s WHERE %s', $table, implode(', ', array_map(fn ($c) => "$c = ?", array_keys($values))), implode(' AND ', array_map(fn ($c) => "$c = ?", array_keys($where))));
        $this->statements++;
        return strlen($sql) > 0 ? 1 : 0;
    }
}

final class ProfileController
{
    public function __construct(private Connection $connection) {}

    public function update(UnitOfWork $uow, int $userId, array $input): void
    {
        $user = new Entity('users', $userId, [
            'name' => 'User ' . $userId,
            'bio' => str_repeat('Loves hiking and open source. ', 10),
            'locale' => 'en_GB',
        ]);
        $uow->scheduleUpdate($user, ['bio' => trim($input['bio']), 'locale' => $input['locale']]);
    }
}

final class HttpKernel
{
    public function __construct(private EventBus $events, private Connection $connection, private ProfileController $controller) {}

    public function handle(int $requestId, array $input): void
    {
        $uow = new UnitOfWork($this->connection);
        $listener = Closure::fromCallable([$uow, 'onTerminate']);
        $this->events->addListener('kernel.terminate', $listener);
        try {
            $this->controller->update($uow, 100 + $requestId, $input);
            $this->events->dispatch('kernel.terminate', ['request' => $requestId]);
        } finally {
            $this->events->removeListener('kernel.terminate', $listener);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$eventBus = new EventBus();
$connection = new Connection();
$kernel = new HttpKernel($eventBus, $connection, new ProfileController($connection));
for ($i = 0; $i < $n; $i++) {
    $kernel->handle($i, ['bio' => "  Updated bio for request {$i} " . str_repeat('x', 200) . '  ', 'locale' => 'de_DE']);
}
