<?php
// An Octane-style Laravel worker keeps one application container; the event service provider's boot() wires an audit listener for RequestHandled on the shared dispatcher to log each request's outcome.

final class Container
{
    private array $bindings = [];
    private array $instances = [];

    public function singleton(string $abstract, Closure $factory): void
    {
        $this->bindings[$abstract] = $factory;
    }

    public function make(string $abstract): object
    {
        return $this->instances[$abstract] ??= ($this->bindings[$abstract])($this);
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

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $input,
        public readonly string $ip,
    ) {}
}

final class Response
{
    public function __construct(public readonly int $status, public readonly string $content) {}
}

final class RequestHandled
{
    public function __construct(public readonly Request $request, public readonly Response $response) {}
}

final class AuditLog
{
    public int $written = 0;

    public function write(string $line): void
    {
        $this->written++;
    }
}

final class WriteAuditEntry
{
    public function __construct(private AuditLog $log) {}

    public function handle(RequestHandled $event): void
    {
        $request = $event->request;
        $this->log->write(sprintf('%s %s -> %d (%s)', $request->method, $request->uri, $event->response->status, json_encode($request->input)));
    }
}

final class TrimStrings
{
    public function handle(Request $request, Closure $next): Response
    {
        $input = array_map(static fn ($v) => is_string($v) ? trim($v) : $v, $request->input);
        return $next(new Request($request->method, $request->uri, $input, $request->ip));
    }
}

final class EventServiceProvider
{
    public function __construct(private Container $app) {}

    public function register(): void
    {
        $this->app->singleton(Dispatcher::class, static fn () => new Dispatcher());
        $this->app->singleton(AuditLog::class, static fn () => new AuditLog());
    }

    public function boot(): void
    {
        $listener = new WriteAuditEntry($this->app->make(AuditLog::class));
        $this->app->make(Dispatcher::class)->listen(RequestHandled::class, [$listener, 'handle']);
    }
}

final class Kernel
{
    public function __construct(private Container $app, private array $middleware) {}

    public function handle(Request $request): Response
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (Closure $next, object $mw) => static fn (Request $r) => $mw->handle($r, $next),
            static fn (Request $r) => new Response(201, '{"saved":true}'),
        );
        $response = $pipeline($request);
        $this->app->make(Dispatcher::class)->dispatch(new RequestHandled($request, $response));
        return $response;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = new Container();
$provider = new EventServiceProvider($app);
$provider->register();
$provider->boot();
$kernel = new Kernel($app, [new TrimStrings()]);

for ($i = 0; $i < $n; $i++) {
    $kernel->handle(new Request('POST', '/api/comments', [
        'post_id' => 77,
        'body' => str_repeat("Comment number {$i}. ", 10),
    ], '192.0.2.' . ($i % 250)));
}
