<?php
// API response encoders are cached in a class static keyed by $options['format']; the options resolver only lets json, xml or csv through, and the JSONP callback is applied after the cached encoder runs.

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
        $encoder = self::$encoders[$options['format']] ??= self::build($options['format']);
        $body = $encoder($data);
        return $options['callback'] !== null ? "{$options['callback']}({$body});" : $body;
    }

    private static function build(string $format): \Closure
    {
        $header = "<!-- {$format} encoder -->" . str_repeat(' ', 512);
        return match ($format) {
            'xml' => static fn (array $d): string => $header . '<items>' . implode('', array_map(fn ($v) => "<i>{$v}</i>", $d)) . '</items>',
            'csv' => static fn (array $d): string => implode(',', $d),
            default => static fn (array $d): string => json_encode($d),
        };
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
