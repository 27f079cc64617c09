<?php

declare(strict_types=1);

// FrankenPHP worker serving the booking sites of a small hotel group: one
// codebase, the property is chosen from the Host header for each request.

if (!function_exists('frankenphp_handle_request')) {
    /** Stand-in for the FrankenPHP worker API: fills $_SERVER and runs the handler. */
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $limit = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $limit) {
            return false;
        }
        $i = $served++;
        $hosts = ['www.casadomar.example', 'www.quintaverde.example', 'www.alfamasuites.example'];
        $paths = ['/', '/rooms', '/offers', '/enquiry'];
        $_SERVER['HTTP_HOST'] = $hosts[$i % 3];
        $_SERVER['REQUEST_METHOD'] = $i % 4 === 3 ? 'POST' : 'GET';
        $_SERVER['REQUEST_URI'] = $paths[$i % 4] . '?utm_source=' . ['google', 'newsletter', 'meta'][$i % 3] . '&gclid=' . md5((string) $i);
        $_SERVER['HTTP_ACCEPT_LANGUAGE'] = ['pt-PT,pt;q=0.9', 'en-GB,en;q=0.8', 'de-DE,de;q=0.7'][$i % 3];
        $_SERVER['HTTP_USER_AGENT'] = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_' . ($i % 6) . ' like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.' . ($i % 6) . ' Mobile/15E148 Safari/604.1 build/' . $i;
        $_SERVER['HTTP_REFERER'] = 'https://www.google.com/search?q=' . urlencode(['hotel cascais sea view', 'douro wine hotel', 'lisbon alfama apartment'][$i % 3] . ' ' . $i);
        $_SERVER['HTTP_COOKIE'] = 'guest_session=' . hash('sha256', 'guest' . $i) . '; consent=all';
        $_POST = $_SERVER['REQUEST_METHOD'] === 'POST' ? ['name' => "Guest {$i}", 'dates' => '2026-07-0' . (1 + $i % 9), 'message' => 'Do you have a cot for a baby?'] : [];
        $handler();

        return true;
    }
}

final class HttpRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $host,
        public readonly string $path,
        public readonly array $query,
        public readonly array $cookies,
        public readonly string $acceptLanguage,
        public readonly array $form,
        public readonly string $userAgent,
        public readonly string $referer,
    ) {
    }

    public static function fromGlobals(): self
    {
        $uri = parse_url($_SERVER['REQUEST_URI']);
        parse_str($uri['query'] ?? '', $query);
        $cookies = [];
        foreach (explode(';', $_SERVER['HTTP_COOKIE'] ?? '') as $pair) {
            [$k, $v] = array_pad(explode('=', trim($pair), 2), 2, '');
            $cookies[$k] = $v;
        }

        return new self($_SERVER['REQUEST_METHOD'], $_SERVER['HTTP_HOST'], $uri['path'], $query, $cookies, $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? 'en', $_POST, $_SERVER['HTTP_USER_AGENT'] ?? '', $_SERVER['HTTP_REFERER'] ?? '');
    }
}

final class HttpResponse
{
    public function __construct(public readonly int $status, public readonly string $body, public readonly array $headers = [])
    {
    }
}

final class PropertyScope
{
    public function __construct(
        public readonly string $propertyCode,
        public readonly array $brand,
        public readonly string $locale,
        public readonly string $guestSession,
        public readonly string $campaign,
        public readonly string $requestId,
        public readonly array $trackingParams,
        public readonly string $userAgent,
        public readonly string $referer,
    ) {
    }

    public function cacheNamespace(): string
    {
        return $this->propertyCode . ':' . $this->locale;
    }
}

/** Static accessor used by views, mailers and the pricing code. */
final class PropertyContext
{
    /** @var list<PropertyScope> */
    private static array $stack = [];

    public static function push(PropertyScope $scope): void
    {
        self::$stack[] = $scope;
    }

    public static function pop(): void
    {
        array_pop(self::$stack);
    }

    public static function current(): PropertyScope
    {
        return self::$stack[array_key_last(self::$stack)] ?? throw new LogicException('No property in scope');
    }
}

final class PageCache
{
    /** @var array<string, HttpResponse> */
    private array $pages = [];

    public function get(string $key): ?HttpResponse
    {
        return $this->pages[$key] ?? null;
    }

    public function put(string $key, HttpResponse $response): void
    {
        $this->pages[$key] = $response;
    }
}

final class ResolvePropertyMiddleware
{
    private const CACHEABLE = ['/', '/rooms', '/offers'];

    /** @param array<string, array{code: string, brand: array}> $properties host => property, from config */
    public function __construct(
        private readonly array $properties,
        private readonly PageCache $pages,
    ) {
    }

    public function handle(HttpRequest $request, Closure $next): HttpResponse
    {
        $property = $this->properties[$request->host] ?? null;
        if ($property === null) {
            return new HttpResponse(404, 'Unknown property');
        }
        PropertyContext::push($this->scopeFor($property, $request));
        try {
            $cacheKey = PropertyContext::current()->cacheNamespace() . $request->path;
            if ($request->method === 'GET' && in_array($request->path, self::CACHEABLE, true)) {
                if ($cached = $this->pages->get($cacheKey)) {
                    return $cached;
                }
            }

            $response = $next($request);
            if ($request->method === 'GET' && $response->status === 200) {
                $this->pages->put($cacheKey, $response);
            }

            return $response;
        } finally {
            PropertyContext::pop();
        }
    }

    private function scopeFor(array $property, HttpRequest $request): PropertyScope
    {
        $locale = substr($request->acceptLanguage, 0, 5);

        return new PropertyScope(
            propertyCode: $property['code'],
            brand: $property['brand'],
            locale: in_array($locale, $property['brand']['locales'], true) ? $locale : $property['brand']['locales'][0],
            guestSession: $request->cookies['guest_session'] ?? '',
            campaign: (string) ($request->query['utm_source'] ?? 'direct'),
            requestId: bin2hex(random_bytes(12)),
            trackingParams: $request->query,
            userAgent: $request->userAgent,
            referer: $request->referer,
        );
    }
}

final class SiteController
{
    public function __invoke(HttpRequest $request): HttpResponse
    {
        $scope = PropertyContext::current();
        if ($request->method === 'POST') {
            return new HttpResponse(202, sprintf('Thanks %s, %s will reply shortly.', $request->form['name'] ?? 'guest', $scope->brand['name']));
        }

        return new HttpResponse(200, sprintf('<h1>%s</h1><p>%s</p>', $scope->brand['name'], $scope->brand['tagline']), ['Content-Language' => $scope->locale]);
    }
}

// ---- worker boot -----------------------------------------------------------
$middleware = new ResolvePropertyMiddleware([
    'www.casadomar.example' => ['code' => 'CDM', 'brand' => ['name' => 'Casa do Mar', 'tagline' => 'Seafront rooms in Cascais', 'locales' => ['pt-PT', 'en-GB']]],
    'www.quintaverde.example' => ['code' => 'QVD', 'brand' => ['name' => 'Quinta Verde', 'tagline' => 'Wine estate stays in the Douro', 'locales' => ['pt-PT', 'en-GB', 'de-DE']]],
    'www.alfamasuites.example' => ['code' => 'ALF', 'brand' => ['name' => 'Alfama Suites', 'tagline' => 'Old town apartments in Lisbon', 'locales' => ['en-GB', 'pt-PT']]],
], new PageCache());
$controller = new SiteController();

$handler = static function () use ($middleware, $controller): void {
    $response = $middleware->handle(HttpRequest::fromGlobals(), static fn (HttpRequest $r) => $controller($r));
    http_response_code($response->status);
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
