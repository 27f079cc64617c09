<?php

namespace App\Console\Commands;

use App\Inventory\WarehouseFeed;
use Illuminate\Console\Command;
use Illuminate\Database\ConnectionInterface;

class SyncInventory extends Command
{
    protected $signature = 'inventory:sync {--daemon : Keep listening to the warehouse feed} {--max-jobs=0}';

    protected $description = 'Apply warehouse stock updates to the products table';

    public function handle(ConnectionInterface $db, WarehouseFeed $feed): int
    {
        $db->enableQueryLog();
        $maxJobs = (int) $this->option('max-jobs');
        for ($jobs = 0; $this->option('daemon') && $jobs < $maxJobs; $jobs++) {
            $update = $feed->next();
            [$product] = $db->select('select sku, stock from products where sku = ? and deleted_at is null limit 1', [$update['sku']]); // leak
            if ($product['stock'] !== $update['stock']) {
                $db->update(
                    'update products set stock = ?, warehouse = ?, synced_at = ? where sku = ?',
                    [$update['stock'], $update['warehouse'], date('Y-m-d H:i:s'), $update['sku']],
                );
            }
            $this->info(sprintf('%s synced (%d queries so far)', $update['sku'], count($db->getQueryLog())));
        }

        return self::SUCCESS;
    }
}
