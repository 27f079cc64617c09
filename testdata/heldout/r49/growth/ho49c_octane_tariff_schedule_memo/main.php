<?php

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Domain/TariffClass.php';
require __DIR__ . '/app/Domain/ServiceAccount.php';
require __DIR__ . '/app/Domain/RateSchedule.php';
require __DIR__ . '/app/Repositories/AccountRepository.php';
require __DIR__ . '/app/Concerns/MemoizesSchedules.php';
require __DIR__ . '/app/Services/TariffCalculator.php';
require __DIR__ . '/app/Support/Facades/Tariff.php';
require __DIR__ . '/app/Http/Controllers/BillPreviewController.php';

use App\Http\Controllers\BillPreviewController;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Worker($app);
$worker->boot([
    'accounts/(?<account>[0-9A-Z-]+)/bill-preview' => [BillPreviewController::class, 'show'],
]);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create(
        sprintf('/accounts/WA-%07d/bill-preview', 4100000 + $i * 7),
        'GET',
        ['kgal' => (string) (3 + $i % 40)],
    );
    $response = $worker->handle($request);
}
