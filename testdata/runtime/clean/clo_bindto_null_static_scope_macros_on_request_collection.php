<?php
// A per-request result collection installs static macros with $macro->bindTo(null, static::class) into its own macro table and passes itself at call time.

final class MacroRegistry
{
    /** @return array<string, Closure> */
    public static function defaults(): array
    {
        return [
            'pluckIds' => static function (ResultCollection $c): array {
                return array_column($c->items, 'id');
            },
            'sumBy' => static function (ResultCollection $c, string $key): float {
                return array_sum(array_column($c->items, $key));
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
            $this->macros[$name] = $macro->bindTo(null, static::class);
        }
    }

    public function __call(string $name, array $args): mixed
    {
        return ($this->macros[$name])($this, ...$args);
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
