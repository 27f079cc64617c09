<?php
// Active-record models memoize found rows in a static keyed by static::class . ':' . $id, which looks like a per-class key but carries the row id of every request.

abstract class Model
{
    /** @var array<string, static> */
    protected static array $found = [];

    final public function __construct(public int $id, public array $attributes) {}

    public static function find(int $id): static
    {
        return static::$found[static::class . ':' . $id] ??= new static($id, static::load($id)); // leak
    }

    abstract protected static function load(int $id): array;
}

final class Customer extends Model
{
    protected static function load(int $id): array
    {
        return ['name' => "Customer {$id}", 'email' => "c{$id}@example.org", 'notes' => str_repeat('vip ', 120)];
    }
}

final class Invoice extends Model
{
    protected static function load(int $id): array
    {
        return ['number' => sprintf('INV-%06d', $id), 'customer_id' => $id % 50, 'lines' => array_fill(0, 4, 'line')];
    }
}

function show_invoice(int $invoiceId): string
{
    $invoice = Invoice::find($invoiceId);
    $customer = Customer::find($invoice->attributes['customer_id']);
    return "{$invoice->attributes['number']} for {$customer->attributes['name']}";
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    show_invoice(1000 + $i);
}
