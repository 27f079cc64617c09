<?php

namespace Illuminate\Queue\Events;

class JobProcessed
{
    public function __construct(public string $connectionName, public $job)
    {
    }
}
