<?php

namespace Illuminate\Bus;

use Illuminate\Container\Container;
use Illuminate\Contracts\Bus\Dispatcher as DispatcherContract;
use Illuminate\Contracts\Queue\ShouldQueue;

class Dispatcher implements DispatcherContract
{
    public function __construct(protected Container $container)
    {
    }

    public function dispatch($command)
    {
        if ($command instanceof ShouldQueue) {
            return $this->container->make('queue')->connection($command->connection ?? null)->push($command, '', $command->queue ?? null);
        }
        return $this->dispatchNow($command);
    }

    public function dispatchNow($command)
    {
        return method_exists($command, 'handle')
            ? $this->container->call([$command, 'handle'])
            : $this->container->call([$command, '__invoke']);
    }
}
