<?php
// A Swoole-style HTTP server renders product pages; the handler copies the
// query array out of the request and caches the rendered page in a function
// static under "lang:sku", so every product ever asked for stays cached in
// the worker.

namespace Swoole\Http {
    class Request
    {
        public array $get;
        public array $server;
    }

    class Response
    {
        public function end(string $body): void
        {
        }
    }

    class Server
    {
        /** @var array<string, callable> */
        private array $handlers = [];

        public function __construct(public readonly string $host, public readonly int $port) {}

        public function on(string $event, callable $handler): void
        {
            $this->handlers[$event] = $handler;
        }

        public function start(): void
        {
            $n = (int) (getenv('PHPLEAK_N') ?: 100);
            for ($i = 0; $i < $n; $i++) {
                $request = new Request();
                $request->get = ['lang' => ['en', 'de', 'fr'][$i % 3], 'currency' => ['EUR', 'GBP'][$i % 2], 'sku' => sprintf('SKU-%06d', $i)];
                $request->server = ['request_uri' => '/product'];
                ($this->handlers['request'])($request, new Response());
            }
        }
    }
}

namespace {
    use Swoole\Http\Request;
    use Swoole\Http\Response;
    use Swoole\Http\Server;

    function product_page(Request $request): string
    {
        static $pages = [];
        $q = $request->get;
        $key = "{$q['lang']}:{$q['sku']}";
        if (!isset($pages[$key])) {
            $pages[$key] = sprintf('<html lang="%s"><h1>%s</h1>', $q['lang'], $q['sku']) . str_repeat('<p>Product details and specifications.</p>', 20); // leak
        }

        return $pages[$key];
    }

    $server = new Server('0.0.0.0', 9501);
    $server->on('request', static function (Request $request, Response $response): void {
        $response->end(product_page($request));
    });
    $server->start();
}
