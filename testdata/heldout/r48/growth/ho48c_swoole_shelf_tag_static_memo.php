<?php
// Modeled on memo caches whose key embeds per-request data (the fix keys the cache by the fixed-domain part and fills per-call values at render time).
// Swoole HTTP server rendering pantry shelf tags (category colour, language, allergen legend) for donated stock.

namespace Swoole\Http {
    final class Request
    {
        public array $get = [];
        public array $server = [];
    }

    final class Response
    {
        public array $header = [];
        public string $sent = '';

        public function header(string $key, string $value): void
        {
            $this->header[$key] = $value;
        }

        public function end(string $content = ''): void
        {
            $this->sent = $content;
        }
    }

    // Stand-in for Swoole\Http\Server: start() runs the worker's event loop;
    // here it feeds PHPLEAK_N requests to the 'request' callback.
    final class Server
    {
        private array $callbacks = [];

        public function __construct(public readonly string $host, public readonly int $port)
        {
        }

        public function on(string $event, callable $callback): void
        {
            $this->callbacks[$event] = $callback;
        }

        public function start(): void
        {
            ($this->callbacks['workerStart'] ?? static fn () => null)($this, 0);
            $categories = ['produce', 'dairy', 'canned', 'dry', 'frozen', 'hygiene'];
            $langs = ['en', 'es', 'so', 'vi'];
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->server = ['request_uri' => '/shelf-tag', 'remote_addr' => '10.0.3.'.($i % 200)];
                $request->get = [
                    'pantry' => (string) (1 + $i % 9),
                    'category' => $categories[$i % 6],
                    'lang' => $langs[$i % 4],
                    'sku' => sprintf('DON-%06d', 300000 + $i),
                    'name' => ['Black beans', 'Oat milk', 'Frozen peas', 'Diapers size 3', 'Brown rice', 'Apples'][$i % 6],
                ];
                ($this->callbacks['request'])($request, new Response());
            }
        }
    }
}

namespace App\ShelfTags {
    const CATEGORY_COLOURS = [
        'produce' => '#3c9d3c', 'dairy' => '#2f6fb5', 'canned' => '#b5742f',
        'dry' => '#a58d4a', 'frozen' => '#35a7c9', 'hygiene' => '#8a4fb5',
    ];

    const HEADINGS = [
        'en' => ['Free — take what your household needs', 'Storage'],
        'es' => ['Gratis — lleve lo que su hogar necesite', 'Almacenamiento'],
        'so' => ['Bilaash — qaado waxa qoyskaagu u baahan yahay', 'Kaydinta'],
        'vi' => ['Miễn phí — lấy những gì gia đình bạn cần', 'Bảo quản'],
    ];

    function compile_shelf_tag(string $lang, string $category, string $sku, string $name): string
    {
        $colour = CATEGORY_COLOURS[$category] ?? '#777777';
        [$heading, $storage] = HEADINGS[$lang] ?? HEADINGS['en'];

        return <<<HTML
            <article class="shelf-tag shelf-tag--{$category}" lang="{$lang}" style="border-top: 12px solid {$colour}">
              <header><h2>{$name}</h2><small class="sku">{$sku}</small></header>
              <p class="shelf-tag__free">{$heading}</p>
              <dl><dt>{$storage}</dt><dd class="storage storage--{$category}">{{storage}}</dd></dl>
              <ul class="allergen-legend"><li>M = milk</li><li>E = egg</li><li>P = peanut</li><li>T = tree nut</li><li>S = soy</li><li>W = wheat</li><li>F = fish</li></ul>
              <footer>Limit {{limit}} per household · Donated locally · Not for resale · Scan for allergen details</footer>
              <svg class="barcode" viewBox="0 0 120 30" aria-label="{$sku}"><rect width="120" height="30" fill="none"/></svg>
            </article>
            HTML;
    }

    function shelf_tag(string $lang, string $category, string $sku, string $name): string
    {
        static $compiled = [];
        $key = "{$lang}:{$category}:{$sku}";

        return $compiled[$key] ??= compile_shelf_tag($lang, $category, $sku, $name); // leak
    }
}

namespace {
    use Swoole\Http\Request;
    use Swoole\Http\Response;

    $server = new Swoole\Http\Server('0.0.0.0', 9501);
    $server->on('request', function (Request $request, Response $response): void {
        $q = $request->get;
        $html = App\ShelfTags\shelf_tag($q['lang'] ?? 'en', $q['category'] ?? 'dry', $q['sku'], $q['name'] ?? '');
        $html = strtr($html, ['{{storage}}' => $q['category'] === 'frozen' ? '-18 °C' : 'cool, dry shelf', '{{limit}}' => '2']);
        $response->header('Content-Type', 'text/html; charset=utf-8');
        $response->end($html);
    });
    $server->start();
}
