<?php
// A per-request result collection installs macros with $macro->bindTo($this, static::class) into its own macro table.

final class MacroRegistry
{
    /** @return array<string, Closure> */
    public static function defaults(): array
    {
        return [
            'pluckIds' => function (): array {
                return array_column($this->items, 'id');
            },
            'sumBy' => function (string $key): float {
                return array_sum(array_column($this->items, $key));
            },
        ];
    }
}

final class ResultCollection
{
    /** @var array<string, Closure> */
    private array $macros = [];

    public function __construct(private array $items) {}

    public function mixin(array $macros): void
    {
        foreach ($macros as $name => $macro) {
            $this->macros[$name] = $macro->bindTo($this, static::class); // leak
        }
    }

    public function __call(string $name, array $args): mixed
    {
        return ($this->macros[$name])(...$args);
    }
}

function searchResults(int $i): float
{
    $rows = array_map(static fn (int $k): array => ['id' => $k, 'price' => $k * 1.5, 'title' => str_repeat('t', 40)], range(1, 8));
    $collection = new ResultCollection($rows);
    $collection->mixin(MacroRegistry::defaults());
    return $collection->sumBy('price') + count($collection->pluckIds()) + $i;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    searchResults($i);
}
