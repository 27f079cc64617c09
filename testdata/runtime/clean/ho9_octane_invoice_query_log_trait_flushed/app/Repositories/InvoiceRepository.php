<?php

namespace App\Repositories;

use App\Concerns\RecordsQueries;

final class InvoiceRepository
{
    use RecordsQueries;

    public function openForCustomer(int $customerId): array
    {
        $sql = 'select id, number, total, due_at, notes from invoices where customer_id = ? and status = ? order by due_at';
        $start = hrtime(true);
        $rows = [['id' => $customerId * 10, 'number' => "INV-{$customerId}", 'total' => 129.5, 'notes' => str_repeat('Net 30. ', 20)]];
        $this->recordQuery($sql, [$customerId, 'open'], (hrtime(true) - $start) / 1e6);
        return $rows;
    }
}
