<?php

namespace Doctrine\DBAL;

class Connection
{
    private int $statements = 0;

    public function insert(string $table, array $data): int
    {
        // INSERT INTO $table (...) VALUES (...)
        $this->statements++;

        return 1;
    }

    public function update(string $table, array $data, array $criteria): int
    {
        $this->statements++;

        return 1;
    }
}
