<?php
// A persistence layer creates a unit of work for each HTTP request; the unit of work subscribes its flush handler on the application-wide event bus so it can write pending changes when the kernel terminates.

final class EventBus
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener, int $priority = 0): void
    {
        $this->listeners[$event][] = $listener; // leak
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

    public function __construct(private Connection $connection)
    {
        global $eventBus;
        $eventBus->addListener('kernel.terminate', Closure::fromCallable([$this, 'onTerminate'])); // leak
    }

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

    private function onTerminate(array $payload): void
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

    public function update(int $userId, array $input): UnitOfWork
    {
        $uow = new UnitOfWork($this->connection);
        $user = new Entity('users', $userId, [
            'name' => 'User ' . $userId,
            'bio' => str_repeat('Loves hiking and open source. ', 10),
            'locale' => 'en_GB',
        ]);
        $uow->scheduleUpdate($user, ['bio' => trim($input['bio']), 'locale' => $input['locale']]);
        return $uow;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$eventBus = new EventBus();
$controller = new ProfileController(new Connection());
for ($i = 0; $i < $n; $i++) {
    $controller->update(100 + $i, ['bio' => "  Updated bio for request {$i} " . str_repeat('x', 200) . '  ', 'locale' => 'de_DE']);
    $eventBus->dispatch('kernel.terminate', ['request' => $i]);
}
