<?php
// An entity caches a ReflectionClass made from its class name; the reflection does not hold the entity, so nothing is left behind.

final class Invoice
{
    public string $number;
    public string $notes;
    private ?ReflectionClass $meta = null;

    public function __construct(int $i)
    {
        $this->number = "INV-{$i}";
        $this->notes = str_repeat("Line item {$i}; ", 50);
    }

    public function fieldNames(): array
    {
        $this->meta ??= new ReflectionClass(self::class);
        return array_map(static fn (ReflectionProperty $p): string => $p->getName(), $this->meta->getProperties(ReflectionProperty::IS_PUBLIC));
    }
}

function export_invoice(int $i): string
{
    return implode(',', (new Invoice($i))->fieldNames());
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    export_invoice($i);
}
