<?php
// A trait caches which attributes of which classes hold JSON in a static,
// keyed by the class and the attribute; the decoded value stays on the
// model, which the request drops. A fixed set of keys.

trait CachesDecodedAttributes
{
    /** @var array<string, mixed> */
    protected static array $decoded = [];

    /** @var array<string, mixed> */
    private array $values = [];

    protected function decoded(string $attribute, string $json): mixed
    {
        static::$decoded[static::class . '.' . $attribute] ??= true;
        return $this->values[$attribute] ??= json_decode($json, true);
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
