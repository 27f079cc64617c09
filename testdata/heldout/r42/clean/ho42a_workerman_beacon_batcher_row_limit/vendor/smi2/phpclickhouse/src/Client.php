<?php

declare(strict_types=1);

namespace ClickHouseDB;

/** Stand-in for the ClickHouse HTTP client: counts inserted rows. */
class Client
{
    private int $rowsWritten = 0;

    public function __construct(private readonly array $connectParams)
    {
    }

    public function database(string $db): static
    {
        return $this;
    }

    /**
     * @param list<list<scalar|null>> $values
     * @param list<string> $columns
     */
    public function insert(string $table, array $values, array $columns = []): int
    {
        $this->rowsWritten += count($values);

        return count($values);
    }
}
