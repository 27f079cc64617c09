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
        return $this->remember("product:{$id}", fn () => $this->db->selectOne(self::TABLE, $id));
    }

    public function columns(): array
    {
        return $this->db->describe(self::TABLE);
    }
}
