<?php
// A product importer creates its validator in the constructor and adds a rule fn ($v) => $this->knownSku($v) to it.

final class Validator
{
    /** @var array<string, list<callable>> */
    private array $rules = [];

    public function addRule(string $field, callable $rule): void
    {
        $this->rules[$field][] = $rule; // leak
    }

    public function passes(array $row): bool
    {
        foreach ($this->rules as $field => $rules) {
            foreach ($rules as $rule) {
                if (!$rule($row[$field] ?? null)) {
                    return false;
                }
            }
        }
        return true;
    }
}

final class ProductImporter
{
    private Validator $validator;
    private array $catalog;
    private array $imported = [];

    public function __construct(array $knownSkus)
    {
        $this->catalog = array_flip($knownSkus);
        $this->validator = new Validator();
        $this->validator->addRule('sku', fn (?string $v): bool => $v !== null && $this->knownSku($v)); // leak
        $this->validator->addRule('price', static fn (mixed $v): bool => is_int($v) && $v > 0);
    }

    private function knownSku(string $sku): bool
    {
        return isset($this->catalog[$sku]);
    }

    public function import(array $rows): int
    {
        foreach ($rows as $row) {
            if ($this->validator->passes($row)) {
                $this->imported[] = $row['sku'];
            }
        }
        return count($this->imported);
    }
}

function handle(int $i): int
{
    $importer = new ProductImporter(array_map(static fn (int $k): string => "SKU-{$k}", range(1, 30)));
    return $importer->import([['sku' => 'SKU-' . ($i % 40), 'price' => 1299], ['sku' => 'SKU-3', 'price' => 0]]);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle($i);
}
