<?php
// artisan entry: runs mail:relay --daemon, forwarding inbound support mail until --max-messages.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/app/Mail/RelayDeduplicator.php';
require __DIR__ . '/app/Console/Commands/RelayMail.php';

use App\Console\Commands\RelayMail;
use App\Mail\InboundMailbox;
use Illuminate\Container\Container;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(InboundMailbox::class);
$artisan = new Kernel($app);
$artisan->registerCommand(new RelayMail());
$artisan->call('mail:relay', ['--daemon' => true, '--max-messages' => $n]);
