<?php

declare(strict_types=1);

namespace App;

/*
 * Laravel app served by Octane (Swoole). Request-scoped log context is kept
 * on a stack in a container singleton, reached through a facade, so nested
 * scopes (jobs dispatched synchronously, sub-requests) can push their own
 * frame and Monolog's processor sees the innermost context.
 */

final class Container
{
    private array $instances = [];
    private array $factories = [];

    public function singleton(string $id, \Closure $factory): void
    {
        $this->factories[$id] = $factory;
    }

    public function make(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

abstract class Facade
{
    protected static ?Container $app = null;

    public static function setFacadeApplication(Container $app): void
    {
        static::$app = $app;
    }

    abstract protected static function accessor(): string;

    public static function __callStatic(string $method, array $args): mixed
    {
        return static::$app->make(static::accessor())->$method(...$args);
    }
}

final class LogContextStack
{
    private \SplStack $frames;

    public function __construct()
    {
        $this->frames = new \SplStack();
    }

    public function push(array $context): void
    {
        $this->frames->push($context);
    }

    public function pop(): void
    {
        if (!$this->frames->isEmpty()) {
            $this->frames->pop();
        }
    }

    public function current(): array
    {
        return $this->frames->isEmpty() ? [] : $this->frames->top();
    }
}

/** @method static void push(array $context) @method static void pop() @method static array current() */
final class LogContext extends Facade
{
    protected static function accessor(): string
    {
        return LogContextStack::class;
    }
}

final class Logger
{
    private int $written = 0;

    public function info(string $message, array $context = []): void
    {
        $record = ['message' => $message, 'context' => $context, 'extra' => LogContext::current()];
        $this->written += strlen(json_encode($record));
    }
}

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $uri,
        public readonly array $headers,
        public readonly array $input,
    ) {
    }
}

final class ValidationException extends \RuntimeException
{
    public function __construct(public readonly array $errors)
    {
        parent::__construct('The given data was invalid.', 422);
    }
}

final class AssignRequestContext
{
    public function handle(Request $request, \Closure $next): array
    {
        LogContext::push([
            'request_id' => $request->headers['x-request-id'],
            'method' => $request->method,
            'uri' => $request->uri,
            'ip' => $request->headers['x-forwarded-for'],
            'user_agent' => $request->headers['user-agent'],
            'tenant' => $request->headers['x-tenant'],
            'traceparent' => $request->headers['traceparent'],
            'referer' => $request->headers['referer'] ?? null,
        ]);

        try {
            return $next($request);
        } finally {
            LogContext::pop();
        }
    }
}

final class SubscribeToNewsletterController
{
    public function __construct(private readonly Logger $logger)
    {
    }

    public function __invoke(Request $request): array
    {
        if (!filter_var($request->input['email'] ?? '', FILTER_VALIDATE_EMAIL)) {
            throw new ValidationException(['email' => ['The email must be a valid email address.']]);
        }
        $this->logger->info('newsletter.subscribed', ['list' => $request->input['list']]);

        return [201, ['subscribed' => true]];
    }
}

final class Kernel
{
    /** @param list<object> $middleware */
    public function __construct(private readonly array $middleware, private readonly \Closure $controller)
    {
    }

    public function handle(Request $request): array
    {
        $pipeline = array_reduce(
            array_reverse($this->middleware),
            static fn (\Closure $next, object $mw) => static fn (Request $r) => $mw->handle($r, $next),
            $this->controller,
        );

        return $pipeline($request);
    }
}

$app = new Container();
$app->singleton(LogContextStack::class, static fn () => new LogContextStack());
Facade::setFacadeApplication($app);

$logger = new Logger();
$controller = new SubscribeToNewsletterController($logger);
$kernel = new Kernel([new AssignRequestContext()], $controller(...));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('POST', '/api/newsletter/subscriptions', [
        'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i & 0xffff, $i & 0xfff, ($i * 7) & 0xfff, $i * 104729),
        'x-forwarded-for' => sprintf('198.51.%d.%d', ($i >> 8) & 255, $i & 255),
        'user-agent' => 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
        'x-tenant' => 'tenant-' . ($i % 12),
        'traceparent' => sprintf('00-%032x-%016x-01', $i * 2654435761, $i * 40503),
        'referer' => 'https://blog.example.org/posts/' . (100 + $i % 40) . '-how-we-moved-our-workers-to-octane?utm_source=newsletter',
    ], [
        // Every other signup form is submitted with a typo in the address.
        'email' => $i % 2 === 0 ? "reader{$i}@example.org" : "reader{$i}@example",
        'list' => 'weekly-digest',
    ]);

    // Octane's worker renders uncaught exceptions into a response.
    try {
        $response = $kernel->handle($request);
    } catch (ValidationException $e) {
        $response = [422, ['message' => $e->getMessage(), 'errors' => $e->errors]];
    }
}
