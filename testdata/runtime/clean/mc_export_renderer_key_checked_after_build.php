<?php

declare(strict_types=1);

// An export endpoint keeps one renderer per key in a long-lived service.
// The key is built first, from the requested format alone, and the format
// is checked against the supported list afterwards, before the key is
// used: one renderer per supported format.

final class CsvRenderer
{
    public string $header;

    public function __construct(public readonly string $format, public readonly string $tenant)
    {
        $this->header = str_repeat("{$tenant};{$format};", 40);
    }

    public function render(array $rows): string
    {
        return $this->header . "\n" . implode("\n", array_map(static fn (array $r): string => implode(';', $r), $rows));
    }
}

final class Request
{
    public function __construct(private readonly array $query)
    {
    }

    public function query(string $name, string $default = ''): string
    {
        return $this->query[$name] ?? $default;
    }
}

final class Naming
{
    public static function slug(string $value): string
    {
        return strtolower(str_replace([' ', '_'], '-', trim($value)));
    }
}

final class ExportService
{
    private const FORMATS = ['csv', 'tsv', 'xlsx'];

    /** @var array<string, CsvRenderer> */
    private array $renderers = [];

    public function export(Request $request, array $rows): string
    {
        $format = $request->query('format', 'csv');
        $key = Naming::slug($format) . '@export';
        if (!in_array($format, self::FORMATS, true)) {
            return '';
        }
        $renderer = $this->renderers[$key] ??= new CsvRenderer($format, 'all');

        return $renderer->render($rows);
    }
}

$service = new ExportService();
$formats = ['csv', 'tsv', 'xlsx', 'pdf'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $service->export(new Request(['format' => $formats[$i % 4], 'tenant' => 'tenant-' . (300 + $i)]), [['sku-' . $i, '12.50']]);
}
