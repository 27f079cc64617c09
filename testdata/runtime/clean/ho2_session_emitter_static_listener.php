<?php
// Each request opens a session object with its own small event emitter; the middleware subscribes a close hook that writes the session payload to the store.

declare(strict_types=1);

namespace Http\Session;

final class EventEmitter
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, mixed ...$args): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function listenerCount(string $event): int
    {
        return \count($this->listeners[$event] ?? []);
    }
}

interface SessionStoreInterface
{
    public function write(string $id, string $payload): void;
}

final class NullStore implements SessionStoreInterface
{
    public int $writes = 0;
    public int $bytes = 0;

    public function write(string $id, string $payload): void
    {
        $this->writes++;
        $this->bytes += \strlen($payload);
    }
}

final class Session
{
    private EventEmitter $events;

    /** @var array<string, mixed> */
    private array $attributes = [];

    private bool $dirty = false;

    public function __construct(private string $id)
    {
        $this->events = new EventEmitter();
    }

    public function getId(): string
    {
        return $this->id;
    }

    public function events(): EventEmitter
    {
        return $this->events;
    }

    public function set(string $key, mixed $value): void
    {
        $this->attributes[$key] = $value;
        $this->dirty = true;
    }

    public function get(string $key, mixed $default = null): mixed
    {
        return $this->attributes[$key] ?? $default;
    }

    public function isDirty(): bool
    {
        return $this->dirty;
    }

    public function all(): array
    {
        return $this->attributes;
    }

    public function close(): void
    {
        $this->events->emit('close', $this);
        $this->dirty = false;
    }
}

final class StartSessionMiddleware
{
    public function __construct(private SessionStoreInterface $store)
    {
    }

    /**
     * @param array{cookie: string, path: string} $request
     * @param callable(array, Session): string $next
     */
    public function process(array $request, callable $next): string
    {
        $session = new Session($request['cookie']);
        $store = $this->store;
        $session->events()->on('close', static function (Session $session) use ($store): void {
            if ($session->isDirty()) {
                $store->write($session->getId(), serialize($session->all()));
            }
        });

        $response = $next($request, $session);
        $session->close();

        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$store = new NullStore();
$middleware = new StartSessionMiddleware($store);
$controller = static function (array $request, Session $session): string {
    $session->set('last_path', $request['path']);
    $session->set('flash', str_repeat('Your profile was updated. ', 12));

    return 'HTTP/1.1 200 OK';
};

for ($i = 0; $i < $n; $i++) {
    $response = $middleware->process(['cookie' => bin2hex(pack('N', $i)) . 'a9f3', 'path' => "/account/{$i}"], $controller);
}
