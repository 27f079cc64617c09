<?php

declare(strict_types=1);

require __DIR__ . '/src/Ledger/LedgerGateway.php';
require __DIR__ . '/src/Ledger/SeededLedgerGateway.php';
require __DIR__ . '/src/Ledger/StatementPaginator.php';
require __DIR__ . '/src/Http/StatementController.php';
require __DIR__ . '/src/Worker/WorkerLoop.php';

use Bank\Http\StatementController;
use Bank\Ledger\SeededLedgerGateway;
use Bank\Worker\WorkerLoop;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$controller = new StatementController(new SeededLedgerGateway(60));
$loop = new WorkerLoop(static function (array $server) use ($controller): array {
    $accountId = basename(parse_url($server['REQUEST_URI'], PHP_URL_PATH));

    return $controller->preview($accountId);
});

$loop->run((static function (int $n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        yield ['REQUEST_METHOD' => 'GET', 'REQUEST_URI' => '/accounts/ACC' . str_pad((string) ($i % 300), 6, '0', STR_PAD_LEFT) . '?view=preview'];
    }
})($n));
