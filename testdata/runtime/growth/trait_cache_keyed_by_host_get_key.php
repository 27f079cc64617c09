<?php
// A trait caches decoded JSON attributes in a static, keyed by the class,
// the record's id (getKey(), declared by the class using the trait, not
// by the trait) and the attribute: one entry per record ever read.

trait CachesDecodedAttributes
{
    /** @var array<string, mixed> */
    protected static array $decoded = [];

    protected function decoded(string $attribute, string $json): mixed
    {
        $key = static::class . '#' . $this->getKey() . '.' . $attribute;
        return static::$decoded[$key] ??= json_decode($json, true); // leak
    }
}

abstract class Model
{
    use CachesDecodedAttributes;

    public function __construct(protected array $attributes)
    {
    }

    public function getKey(): int
    {
        return (int) $this->attributes['id'];
    }

    public function meta(): mixed
    {
        return $this->decoded('meta', $this->attributes['meta']);
    }
}

final class Invoice extends Model
{
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $invoice = new Invoice(['id' => 5000 + $i, 'meta' => json_encode(['lines' => str_repeat('l', 400)])]);
    $invoice->meta();
}
