<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Support\ColumnNormalizer;

final class ContactImportController
{
    public function __construct(private ColumnNormalizer $columns) {}

    public function preview(array $request): array
    {
        $rows = array_map('str_getcsv', explode("\n", trim($request['body'])));
        $header = array_shift($rows);

        $mapping = [];
        foreach ($header as $index => $label) {
            $mapping[$index] = $this->columns->normalize($label);
        }

        $preview = [];
        foreach (array_slice($rows, 0, 5) as $row) {
            $contact = ['fields' => [], 'custom' => []];
            foreach ($row as $index => $cell) {
                $column = $mapping[$index] ?? null;
                if ($column === null) {
                    continue;
                }
                $bucket = $column['custom'] ? 'custom' : 'fields';
                $contact[$bucket][$column['attribute']] = $cell;
            }
            $preview[] = $contact;
        }

        return ['status' => 200, 'columns' => count($mapping), 'preview' => $preview];
    }
}
