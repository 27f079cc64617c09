<?php
// A table merges its default formatters, arrow functions over $this
// built in a helper, into its own list: the table keeps them, and they
// keep the table.

final class Table
{
    /** @var array<string, Closure> */
    private array $formatters = [];
    public string $locale;

    public function __construct(string $locale)
    {
        $this->locale = $locale;
    }

    private function defaults(): array
    {
        return [
            'price' => fn (float $v): string => number_format($v, 2) . ' ' . $this->locale, // leak
            'name' => fn (string $v): string => ucfirst($v),
        ];
    }

    public function init(): void
    {
        $this->formatters = array_merge($this->formatters, $this->defaults()); // leak
    }
}

function handle(int $i): void
{
    $t = new Table(str_repeat('l', 600) . $i);
    $t->init();
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
