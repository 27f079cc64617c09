<?php
declare(strict_types=1);

/**
 * Eloquent-style attribute casting under an Octane-like worker loop.
 * A trait keeps a static cache of decoded cast values so that repeated
 * getAttribute() calls do not json_decode the same column twice.
 */
trait CastsAttributes
{
    /** @var array<string, mixed> */
    protected static array $castValueCache = [];

    protected function castAttribute(string $key, mixed $raw): mixed
    {
        $cacheKey = static::class . '#' . $this->getKey() . '.' . $key;

        if (array_key_exists($cacheKey, static::$castValueCache)) {
            return static::$castValueCache[$cacheKey];
        }

        $value = match ($this->casts[$key] ?? null) {
            'json' => json_decode((string) $raw, true, 512, JSON_THROW_ON_ERROR),
            'decimal' => number_format((float) $raw, 2, '.', ''),
            'datetime' => new DateTimeImmutable((string) $raw),
            default => $raw,
        };

        static::$castValueCache[$cacheKey] = $value; // leak

        return $value;
    }
}

abstract class Model
{
    use CastsAttributes;

    /** @var array<string, string> */
    protected array $casts = [];

    /** @param array<string, mixed> $attributes */
    public function __construct(protected array $attributes)
    {
    }

    public function getKey(): int
    {
        return (int) $this->attributes['id'];
    }

    public function getAttribute(string $key): mixed
    {
        $raw = $this->attributes[$key] ?? null;

        return isset($this->casts[$key]) ? $this->castAttribute($key, $raw) : $raw;
    }
}

final class Invoice extends Model
{
    protected array $casts = [
        'meta' => 'json',
        'total' => 'decimal',
    ];
}

final class InvoiceController
{
    public function show(int $id): array
    {
        $lines = [];
        for ($l = 0; $l < 6; $l++) {
            $lines[] = ['sku' => sprintf('SKU-%05d-%d', $id, $l), 'qty' => $l + 1, 'price' => 9.5 * ($l + 1)];
        }

        $invoice = new Invoice([
            'id' => $id,
            'total' => (string) (123.45 + $id),
            'meta' => json_encode(['customer' => "customer-$id", 'lines' => $lines]),
        ]);

        $meta = $invoice->getAttribute('meta');

        return [
            'id' => $invoice->getKey(),
            'total' => $invoice->getAttribute('total'),
            'line_count' => count($meta['lines']),
        ];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new InvoiceController();

for ($i = 0; $i < $n; $i++) {
    $response = $controller->show(10_000 + $i);
    unset($response);
}
