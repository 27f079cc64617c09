<?php

declare(strict_types=1);

namespace Acme\Import;

final class MappingBuilder
{
    /** @var list<ColumnBuilder> */
    private array $columns = [];

    public function __construct(
        private readonly string $source,
        private readonly string $delimiter = ',',
    ) {
    }

    public function column(string $name): ColumnBuilder
    {
        $column = new ColumnBuilder($this, $name);
        $this->columns[] = $column; // leak

        return $column;
    }

    public function build(): RowMapper
    {
        $specs = [];
        foreach ($this->columns as $column) {
            $spec = $column->toSpec();
            $specs[$spec['name']] = $spec;
        }

        return new RowMapper($this->source, $this->delimiter, $specs);
    }
}
