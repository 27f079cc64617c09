<?php
// Rendered responses are memoised in a static array keyed by request id.

final class HttpRequest
{
    public function __construct(public readonly string $id, public readonly string $uri) {}
}

class PageRenderer
{
    protected static array $cache = [];

    public function render(HttpRequest $request): string
    {
        return static::$cache[$request->id] ??= $this->doRender($request); // leak
    }

    private function doRender(HttpRequest $request): string
    {
        return '<html><body><h1>' . htmlspecialchars($request->uri) . '</h1>' . str_repeat('<p>content</p>', 40) . '</body></html>';
    }
}

final class ProductPageRenderer extends PageRenderer {}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$renderer = new ProductPageRenderer();
for ($i = 0; $i < $n; $i++) {
    $renderer->render(new HttpRequest(bin2hex(random_bytes(8)), "/products/{$i}"));
}
