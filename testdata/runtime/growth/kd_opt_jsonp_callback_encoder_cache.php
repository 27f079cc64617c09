<?php
// API response encoders are cached in a class static keyed by $options['callback'], the JSONP callback name from the query string, which jQuery makes unique per request.

final class EncoderOptions
{
    private const DEFAULTS = ['format' => 'json', 'pretty' => false, 'callback' => null];
    private const FORMATS = ['json', 'xml', 'csv'];

    public static function resolve(array $options): array
    {
        $options = array_intersect_key($options, self::DEFAULTS) + self::DEFAULTS;
        if (!in_array($options['format'], self::FORMATS, true)) {
            $options['format'] = 'json';
        }
        return $options;
    }
}

final class ResponseEncoder
{
    /** @var array<string, \Closure> */
    private static array $encoders = [];

    public static function encode(array $data, array $options): string
    {
        $options = EncoderOptions::resolve($options);
        $key = $options['callback'] ?? $options['format'];
        $encoder = self::$encoders[$key] ??= self::build($options['format'], $options['callback']); // leak
        return $encoder($data);
    }

    private static function build(string $format, ?string $callback): \Closure
    {
        $header = "<!-- {$format} encoder -->" . str_repeat(' ', 512);
        $inner = match ($format) {
            'xml' => static fn (array $d): string => $header . '<items>' . implode('', array_map(fn ($v) => "<i>{$v}</i>", $d)) . '</items>',
            'csv' => static fn (array $d): string => implode(',', $d),
            default => static fn (array $d): string => json_encode($d),
        };
        return $callback === null ? $inner : static fn (array $d): string => "{$callback}(" . $inner($d) . ');';
    }
}

final class ProductController
{
    public function index(array $query): string
    {
        $products = ["sku-{$query['page']}", 'sku-b', 'sku-c'];
        return ResponseEncoder::encode($products, [
            'format' => $query['format'] ?? 'json',
            'callback' => $query['callback'] ?? null,
        ]);
    }
}

$controller = new ProductController();
$formats = ['json', 'xml', 'csv'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $controller->index(['page' => (string) $i, 'format' => $formats[$i % 3], 'callback' => "jQuery3410_{$i}"]);
}
