<?php

declare(strict_types=1);

namespace App\Repositories;

use App\Concerns\RemembersLookups;
use App\Database;

final class ProductRepository
{
    use RemembersLookups;

    public const TABLE = 'products';

    public function __construct(private Database $db)
    {
    }

    public function find(int $id): array
    {
        $row = $this->db->selectOne(self::TABLE, $id);
        return array_intersect_key($row, $this->columns());
    }

    public function columns(): array
    {
        return $this->remember(static::class . ':columns', fn () => $this->db->describe(self::TABLE));
    }
}
