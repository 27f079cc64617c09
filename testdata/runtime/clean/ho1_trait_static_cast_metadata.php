<?php
// A checkout worker hydrates order models whose HasCasts trait caches reflected cast metadata in a static property keyed by model class.

trait HasCasts
{
    /** @var array<class-string, array<string, string>> */
    protected static array $castCache = [];

    protected function castsFor(): array
    {
        $class = static::class;
        if (!isset(static::$castCache[$class])) {
            $casts = [];
            foreach ((new ReflectionClass($class))->getProperties() as $property) {
                $type = $property->getType();
                $casts[$property->getName()] = $type instanceof ReflectionNamedType ? $type->getName() : 'mixed';
            }
            static::$castCache[$class] = $casts;
        }
        return static::$castCache[$class];
    }

    public function fill(array $row): static
    {
        foreach ($this->castsFor() as $name => $type) {
            if (!array_key_exists($name, $row)) {
                continue;
            }
            $value = $row[$name];
            $this->{$name} = match ($type) {
                'int' => (int) $value,
                'float' => (float) $value,
                'bool' => (bool) $value,
                'array' => is_array($value) ? $value : json_decode((string) $value, true),
                default => $value,
            };
        }
        return $this;
    }
}

class Order
{
    use HasCasts;

    public int $id = 0;
    public string $reference = '';
    public float $total = 0.0;
    public bool $paid = false;
    public array $meta = [];
}

class OrderLine
{
    use HasCasts;

    public int $orderId = 0;
    public string $sku = '';
    public int $quantity = 0;
    public float $price = 0.0;
}

final class FakeConnection
{
    public function fetchOrder(int $id): array
    {
        return [
            'id' => (string) $id,
            'reference' => sprintf('ORD-%06d', $id),
            'total' => '129.90',
            'paid' => $id % 2,
            'meta' => json_encode(['channel' => 'web', 'notes' => str_repeat('gift wrap please; ', 12)]),
        ];
    }

    public function fetchLines(int $orderId): array
    {
        $rows = [];
        foreach (['sku-book', 'sku-mug', 'sku-poster'] as $k => $sku) {
            $rows[] = ['orderId' => $orderId, 'sku' => $sku, 'quantity' => (string) ($k + 1), 'price' => '19.99'];
        }
        return $rows;
    }
}

final class OrderRepository
{
    public function __construct(private FakeConnection $db) {}

    public function find(int $id): array
    {
        $order = (new Order())->fill($this->db->fetchOrder($id));
        $lines = array_map(fn (array $row) => (new OrderLine())->fill($row), $this->db->fetchLines($id));
        return [$order, $lines];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$repo = new OrderRepository(new FakeConnection());
for ($i = 0; $i < $n; $i++) {
    [$order, $lines] = $repo->find(70000 + $i);
    $sum = 0.0;
    foreach ($lines as $line) {
        $sum += $line->quantity * $line->price;
    }
}
