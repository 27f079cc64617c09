<?php

namespace Illuminate\Support\Facades;

class Event extends Facade
{
    protected static function getFacadeAccessor(): string { return 'events'; }
}
