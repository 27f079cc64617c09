<?php

namespace App\Console\Commands;

use App\Auth\AbilityMap;
use Illuminate\Console\Command;

class WarmPermissions extends Command
{
    protected $signature = 'permissions:warm';

    protected $description = 'Load every ability of the admin panel into the ability map';

    public function handle(): int
    {
        foreach (['articles', 'pages', 'media', 'users', 'comments', 'settings'] as $resource) {
            foreach (['view' => ['viewer', 'editor', 'admin'], 'create' => ['editor', 'admin'], 'update' => ['editor', 'admin'], 'delete' => ['admin']] as $action => $roles) {
                AbilityMap::define("{$resource}.{$action}", $roles, str_repeat("Allows to {$action} {$resource}. ", 4));
            }
        }
        $this->info('24 abilities loaded');

        return self::SUCCESS;
    }
}
