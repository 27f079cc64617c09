<?php
// Row labels are memoized per row id; the id is only checked to be above the
// reserved ids, so every new row adds an entry for the life of the worker.

final class RowLabels
{
    public static function label(int $id): string
    {
        static $labels = [];
        if ($id > 138) {
            $labels[$id] = str_repeat("row {$id} ", 80); // leak
        }
        return $labels[$id] ?? 'reserved';
    }
}

function handle_row(array $row): int
{
    return strlen(RowLabels::label($row['id']));
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_row(['id' => 1000 + $i, 'body' => str_repeat('x', 200)]);
}
