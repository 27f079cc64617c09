<?php
// A Laravel Octane worker serves order detail pages; the controller queues a path-scoped cookie remembering the selected tab, a middleware copies queued cookies onto the response and a request-terminated listener runs afterwards.

declare(strict_types=1);

namespace Symfony\Component\HttpFoundation {

    final class Cookie
    {
        public function __construct(
            private string $name,
            private string $value,
            private int $expire,
            private string $path = '/',
            private ?string $domain = null,
            private bool $secure = true,
            private bool $httpOnly = true,
            private string $sameSite = 'lax',
        ) {}

        public function getName(): string
        {
            return $this->name;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function __toString(): string
        {
            return sprintf(
                '%s=%s; expires=%s; path=%s%s%s%s; samesite=%s',
                $this->name,
                rawurlencode($this->value),
                gmdate('D, d M Y H:i:s T', $this->expire),
                $this->path,
                $this->domain !== null ? '; domain=' . $this->domain : '',
                $this->secure ? '; secure' : '',
                $this->httpOnly ? '; httponly' : '',
                $this->sameSite,
            );
        }
    }

    final class Response
    {
        /** @var list<string> */
        public array $cookieHeaders = [];

        public function __construct(public string $content = '', public int $status = 200) {}

        public function setCookie(Cookie $cookie): void
        {
            $this->cookieHeaders[] = (string) $cookie;
        }
    }
}

namespace Illuminate\Cookie {

    use Symfony\Component\HttpFoundation\Cookie;

    class CookieJar
    {
        private string $path = '/';
        private ?string $domain = null;

        /** @var array<string, array<string, Cookie>> */
        protected array $queued = [];

        public function make(string $name, string $value, int $minutes = 0, ?string $path = null): Cookie
        {
            $expire = $minutes === 0 ? 0 : 1_700_000_000 + $minutes * 60;

            return new Cookie($name, $value, $expire, $path ?? $this->path, $this->domain);
        }

        public function queue(Cookie $cookie): void
        {
            $this->queued[$cookie->getName()][$cookie->getPath()] = $cookie;
        }

        public function unqueue(string $name, ?string $path = null): void
        {
            if ($path === null) {
                unset($this->queued[$name]);

                return;
            }
            unset($this->queued[$name][$path]);
            if (empty($this->queued[$name])) {
                unset($this->queued[$name]);
            }
        }

        /**
         * @return list<Cookie>
         */
        public function getQueuedCookies(): array
        {
            $cookies = [];
            foreach ($this->queued as $byPath) {
                foreach ($byPath as $cookie) {
                    $cookies[] = $cookie;
                }
            }

            return $cookies;
        }

        public function flushQueuedCookies(): static
        {
            $this->queued = [];

            return $this;
        }
    }
}

namespace Illuminate\Cookie\Middleware {

    use Closure;
    use Illuminate\Cookie\CookieJar;
    use Symfony\Component\HttpFoundation\Response;

    class AddQueuedCookiesToResponse
    {
        public function __construct(protected CookieJar $cookies) {}

        public function handle(array $request, Closure $next): Response
        {
            $response = $next($request);
            foreach ($this->cookies->getQueuedCookies() as $cookie) {
                if (str_starts_with($request['path'], $cookie->getPath())) {
                    $response->setCookie($cookie);
                }
            }

            return $response;
        }
    }
}

namespace Laravel\Octane\Listeners {

    use Illuminate\Cookie\CookieJar;

    class FlushQueuedCookies
    {
        public function __construct(private readonly CookieJar $cookies) {}

        public function handle(object $event): void
        {
            $this->cookies->flushQueuedCookies();
        }
    }
}

namespace App\Http\Controllers {

    use Illuminate\Cookie\CookieJar;
    use Symfony\Component\HttpFoundation\Response;

    final class OrderController
    {
        private const TABS = ['items', 'shipping', 'invoices', 'history'];

        public function __construct(private readonly CookieJar $cookies) {}

        /**
         * @param array{path: string, query: array<string, string>} $request
         */
        public function show(array $request, int $orderId): Response
        {
            $tab = $request['query']['tab'] ?? 'items';
            if (!in_array($tab, self::TABS, true)) {
                $tab = 'items';
            }
            $state = json_encode([
                'tab' => $tab,
                'collapsed' => ['notes', 'audit-log'],
                'sort' => 'sku:asc',
                'columns' => ['sku', 'name', 'qty', 'unit_price', 'vat', 'total', 'warehouse'],
                'per_page' => 50,
                'filters' => ['warehouse' => ['BER-1', 'HAM-2', 'MUC-1'], 'status' => ['picked', 'packed', 'backordered'], 'carrier' => 'any'],
                'expanded' => ['customer-card', 'payment-summary', 'return-requests', 'internal-comments'],
                'pinned_lines' => [$orderId * 10 + 1, $orderId * 10 + 4, $orderId * 10 + 7],
            ]);
            $this->cookies->queue($this->cookies->make('order_view', $state, 60 * 24 * 30, '/orders/' . $orderId));

            return new Response(sprintf('<section class="order" data-tab="%s">Order #%d</section>', $tab, $orderId));
        }
    }
}

namespace {

    use App\Http\Controllers\OrderController;
    use Illuminate\Cookie\CookieJar;
    use Illuminate\Cookie\Middleware\AddQueuedCookiesToResponse;
    use Laravel\Octane\Listeners\FlushQueuedCookies;

    $cookies = new CookieJar();
    $middleware = new AddQueuedCookiesToResponse($cookies);
    $controller = new OrderController($cookies);
    $onTerminated = [new FlushQueuedCookies($cookies)];
    $tabs = ['items', 'shipping', 'invoices', 'history'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $orderId = 700000 + $i;
        $request = ['path' => '/orders/' . $orderId, 'query' => ['tab' => $tabs[$i % 4]]];
        $response = $middleware->handle($request, static fn (array $request) => $controller->show($request, $orderId));
        foreach ($onTerminated as $listener) {
            $listener->handle((object) ['request' => $request, 'response' => $response]);
        }
    }
}
