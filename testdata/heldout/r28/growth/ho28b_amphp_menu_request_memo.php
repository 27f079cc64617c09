<?php
declare(strict_types=1);

// AMPHP HTTP server for the customer app's restaurant menu endpoint
// (GET /restaurants/{id}/menu). Every request runs in its own fiber.

namespace Amp\Http\Server {
    final class Request
    {
        /** @var array<string, mixed> */
        private array $attributes = [];

        public function __construct(
            private string $method,
            private string $path,
            private array $headers,
        ) {}

        public function getMethod(): string
        {
            return $this->method;
        }

        public function getPath(): string
        {
            return $this->path;
        }

        public function getHeader(string $name): ?string
        {
            return $this->headers[strtolower($name)] ?? null;
        }

        public function setAttribute(string $name, mixed $value): void
        {
            $this->attributes[$name] = $value;
        }

        public function getAttribute(string $name): mixed
        {
            return $this->attributes[$name] ?? null;
        }
    }

    final class Response
    {
        public function __construct(public int $status = 200, public array $headers = [], public string $body = '') {}
    }

    interface RequestHandler
    {
        public function handleRequest(Request $request): Response;
    }

    /** Stand-in for SocketHttpServer: one fiber per incoming request. */
    final class SocketHttpServer
    {
        private ?RequestHandler $handler = null;

        public function start(RequestHandler $handler): void
        {
            $this->handler = $handler;
        }

        public function accept(Request $request): Response
        {
            $fiber = new \Fiber(fn (Request $r) => $this->handler->handleRequest($r));
            $fiber->start($request);
            return $fiber->getReturn();
        }
    }
}

namespace Menu {

    use Amp\Http\Server\Request;
    use Amp\Http\Server\RequestHandler;
    use Amp\Http\Server\Response;

    /**
     * Several collaborators of one request (availability, pricing, ETag)
     * need the same rendered menu; compute it once per request.
     */
    trait MemoizesPerRequest
    {
        /** @var array<int, array{request: Request, values: array<string, mixed>}> */
        private static array $perRequest = [];

        private static function memo(Request $request, string $slot, callable $compute): mixed
        {
            $id = spl_object_id($request);
            $entry = self::$perRequest[$id] ?? null;
            if ($entry === null || $entry['request'] !== $request) {
                // the id belonged to an earlier, finished request
                $entry = ['request' => $request, 'values' => []];
            }
            if (!array_key_exists($slot, $entry['values'])) {
                $entry['values'][$slot] = $compute();
                self::$perRequest[$id] = $entry; // leak
            }
            return $entry['values'][$slot];
        }
    }

    final class MenuCatalog
    {
        /** @var array<string, list<array{name: string, items: list<array{sku: string, price: int, tags: list<string>}>}>> */
        private array $menus = [];

        public function __construct(int $restaurants)
        {
            for ($r = 0; $r < $restaurants; $r++) {
                $sections = [];
                foreach (['Starters', 'Mains', 'Sides', 'Desserts', 'Drinks'] as $s => $section) {
                    $items = [];
                    for ($k = 0; $k < 4; $k++) {
                        $items[] = ['sku' => sprintf('r%d-s%d-%d', $r, $s, $k), 'price' => 250 + ($r * 31 + $s * 97 + $k * 53) % 1500, 'tags' => $k % 2 ? ['vegetarian'] : []];
                    }
                    $sections[] = ['name' => $section, 'items' => $items];
                }
                $this->menus['rst_' . (700 + $r)] = $sections;
            }
        }

        public function sections(string $restaurantId): array
        {
            return $this->menus[$restaurantId] ?? [];
        }
    }

    final class Translator
    {
        private const LABELS = [
            'nl' => ['Starters' => 'Voorgerechten', 'Mains' => 'Hoofdgerechten', 'Sides' => 'Bijgerechten', 'Desserts' => 'Nagerechten', 'Drinks' => 'Dranken'],
            'de' => ['Starters' => 'Vorspeisen', 'Mains' => 'Hauptgerichte', 'Sides' => 'Beilagen', 'Desserts' => 'Nachspeisen', 'Drinks' => 'Getränke'],
        ];

        public function section(string $name, string $locale): string
        {
            return self::LABELS[$locale][$name] ?? $name;
        }
    }

    final class MenuRenderer
    {
        use MemoizesPerRequest;

        public function __construct(private MenuCatalog $catalog, private Translator $translator) {}

        public function rendered(Request $request): array
        {
            return self::memo($request, 'menu', fn () => $this->render(
                $request->getAttribute('restaurant_id'),
                $request->getAttribute('locale'),
                $request->getAttribute('sold_out'),
            ));
        }

        private function render(string $restaurantId, string $locale, array $soldOut): array
        {
            $out = [];
            foreach ($this->catalog->sections($restaurantId) as $section) {
                $items = [];
                foreach ($section['items'] as $item) {
                    $items[] = $item + ['available' => !in_array($item['sku'], $soldOut, true), 'display_price' => number_format($item['price'] / 100, 2, ',', '.') . ' EUR'];
                }
                $out[] = ['title' => $this->translator->section($section['name'], $locale), 'items' => $items];
            }
            return $out;
        }
    }

    final class MenuHandler implements RequestHandler
    {
        public function __construct(private MenuRenderer $renderer) {}

        public function handleRequest(Request $request): Response
        {
            if (!preg_match('#^/restaurants/(rst_\d+)/menu$#', $request->getPath(), $m)) {
                return new Response(404);
            }
            $request->setAttribute('restaurant_id', $m[1]);
            $request->setAttribute('locale', substr($request->getHeader('accept-language') ?? 'en', 0, 2));
            $request->setAttribute('sold_out', array_filter(explode(',', $request->getHeader('x-sold-out') ?? '')));

            $etag = '"' . md5(serialize($this->renderer->rendered($request))) . '"';
            if ($request->getHeader('if-none-match') === $etag) {
                return new Response(304);
            }
            return new Response(200, ['content-type' => 'application/json', 'etag' => $etag], json_encode($this->renderer->rendered($request)));
        }
    }

    $server = new \Amp\Http\Server\SocketHttpServer();
    $server->start(new MenuHandler(new MenuRenderer(new MenuCatalog(25), new Translator())));

    $locales = ['nl-NL', 'en-GB', 'de-DE', 'nl-BE'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $r = $i % 25;
        $response = $server->accept(new Request('GET', '/restaurants/rst_' . (700 + $r) . '/menu', [
            'accept-language' => $locales[$i % 4],
            'x-sold-out' => sprintf('r%d-s%d-%d,r%d-s%d-%d', $r, $i % 5, $i % 4, $r, ($i + 2) % 5, ($i + 1) % 4),
            'x-request-id' => bin2hex(pack('N', $i)) . '-menu',
        ]));
    }
}
