<?php
// An entity caches a ReflectionObject of itself to list its fields; the reflection holds the entity, so each one becomes a cycle.

final class Invoice
{
    public string $number;
    public string $notes;
    private ?ReflectionObject $meta = null;

    public function __construct(int $i)
    {
        $this->number = "INV-{$i}";
        $this->notes = str_repeat("Line item {$i}; ", 50);
    }

    public function fieldNames(): array
    {
        $this->meta ??= new ReflectionObject($this); // leak
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
