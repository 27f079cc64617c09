<?php

namespace Illuminate\Support\Facades;

class Route extends Facade
{
    protected static function getFacadeAccessor(): string { return 'router'; }
}
