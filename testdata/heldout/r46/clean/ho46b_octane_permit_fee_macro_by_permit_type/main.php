<?php

declare(strict_types=1);

require __DIR__ . '/vendor/illuminate/Macroable.php';
require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Http.php';
require __DIR__ . '/vendor/laravel/octane/Worker.php';
require __DIR__ . '/app/Enums/PermitType.php';
require __DIR__ . '/app/Dto/FeeSchedule.php';
require __DIR__ . '/app/Support/FeeRuleName.php';
require __DIR__ . '/app/Services/PermitFeeCalculator.php';
require __DIR__ . '/app/Services/FeeRuleRegistrar.php';
require __DIR__ . '/app/Http/PermitFeeController.php';

use App\Enums\PermitType;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$worker = new Worker(static fn () => require __DIR__ . '/bootstrap/app.php');
$worker->boot();

$types = PermitType::cases();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/api/permits/fee-quote', 'POST', [
        'permit_number' => sprintf('BP-%d-%06d', 2024 + intdiv($i, 50000), $i),
        'type' => $types[$i % count($types)]->value,
        'square_feet' => 400 + ($i * 37) % 6000,
        'valuation_cents' => 1500000 + ($i * 7919) % 900000,
        'parcel_id' => sprintf('APN %03d-%03d-%03d', $i % 997, $i % 211, $i % 59),
    ]);
    $worker->handle($request);
}
