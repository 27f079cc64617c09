<?php

namespace Illuminate\Queue\Events;

class JobProcessing
{
    public function __construct(public string $connectionName, public $job)
    {
    }
}
