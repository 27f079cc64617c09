<?php
// artisan entry: runs invoices:generate --stream, generating one invoice per subscription renewal until --max-jobs.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Billing/Invoice.php';
require __DIR__ . '/app/Console/Commands/GenerateInvoices.php';

use App\Console\Commands\GenerateInvoices;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$artisan = new Kernel(Container::getInstance());
$artisan->registerCommand(new GenerateInvoices());
$artisan->call('invoices:generate', ['--stream' => true, '--max-jobs' => $n]);
