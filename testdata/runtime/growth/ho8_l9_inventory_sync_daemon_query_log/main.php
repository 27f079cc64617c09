<?php
// artisan entry: runs inventory:sync --daemon against the warehouse feed until --max-jobs updates were applied.

require __DIR__ . '/vendor/laravel/framework.php';
require __DIR__ . '/vendor/laravel/database.php';
require __DIR__ . '/app/Inventory/WarehouseFeed.php';
require __DIR__ . '/app/Console/Commands/SyncInventory.php';

use App\Console\Commands\SyncInventory;
use Illuminate\Container\Container;
use Illuminate\Database\Connection;
use Illuminate\Database\ConnectionInterface;
use Illuminate\Foundation\Console\Kernel;

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$app = Container::getInstance();
$app->singleton(ConnectionInterface::class, fn () => new Connection('shop'));
$artisan = new Kernel($app);
$artisan->registerCommand(new SyncInventory());
$artisan->call('inventory:sync', ['--daemon' => true, '--max-jobs' => $n]);
