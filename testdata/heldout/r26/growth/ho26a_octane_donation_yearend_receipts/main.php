<?php

require __DIR__ . '/vendor/illuminate/Foundation.php';
require __DIR__ . '/app/Receipts/Donation.php';
require __DIR__ . '/app/Receipts/ReceiptLine.php';
require __DIR__ . '/app/Receipts/StatementMailer.php';
require __DIR__ . '/app/Receipts/AnnualStatementBatcher.php';
require __DIR__ . '/app/Facades/Statements.php';
require __DIR__ . '/app/Http/DonationCheckoutController.php';

use App\Http\DonationCheckoutController;
use App\Http\PaymentGateway;
use App\Receipts\AnnualStatementBatcher;
use App\Receipts\StatementMailer;
use Illuminate\Stub\Application;
use Illuminate\Stub\Request;

$app = Application::getInstance();
$app->setConfig(['receipts.fiscal_year' => '2025-26', 'receipts.batch_size' => 50]);
$app->singleton(StatementMailer::class, fn () => new StatementMailer());
$app->singleton(AnnualStatementBatcher::class, fn (Application $app) => new AnnualStatementBatcher(
    $app->make(StatementMailer::class),
    $app->config('receipts.fiscal_year'),
));
$app->singleton(DonationCheckoutController::class, fn (Application $app) => new DonationCheckoutController(
    $app->make(StatementMailer::class),
    new PaymentGateway(),
));

$campaigns = ['winter-appeal', 'school-meals', 'general'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request([
        'payment_token' => 'tok_' . bin2hex(pack('N', 0x5000 + $i)),
        'amount_pence' => 500 + ($i * 250) % 10000,
        'donor_id' => 'D' . (880000 + $i),
        'name' => 'Donor ' . $i,
        'address' => ($i % 200) . ' Station Road, Leeds LS' . ($i % 28),
        'gift_aid' => $i % 3 !== 0,
        'received_at' => date('Y-m-d H:i:s', 1768000000 + $i * 311),
        'campaign' => $campaigns[$i % 3],
    ]);
    $app->make(DonationCheckoutController::class)->store($request);
}
