<?php
// An invoice exporter registers Closure::fromCallable('normalize_money'), a plain function, on the serializer it constructs.

final class Money
{
    public function __construct(public readonly int $cents, public readonly string $currency) {}
}

function normalize_money(Money $money): string
{
    static $symbols = ['EUR' => '€', 'USD' => '$', 'GBP' => '£'];
    return number_format($money->cents / 100, 2) . ' ' . ($symbols[$money->currency] ?? $money->currency);
}

final class Serializer
{
    /** @var array<class-string, Closure> */
    private array $normalizers = [];

    public function addNormalizer(string $class, Closure $normalizer): void
    {
        $this->normalizers[$class] = $normalizer;
    }

    public function normalize(mixed $value): mixed
    {
        if (is_array($value)) {
            return array_map($this->normalize(...), $value);
        }
        if (is_object($value) && isset($this->normalizers[$value::class])) {
            return ($this->normalizers[$value::class])($value);
        }
        return $value;
    }
}

final class InvoiceExporter
{
    private Serializer $serializer;
    private array $symbols;

    public function __construct(private string $locale)
    {
        $this->symbols = ['EUR' => '€', 'USD' => '$', 'GBP' => '£', 'padding' => str_repeat('s', 600)];
        $this->serializer = new Serializer();
        $this->serializer->addNormalizer(Money::class, Closure::fromCallable('normalize_money'));
    }

    public function export(array $invoice): string
    {
        return json_encode($this->serializer->normalize($invoice));
    }
}

function handle(int $i): int
{
    $exporter = new InvoiceExporter('en_IE');
    return strlen($exporter->export(['number' => "INV-{$i}", 'total' => new Money(1000 + $i, 'EUR'), 'tax' => new Money(230, 'EUR')]));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
