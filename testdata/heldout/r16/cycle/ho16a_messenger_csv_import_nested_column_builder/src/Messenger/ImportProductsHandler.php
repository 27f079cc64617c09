<?php

declare(strict_types=1);

namespace Acme\Messenger;

use Acme\Import\MappingBuilder;
use Acme\Import\RowMapper;

final class ImportProductsHandler
{
    private int $imported = 0;
    private int $rejected = 0;

    public function __construct(private readonly \Closure $persist)
    {
    }

    public function __invoke(ImportProductsMessage $message): void
    {
        $mapper = $this->mappingFor($message);
        $lines = $message->lines;
        $header = str_getcsv((string) array_shift($lines), $mapper->delimiter);

        foreach ($lines as $line) {
            try {
                ($this->persist)($message->supplier, $mapper->map($header, $line));
                $this->imported++;
            } catch (\UnexpectedValueException) {
                $this->rejected++;
            }
        }
    }

    /** Supplier feeds differ slightly, so the mapping is assembled per message. */
    private function mappingFor(ImportProductsMessage $message): RowMapper
    {
        $builder = new MappingBuilder('supplier:' . $message->supplier, $message->delimiter);

        $builder
            ->column('sku')->type('string')->required()->alias('article', 'item no')->end()
            ->column('title')->type('string')->alias('name', 'description')->end()
            ->column('stock')->type('int')->defaultValue(0)->alias('qty', 'quantity')->end()
            ->column($message->priceColumn ?? 'price')->type('decimal')->end()
            ->column('active')->type('bool')->defaultValue(true)->end();

        return $builder->build();
    }
}

final class ImportProductsMessage
{
    /**
     * @param list<string> $lines
     */
    public function __construct(
        public readonly string $supplier,
        public readonly string $delimiter,
        public readonly array $lines,
        public readonly ?string $priceColumn = null,
    ) {
    }
}
