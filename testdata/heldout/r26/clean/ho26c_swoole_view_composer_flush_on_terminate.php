<?php

// Swoole HTTP server (Octane-style sandbox): one application instance per
// worker; the view factory is a singleton reached through a facade.

final class Application
{
    private static ?Application $instance = null;
    /** @var array<string, Closure> */
    private array $bindings = [];
    /** @var array<string, object> */
    private array $instances = [];

    public static function getInstance(): static
    {
        return self::$instance ??= new static();
    }

    public function singleton(string $id, Closure $factory): void
    {
        $this->bindings[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->bindings[$id])($this);
    }
}

abstract class Facade
{
    abstract protected static function getFacadeAccessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        return Application::getInstance()->make(static::getFacadeAccessor())->$method(...$args);
    }
}

final class View extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'view';
    }
}

final class Event extends Facade
{
    protected static function getFacadeAccessor(): string
    {
        return 'events';
    }
}

final class Dispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function listen(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event): void
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
    }
}

final class ViewInstance
{
    public function __construct(public readonly string $name, public array $data)
    {
    }

    public function with(string $key, mixed $value): self
    {
        $this->data[$key] = $value;
        return $this;
    }
}

final class ViewFactory
{
    /** @var array<string, list<Closure>> */
    private array $composers = [];
    /** @var array<string, list<Closure>> */
    private array $bootComposers = [];
    private int $renderCount = 0;

    public function composer(array|string $views, Closure $callback): void
    {
        foreach ((array) $views as $view) {
            $this->composers[$view][] = $callback;
        }
    }

    public function markBooted(): void
    {
        $this->bootComposers = $this->composers;
    }

    public function make(string $view, array $data = []): ViewInstance
    {
        $instance = new ViewInstance($view, $data);
        foreach ($this->composers[$view] ?? [] as $composer) {
            $composer($instance);
        }
        $this->renderCount++;

        return $instance;
    }

    public function renderCount(): int
    {
        return $this->renderCount;
    }

    public function flushComposers(): void
    {
        $this->composers = $this->bootComposers;
        $this->renderCount = 0;
    }
}

final class Account
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $email,
        public readonly array $roles,
        public readonly array $featureFlags,
        public readonly string $avatarUrl,
    ) {
    }
}

final class Request
{
    public function __construct(public readonly string $path, public readonly array $headers, public readonly array $json = [])
    {
    }
}

final class RequestTerminated
{
    public function __construct(public readonly Request $request, public readonly array $response)
    {
    }
}

final class ShareCurrentAccountWithViews
{
    public function handle(Request $request, callable $next): array
    {
        $account = $this->resolveAccount($request);
        $navigation = ['billing' => in_array('owner', $account->roles, true), 'beta' => $account->featureFlags['beta'] ?? false];

        View::composer(['layouts.app', 'partials.navigation'], function (ViewInstance $view) use ($account, $navigation): void {
            $view->with('currentAccount', $account)->with('navigation', $navigation);
        });

        return $next($request);
    }

    private function resolveAccount(Request $request): Account
    {
        $id = (int) substr($request->headers['authorization'], 7);

        return new Account(
            $id,
            'Workspace ' . $id,
            "owner+{$id}@example.org",
            $id % 4 === 0 ? ['owner', 'member'] : ['member'],
            ['beta' => $id % 2 === 0, 'new_editor' => true, 'exports_v2' => $id % 3 === 0],
            "https://cdn.example.org/avatars/{$id}.png?v=" . substr(md5((string) $id), 0, 12),
        );
    }
}

final class FlushRequestViewComposers
{
    public function __invoke(RequestTerminated $event): void
    {
        $factory = Application::getInstance()->make('view');

        // Composers registered by middleware belong to this request, whether
        // or not a view was rendered from them.
        $factory->flushComposers();
    }
}

final class ApiController
{
    public function __invoke(Request $request): array
    {
        return ['status' => 200, 'json' => ['project' => $request->json['project'] ?? null, 'saved' => true]];
    }
}

// Worker boot.
$app = Application::getInstance();
$app->singleton('view', static fn (): ViewFactory => new ViewFactory());
$app->singleton('events', static fn (): Dispatcher => new Dispatcher());
View::composer('layouts.app', static fn (ViewInstance $v) => $v->with('appName', 'Acme Projects'));
View::markBooted();
Event::listen(RequestTerminated::class, new FlushRequestViewComposers());

$middleware = new ShareCurrentAccountWithViews();
$controller = new ApiController();

$onRequest = static function (Request $request) use ($middleware, $controller): array {
    $response = $middleware->handle($request, $controller);
    Event::dispatch(new RequestTerminated($request, $response));

    return $response;
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $accountId = 9000 + $i;
    $request = new Request('/api/projects/' . ($i % 40), ['authorization' => 'Bearer ' . $accountId, 'accept' => 'application/json'], ['project' => 'p-' . $i]);
    $onRequest($request);
    unset($request);
}
