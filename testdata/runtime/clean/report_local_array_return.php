<?php
// A sales report builds a large local array of rows and returns only the totals.

function monthlyTotals(int $month): array
{
    $rows = [];
    for ($d = 1; $d <= 28; $d++) {
        $rows[] = [
            'date' => sprintf('2024-%02d-%02d', $month % 12 + 1, $d),
            'net' => $d * 1000 + $month,
            'memo' => str_repeat('wholesale ', 10),
        ];
    }
    $totals = ['net' => 0, 'days' => count($rows)];
    foreach ($rows as $row) {
        $totals['net'] += $row['net'];
    }
    return $totals;
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$grand = 0;
for ($i = 0; $i < $n; $i++) {
    $grand += monthlyTotals($i)['net'];
}
