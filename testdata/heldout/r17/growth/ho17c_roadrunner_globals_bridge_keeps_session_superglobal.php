<?php

declare(strict_types=1);

namespace App\Runtime;

final class ServerRequest
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly array $query = [],
        public readonly array $body = [],
        public readonly array $cookies = [],
        public readonly array $headers = [],
    ) {
    }
}

/**
 * Lets the legacy page scripts run under RoadRunner: before every request the
 * PHP superglobals are rebuilt from the PSR-7 request, as php-fpm would.
 */
final class LegacyGlobalsBridge
{
    /** @param array<string, string> $baseServer worker-level $_SERVER captured at boot */
    public function __construct(private readonly array $baseServer)
    {
    }

    public function populate(ServerRequest $request): void
    {
        $server = $this->baseServer;
        $server['REQUEST_METHOD'] = $request->method;
        $server['REQUEST_URI'] = $request->path . ($request->query ? '?' . http_build_query($request->query) : '');
        foreach ($request->headers as $name => $value) {
            $server['HTTP_' . strtoupper(str_replace('-', '_', $name))] = $value;
        }

        $_SERVER = $server;
        $_GET = $request->query;
        $_POST = $request->body;
        $_COOKIE = $request->cookies;
        $_FILES = [];
        $_REQUEST = $_GET + $_POST;
    }
}

namespace Legacy\Catalog;

/** Old "recently viewed" widget, still called from product.php. */
final class RecentlyViewed
{
    public static function remember(int $productId, string $name, string $url): void
    {
        $_SESSION['recently_viewed'][$productId] = [ // leak
            'name' => $name,
            'url' => $url,
            'thumbnail' => sprintf('/media/catalog/%d/%d/thumb-320x320.webp', intdiv($productId, 1000), $productId),
            'referer' => $_SERVER['HTTP_REFERER'] ?? null,
            'viewed_at' => $_SERVER['REQUEST_TIME'] ?? 0,
        ];
    }

    /** @return list<array{name: string, url: string}> */
    public static function latest(int $limit = 5): array
    {
        return array_slice(array_reverse(array_values($_SESSION['recently_viewed'] ?? [])), 0, $limit);
    }
}

final class ProductPage
{
    /** @param array<int, array{name: string, price: string}> $catalog */
    public function __construct(private readonly array $catalog)
    {
    }

    public function render(): string
    {
        $id = (int) ($_GET['id'] ?? 0);
        $product = $this->catalog[$id % count($this->catalog)];
        $name = "{$product['name']} #{$id}";

        RecentlyViewed::remember($id, $name, '/product.php?id=' . $id . '&ref=' . rawurlencode($_GET['ref'] ?? 'direct'));

        $aside = '';
        foreach (RecentlyViewed::latest() as $item) {
            $aside .= '<li><a href="' . htmlspecialchars($item['url']) . '">' . htmlspecialchars($item['name']) . '</a></li>';
        }

        return "<h1>{$name}</h1><p>{$product['price']}</p><ul class=\"recent\">{$aside}</ul>";
    }
}

namespace App;

use App\Runtime\LegacyGlobalsBridge;
use App\Runtime\ServerRequest;
use Legacy\Catalog\ProductPage;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$bridge = new LegacyGlobalsBridge(['SERVER_SOFTWARE' => 'RoadRunner', 'REQUEST_TIME' => 1_700_000_000, 'DOCUMENT_ROOT' => '/srv/shop/public']);
$page = new ProductPage([
    ['name' => 'Walnut desk organiser', 'price' => '€ 39.00'],
    ['name' => 'Linen notebook, dotted', 'price' => '€ 14.50'],
    ['name' => 'Brass desk lamp', 'price' => '€ 119.00'],
]);

// $worker->waitRequest() loop
for ($i = 0; $i < $n; $i++) {
    $request = new ServerRequest(
        'GET',
        '/product.php',
        ['id' => (string) (80_000 + $i), 'ref' => "newsletter-week-{$i}"],
        [],
        ['shop_consent' => 'analytics=0'],
        ['User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0', 'Referer' => "https://search.example/?q=desk+organiser+{$i}"],
    );
    $bridge->populate($request);
    $html = $page->render();
}
