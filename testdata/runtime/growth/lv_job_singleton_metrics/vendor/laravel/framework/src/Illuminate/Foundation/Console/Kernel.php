<?php

namespace Illuminate\Foundation\Console;

use Illuminate\Contracts\Console\Kernel as KernelContract;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Bootstrap\BootProviders;
use Illuminate\Foundation\Bootstrap\LoadConfiguration;
use Illuminate\Foundation\Bootstrap\RegisterFacades;
use Illuminate\Foundation\Bootstrap\RegisterProviders;
use InvalidArgumentException;

class Kernel implements KernelContract
{
    protected $bootstrappers = [
        LoadConfiguration::class,
        RegisterFacades::class,
        RegisterProviders::class,
        BootProviders::class,
    ];

    /**
     * The Artisan commands provided by the application.
     *
     * @var list<class-string>
     */
    protected $commands = [];

    public function __construct(protected Application $app)
    {
    }

    public function bootstrap()
    {
        if (! $this->app->hasBeenBootstrapped()) {
            $this->app->bootstrapWith($this->bootstrappers);
        }
    }

    public function registerCommands(array $commands): void
    {
        foreach ($commands as $command) {
            $this->commands[] = $command;
        }
    }

    public function call($command, array $parameters = [])
    {
        $this->bootstrap();
        foreach ($this->commands as $class) {
            $instance = $this->app->make($class);
            if ($instance->getName() === $command) {
                $instance->setLaravel($this->app);
                return $instance->run($parameters);
            }
        }
        throw new InvalidArgumentException("Command \"$command\" is not defined.");
    }
}
