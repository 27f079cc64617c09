<?php
// A product importer creates its validator in the constructor and adds a static fn rule that captures the catalog array, not $this.

final class Validator
{
    /** @var array<string, list<callable>> */
    private array $rules = [];

    public function addRule(string $field, callable $rule): void
    {
        $this->rules[$field][] = $rule;
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
        $catalog = $this->catalog;
        $this->validator = new Validator();
        $this->validator->addRule('sku', static fn (?string $v): bool => $v !== null && isset($catalog[$v]));
        $this->validator->addRule('price', static fn (mixed $v): bool => is_int($v) && $v > 0);
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
