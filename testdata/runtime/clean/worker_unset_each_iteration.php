<?php
// A PDF worker loads a large document array for each job and unsets it at the end of the iteration.

function nextJob(int $i): ?array
{
    return ['id' => $i, 'pages' => 4];
}

function renderPage(array $doc, int $page): string
{
    return "%PDF page {$page} of {$doc['id']}";
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$jobs = 0;
while (($job = nextJob($jobs)) !== null) {
    $document = ['id' => $job['id'], 'pages' => []];
    for ($p = 1; $p <= $job['pages']; $p++) {
        $document['pages'][] = str_repeat('BT /F1 12 Tf ET ', 20) . $p;
    }
    renderPage($document, 1);
    unset($document);
    if (++$jobs >= $n) {
        break;
    }
}
