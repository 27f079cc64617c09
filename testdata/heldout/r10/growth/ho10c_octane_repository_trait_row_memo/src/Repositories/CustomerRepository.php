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
        return $this->remember('customer:' . $id, fn () => $this->db->selectOne(self::TABLE, $id));
    }
}
