<?php
// The same table, whose default formatters take the locale by value
// (use, static fn): they hold a string, not the table.

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
        $locale = $this->locale;
        return [
            'price' => static fn (float $v): string => number_format($v, 2) . ' ' . $locale,
            'name' => static fn (string $v): string => ucfirst($v),
        ];
    }

    public function init(): void
    {
        $this->formatters = array_merge($this->formatters, $this->defaults());
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
