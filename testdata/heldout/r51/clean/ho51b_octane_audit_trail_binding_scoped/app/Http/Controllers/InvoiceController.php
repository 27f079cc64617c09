<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;

final class InvoiceController
{
    public function index(Request $request): array
    {
        $page = max(1, (int) ($request->query['page'] ?? 1));
        $user = $request->user();
        $rows = [];
        foreach (range(1, 5) as $n) {
            $rows[] = ['number' => sprintf('INV-%d-%04d', $user->id, $page * 10 + $n), 'total' => 1000 + $n * 37];
        }
        return ['data' => $rows, 'page' => $page];
    }
}
