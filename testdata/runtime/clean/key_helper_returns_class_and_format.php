<?php
// A layout-cache singleton stores the rendered page shell under a key its private helper builds from static::class and a response type taken from a constant list.

final class Request
{
    public function __construct(
        public readonly string $method,
        public readonly string $path,
        public readonly string $format,
        public readonly array $query = [],
    ) {}
}

final class LayoutCache
{
    private const TYPES = ['html', 'json', 'xml'];

    private static ?self $instance = null;

    /** @var array<string, string> */
    private array $layouts = [];

    public static function getInstance(): self
    {
        return self::$instance ??= new self();
    }

    public function remember(Request $request, callable $render): string
    {
        $key = $this->cacheKey($request);
        if (!isset($this->layouts[$key])) {
            $this->layouts[$key] = $render($key);
        }
        return $this->layouts[$key];
    }

    private function cacheKey(Request $request): string
    {
        $type = match ($request->format) {
            'json' => self::TYPES[1],
            'xml' => self::TYPES[2],
            default => self::TYPES[0],
        };
        return static::class . ':' . $type;
    }
}

final class ProductController
{
    public function show(Request $request): string
    {
        $shell = LayoutCache::getInstance()->remember($request, fn (string $key): string => $this->render($key));
        return str_replace('{{content}}', htmlspecialchars(basename($request->path)), $shell);
    }

    private function render(string $key): string
    {
        return "<html><head><title>{$key}</title></head><body>{{content}}"
            . str_repeat('<section class="product">Product details and specifications.</section>', 12)
            . '</body></html>';
    }
}

$formats = ['html', 'json', 'xml', 'csv'];
$controller = new ProductController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->show(new Request('GET', "/products/sku-{$i}", $formats[$i % 4], ['ref' => 'home']));
}
