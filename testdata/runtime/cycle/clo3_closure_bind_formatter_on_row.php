<?php
// Each exported row gets a formatter bound to it with Closure::bind, stored on
// the row itself.

final class Row
{
    public $format;

    public function __construct(public array $cells) {}
}

function prepare(Row $row): Row
{
    $row->format = Closure::bind(function (): string { // leak
        return implode(';', $this->cells);
    }, $row, Row::class);
    return $row;
}

function export_row(int $i): int
{
    $row = prepare(new Row(['id' => $i, 'note' => str_repeat('x', 600)]));
    return strlen(($row->format)());
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    export_row($i);
}
