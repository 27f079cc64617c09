<?php

declare(strict_types=1);

namespace App\Repositories;

use App\Concerns\RemembersLookups;
use App\Database;

final class CustomerRepository
{
    use RemembersLookups;

    public const TABLE = 'customers';

    public function __construct(private Database $db)
    {
    }

    public function find(int $id): array
    {
        $columns = $this->remember(static::class . ':columns', fn () => $this->db->describe(self::TABLE));
        return array_intersect_key($this->db->selectOne(self::TABLE, $id), $columns);
    }
}
