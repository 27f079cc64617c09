<?php

namespace App\Http\Controllers;

use App\Exports\Export;
use Illuminate\Http\Request;
use Illuminate\Routing\ResponseFactory;

class ExportController
{
    public function __construct(private ResponseFactory $response) {}

    public function download(Request $request, string $id): array
    {
        $rows = array_map(fn (int $k) => [$k, "invoice-{$id}-{$k}", $k * 1250, $request->input('note')], range(1, 4));
        $export = new Export($id, "invoices-{$id}.csv", ['#', 'number', 'cents', 'note'], $rows);

        ResponseFactory::macro("csv{$export->id}", function () use ($export) { // leak
            $lines = array_map(fn (array $row) => implode(',', $row), [$export->columns, ...$export->rows]);

            return $this->make(implode("\n", $lines), 200, ['Content-Disposition' => "attachment; filename={$export->filename}"]);
        });

        return $this->response->{"csv{$export->id}"}();
    }
}
