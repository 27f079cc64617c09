<?php
// A Swoole-style HTTP server renders catalog pages and keeps rendered HTML in an LRU page cache keyed by the request URI.

final class SwooleRequest
{
    public function __construct(public array $server, public array $get) {}
}

final class SwooleResponse
{
    public array $headers = [];
    public string $content = '';
    public function header(string $k, string $v): void { $this->headers[$k] = $v; }
    public function end(string $content): void { $this->content = $content; }
}

final class FakeHttpServer
{
    private array $callbacks = [];
    public function __construct(private int $requests) {}
    public function on(string $event, callable $cb): void { $this->callbacks[$event] = $cb; }

    public function start(): void
    {
        for ($i = 0; $i < $this->requests; $i++) {
            $category = ['shoes', 'bags', 'hats', 'coats'][$i % 4];
            $query = ['page' => (string) ($i % 5 + 1), 'utm_source' => 'newsletter', 'utm_campaign' => "spring-{$i}"];
            $uri = "/catalog/{$category}?" . http_build_query($query);
            ($this->callbacks['request'])(new SwooleRequest(['request_uri' => $uri, 'path_info' => "/catalog/{$category}"], $query), new SwooleResponse());
        }
    }
}

final class PageCache
{
    private array $pages = [];

    public function __construct(private int $capacity = 64) {}

    public function get(string $key): ?string
    {
        if (!isset($this->pages[$key])) {
            return null;
        }
        $html = $this->pages[$key];
        unset($this->pages[$key]);
        $this->pages[$key] = $html;
        return $html;
    }

    public function put(string $key, string $html): void
    {
        unset($this->pages[$key]);
        if (count($this->pages) >= $this->capacity) {
            unset($this->pages[array_key_first($this->pages)]);
        }
        $this->pages[$key] = $html;
    }
}

final class CatalogRenderer
{
    public function render(string $category, int $page): string
    {
        $html = "<h1>" . ucfirst($category) . " &mdash; page {$page}</h1><ul>";
        for ($i = 1; $i <= 12; $i++) {
            $html .= sprintf('<li class="product"><a href="/p/%s-%d">%s #%d</a></li>', $category, $page * 100 + $i, ucfirst($category), $i);
        }
        return $html . '</ul>';
    }
}

final class CatalogController
{
    public function __construct(private PageCache $cache, private CatalogRenderer $renderer) {}

    public function __invoke(SwooleRequest $request, SwooleResponse $response): void
    {
        $key = 'page:' . $request->server['request_uri'];
        $html = $this->cache->get($key);
        if ($html === null) {
            $html = $this->renderer->render(basename($request->server['path_info']), (int) ($request->get['page'] ?? 1));
            $this->cache->put($key, $html);
        }
        $response->header('Content-Type', 'text/html');
        $response->end($html);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server = new FakeHttpServer($n);
$server->on('request', new CatalogController(new PageCache(), new CatalogRenderer()));
$server->start();
