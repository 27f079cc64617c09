<?php
// A long-running app server shares one database connection whose event emitter reports executed queries; a per-request profiler collects them for the debug toolbar.

declare(strict_types=1);

namespace App\Database;

final class EventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener; // leak
    }

    public function off(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
        if (($this->listeners[$event] ?? null) === []) {
            unset($this->listeners[$event]);
        }
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }
}

final class Connection
{
    private EventEmitter $events;

    public function __construct(private string $dsn)
    {
        $this->events = new EventEmitter();
    }

    public function events(): EventEmitter
    {
        return $this->events;
    }

    /** @return list<array<string, mixed>> */
    public function select(string $sql, array $bindings = []): array
    {
        $start = hrtime(true);
        $rows = [['id' => $bindings[0] ?? 1, 'name' => 'row']];
        $this->events->emit('query', $sql, $bindings, (hrtime(true) - $start) / 1e6);

        return $rows;
    }
}

final class QueryProfile
{
    /** @var list<array{sql: string, bindings: array, ms: float}> */
    public array $queries = [];

    private bool $running = true;

    public function __construct(public readonly string $requestId)
    {
    }

    public function isRunning(): bool
    {
        return $this->running;
    }

    public function stop(): void
    {
        $this->running = false;
    }

    public function totalMs(): float
    {
        return array_sum(array_column($this->queries, 'ms'));
    }
}

final class DebugToolbarMiddleware
{
    public function __construct(private Connection $connection)
    {
    }

    /** @param callable(string): array $next */
    public function handle(string $requestId, callable $next): array
    {
        $profile = new QueryProfile($requestId);
        $this->connection->events()->on('query', function (string $sql, array $bindings, float $ms) use ($profile): void { // leak
            if ($profile->isRunning()) {
                $profile->queries[] = ['sql' => $sql, 'bindings' => $bindings, 'ms' => $ms];
            }
        });

        $response = $next($requestId);
        $profile->stop();
        $response['x-debug-queries'] = \count($profile->queries);

        return $response;
    }
}

final class UserController
{
    public function __construct(private Connection $db)
    {
    }

    public function show(string $requestId): array
    {
        $id = (int) substr($requestId, 4);
        $user = $this->db->select('SELECT id, name, email, created_at FROM users WHERE id = ? AND deleted_at IS NULL', [$id]);
        $roles = $this->db->select('SELECT r.name FROM roles r INNER JOIN user_roles ur ON ur.role_id = r.id WHERE ur.user_id = ?', [$id]);

        return ['user' => $user, 'roles' => $roles];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$db = new Connection('mysql:host=127.0.0.1;dbname=app');
$toolbar = new DebugToolbarMiddleware($db);
$controller = new UserController($db);
for ($i = 0; $i < $n; $i++) {
    $response = $toolbar->handle("req-{$i}", $controller->show(...));
}
