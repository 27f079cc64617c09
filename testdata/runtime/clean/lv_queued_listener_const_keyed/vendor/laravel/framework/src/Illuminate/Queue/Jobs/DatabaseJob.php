<?php

namespace Illuminate\Queue\Jobs;

use Illuminate\Container\Container;
use Illuminate\Queue\DatabaseQueue;

class DatabaseJob extends Job
{
    public function __construct(Container $container, protected DatabaseQueue $database, string $rawBody, string $connectionName, string $queue)
    {
        parent::__construct($container, $rawBody, $connectionName, $queue);
    }
}
