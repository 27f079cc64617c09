<?php
// An active-record Invoice model is loaded and saved once per API request; the model class collects its lifecycle hooks from trait-like helper methods the first time it is constructed.

abstract class Model
{
    /** @var array<class-string, list<array{0: string, 1: Closure}>> */
    protected static array $bootedHooks = [];
    protected array $attributes = [];
    protected array $original = [];
    public bool $exists = false;

    public function __construct(array $attributes = [])
    {
        $this->attributes = $attributes;
        $this->original = $attributes;
        static::$bootedHooks[static::class] ??= array_merge(static::timestampHooks(), static::auditHooks());
    }

    protected static function timestampHooks(): array
    {
        return [
            ['saving', static fn (Model $model) => $model->attributes['updated_at'] = date('Y-m-d H:i:s', 1700000000)],
            ['creating', static function (Model $model) {
                $model->attributes['created_at'] ??= date('Y-m-d H:i:s', 1700000000);
            }],
        ];
    }

    protected static function auditHooks(): array
    {
        return [
            ['saved', static function (Model $model) {
                AuditLog::record($model::class, $model->getKey(), $model->getDirty());
            }],
        ];
    }

    protected function fire(string $event): void
    {
        foreach (static::$bootedHooks[static::class] ?? [] as [$name, $hook]) {
            if ($name === $event) {
                $hook($this);
            }
        }
    }

    public function getKey(): mixed
    {
        return $this->attributes['id'] ?? null;
    }

    public function getDirty(): array
    {
        $dirty = [];
        foreach ($this->attributes as $key => $value) {
            if (!array_key_exists($key, $this->original) || $this->original[$key] !== $value) {
                $dirty[$key] = $value;
            }
        }
        return $dirty;
    }

    public function fill(array $values): static
    {
        foreach ($values as $k => $v) {
            $this->attributes[$k] = $v;
        }
        return $this;
    }

    public function save(Database $db): bool
    {
        $this->fire('saving');
        if (!$this->exists) {
            $this->fire('creating');
        }
        $db->write(static::class, $this->attributes);
        $this->fire('saved');
        $this->original = $this->attributes;
        $this->exists = true;
        return true;
    }
}

final class Invoice extends Model
{
    public function total(): float
    {
        return array_sum(array_column($this->attributes['lines'] ?? [], 'amount'));
    }
}

final class AuditLog
{
    public static int $entries = 0;

    public static function record(string $model, mixed $key, array $changes): void
    {
        self::$entries++;
    }
}

final class Database
{
    private int $writes = 0;

    public function write(string $table, array $row): void
    {
        $this->writes++;
    }

    public function find(string $table, int $id): array
    {
        return [
            'id' => $id,
            'number' => sprintf('INV-%06d', $id),
            'customer' => 'Customer ' . ($id % 50),
            'notes' => str_repeat('Payment due within 30 days. ', 12),
            'lines' => [['sku' => 'CONSULT', 'amount' => 120.0], ['sku' => 'HOSTING', 'amount' => 35.5]],
        ];
    }
}

function db(): Database
{
    static $db = null;
    return $db ??= new Database();
}

function handle_mark_paid(int $invoiceId): array
{
    $invoice = new Invoice(db()->find('invoices', $invoiceId));
    $invoice->exists = true;
    $invoice->fill(['status' => 'paid', 'paid_total' => $invoice->total()])->save(db());
    return ['status' => 200, 'id' => $invoice->getKey()];
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_mark_paid(5000 + $i);
}
