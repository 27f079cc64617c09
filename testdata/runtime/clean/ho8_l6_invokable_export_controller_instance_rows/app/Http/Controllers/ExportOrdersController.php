<?php

namespace App\Http\Controllers;

use Illuminate\Http\Request;

class ExportOrdersController
{
    private array $rows = [];

    public function __invoke(Request $request, string $month): string
    {
        $this->rows[] = ['order', 'customer', 'total', 'note'];
        foreach ($request->input('orders', []) as $order) {
            $this->rows[] = [$order['id'], $order['customer'], number_format($order['total'] / 100, 2), $order['note']];
        }

        return "# orders {$month}\n" . implode("\n", array_map(fn (array $row) => implode(',', $row), $this->rows));
    }
}
