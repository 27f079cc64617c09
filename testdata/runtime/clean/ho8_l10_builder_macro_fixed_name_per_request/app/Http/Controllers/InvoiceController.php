<?php

namespace App\Http\Controllers;

use Illuminate\Database\Query\Builder;
use Illuminate\Http\Request;

class InvoiceController
{
    public function index(Request $request): string
    {
        $query = (new Builder('invoices'))->forTenant();

        return json_encode(['sql' => $query->toSql(), 'bindings' => array_column($query->wheres, 2)]);
    }
}
