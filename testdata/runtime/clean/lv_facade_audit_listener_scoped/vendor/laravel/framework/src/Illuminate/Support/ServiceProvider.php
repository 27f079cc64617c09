<?php

namespace Illuminate\Support;

use Illuminate\Foundation\Application;

abstract class ServiceProvider
{
    /** @var Application */
    protected $app;

    public function __construct($app)
    {
        $this->app = $app;
    }

    public function register()
    {
    }

    protected function loadRoutesFrom(string $path): void
    {
        require $path;
    }

    /**
     * @param array<string, class-string>|list<class-string> $commands
     */
    public function commands(array $commands): void
    {
        $this->app->make(\Illuminate\Contracts\Console\Kernel::class)->registerCommands($commands);
    }
}
