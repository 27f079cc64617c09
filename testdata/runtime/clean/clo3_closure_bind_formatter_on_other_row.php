<?php
// The formatter is bound to a shared template row and stored on the row being
// exported: each exported row holds a closure bound to the template, not to
// itself, so no cycle forms.

final class Row
{
    public $format;

    public function __construct(public array $cells) {}
}

function prepare(Row $row, Row $template): Row
{
    $row->format = Closure::bind(function (): string {
        return implode(';', $this->cells);
    }, $template, Row::class);
    return $row;
}

$template = new Row(['id', 'note']);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $row = prepare(new Row(['id' => $i, 'note' => str_repeat('x', 600)]), $template);
    strlen(($row->format)());
}
