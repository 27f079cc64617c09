<?php

declare(strict_types=1);

namespace App;

/*
 * Symfony app under a RoadRunner worker. A kernel.request listener resolves
 * locale, A/B bucket and client hints once per Request and keeps them in a
 * side table keyed by the Request object, so controllers and Twig
 * extensions can ask for them without re-parsing headers.
 */

final class Request
{
    public array $attributes = [];

    public function __construct(
        public readonly string $method,
        public readonly string $pathInfo,
        public readonly array $headers,
        public readonly array $cookies = [],
    ) {
    }
}

final class RequestMeta
{
    public function __construct(
        public readonly string $locale,
        public readonly string $experimentBucket,
        public readonly array $clientHints,
    ) {
    }
}

final class RequestMetaRegistry
{
    private \WeakMap $meta;

    public function __construct()
    {
        $this->meta = new \WeakMap();
    }

    public function remember(Request $request, RequestMeta $meta): void
    {
        $this->meta[$request] = $meta;
    }

    public function for(Request $request): ?RequestMeta
    {
        return isset($this->meta[$request]) ? $this->meta[$request] : null;
    }
}

final class RequestEvent
{
    public function __construct(public readonly Request $request)
    {
    }
}

final class EventDispatcher
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function dispatch(object $event, string $name): object
    {
        foreach ($this->listeners[$name] ?? [] as $listener) {
            $listener($event);
        }

        return $event;
    }
}

final class ClientContextListener
{
    public function __construct(private readonly RequestMetaRegistry $registry)
    {
    }

    public function __invoke(RequestEvent $event): void
    {
        $request = $event->request;
        $accept = $request->headers['accept-language'] ?? 'en';
        $locale = substr(strtok($accept, ',') ?: 'en', 0, 2);
        $bucket = crc32($request->cookies['visitor'] ?? '') % 2 === 0 ? 'control' : 'variant-b';
        $hints = [];
        foreach ($request->headers as $name => $value) {
            if (str_starts_with($name, 'sec-ch-')) {
                $hints[substr($name, 7)] = trim($value, '"');
            }
        }

        $this->registry->remember($request, new RequestMeta($locale, $bucket, $hints));
    }
}

final class ProductController
{
    public function __construct(private readonly RequestMetaRegistry $registry)
    {
    }

    public function show(Request $request): string
    {
        $meta = $this->registry->for($request);

        return sprintf('<html lang="%s" data-exp="%s">%s</html>', $meta?->locale ?? 'en', $meta?->experimentBucket ?? 'control', $request->pathInfo);
    }
}

final class HttpKernel
{
    public function __construct(
        private readonly EventDispatcher $dispatcher,
        private readonly ProductController $controller,
    ) {
    }

    public function handle(Request $request): string
    {
        $this->dispatcher->dispatch(new RequestEvent($request), 'kernel.request');

        return $this->controller->show($request);
    }
}

$registry = new RequestMetaRegistry();
$dispatcher = new EventDispatcher();
$dispatcher->addListener('kernel.request', new ClientContextListener($registry));
$kernel = new HttpKernel($dispatcher, new ProductController($registry));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/products/' . (1000 + $i), [
        'accept-language' => 'de-DE,de;q=0.9,en;q=0.8',
        'user-agent' => 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/120.0',
        'sec-ch-ua' => '"Chromium";v="120", "Not?A_Brand";v="24"',
        'sec-ch-ua-platform' => '"Windows"',
        'sec-ch-ua-mobile' => '?0',
    ], ['visitor' => 'v' . $i]);

    $body = $kernel->handle($request);
}
