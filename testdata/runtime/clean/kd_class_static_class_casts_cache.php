<?php
// Active-record models cache their resolved attribute casts in a static keyed by static::class; only three model classes exist, and the per-request row id never reaches the key.

abstract class Model
{
    /** @var array<class-string, array<string, string>> */
    protected static array $resolvedCasts = [];

    final public function __construct(public int $id, public array $attributes) {}

    public static function hydrate(int $id, array $row): static
    {
        $model = new static($id, []);
        $casts = static::$resolvedCasts[static::class] ??= static::resolveCasts();
        foreach ($row as $key => $value) {
            $model->attributes[$key] = match ($casts[$key] ?? 'string') {
                'int' => (int) $value,
                'float' => (float) $value,
                default => (string) $value,
            };
        }
        return $model;
    }

    protected static function resolveCasts(): array
    {
        $casts = [];
        foreach (static::CASTS as $column => $type) {
            $casts[$column] = $type;
        }
        return $casts + ['__doc' => str_repeat(static::class . ' casts; ', 20)];
    }
}

final class Customer extends Model
{
    public const CASTS = ['loyalty_points' => 'int'];
}

final class Invoice extends Model
{
    public const CASTS = ['total' => 'float', 'customer_id' => 'int'];
}

final class Payment extends Model
{
    public const CASTS = ['amount' => 'float'];
}

function show_invoice(int $invoiceId): string
{
    $invoice = Invoice::hydrate($invoiceId, ['number' => "INV-{$invoiceId}", 'total' => '99.90', 'customer_id' => (string) ($invoiceId % 50)]);
    $customer = Customer::hydrate($invoice->attributes['customer_id'], ['name' => "Customer {$invoiceId}", 'loyalty_points' => '12']);
    $payment = Payment::hydrate($invoiceId, ['amount' => '99.90']);
    return "{$invoice->attributes['number']} for {$customer->attributes['name']} paid {$payment->attributes['amount']}";
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    show_invoice(1000 + $i);
}
