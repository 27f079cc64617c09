<?php
// A page-cache singleton stores rendered HTML under a key its private helper builds from the request path, so every product page adds an entry.

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $format,
        public readonly array $query = [],
    ) {}
}

final class PageCache
{
    private static ?self $instance = null;

    /** @var array<string, string> */
    private array $pages = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function remember(Request $request, callable $render): string
    {
        $key = $this->cacheKey($request);
        if (!isset($this->pages[$key])) {
            $this->pages[$key] = $render($request); // leak
        }
        return $this->pages[$key];
    }

    private function cacheKey(Request $request): string
    {
        return 'page:' . $request->path;
    }
}

final class ProductController
{
    public function show(Request $request): string
    {
        return PageCache::getInstance()->remember($request, fn (Request $r): string => $this->render($r));
    }

    private function render(Request $request): string
    {
        $title = htmlspecialchars(basename($request->path));
        return "<html><head><title>{$title}</title></head><body>"
            . str_repeat('<section class="product">Product details and specifications.</section>', 12)
            . '</body></html>';
    }
}

$controller = new ProductController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(new Request('GET', "/products/sku-{$i}", 'html', ['ref' => 'home']));
}
